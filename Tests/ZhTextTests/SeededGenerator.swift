import ZhTextTestSupport

/// The test support's SplitMix64 generator, under the name the suites of this target use.
typealias SeededGenerator = ZhTextTestSupport.SeededGenerator
