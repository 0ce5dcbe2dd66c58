import Foundation
import Testing
@testable import ZhText

/// Spikes against the median of the preceding periods, on hand-made series of equal-size periods.
@Suite struct SpikesTests {
    static func series(_ counts: [Int], characters: Int = 10_000) -> [(period: Period, count: Int, characters: Int)] {
        counts.enumerated().map { (Period(label: "2008-" + ($0.offset < 9 ? "0" : "") + String($0.offset + 1), ordinal: $0.offset), $0.element, characters) }
    }

    @Test func aOneOffEventIsANewSpike() {
        // An international games in August: absent before, nine mentions in its month, one after.
        let spikes = SpikeDetector().spikes(term: "奥运会", series: Self.series([0, 0, 0, 0, 0, 0, 0, 9, 1, 0, 0, 0]))
        #expect(spikes.count == 1)
        let s = spikes[0]
        #expect(s.period.label == "2008-08" && s.count == 9 && s.kind == .new)
        #expect(s.baseline == 0.5)                              // median 0 → the floor of half an occurrence
        #expect(abs(s.score - 4.169925) < 1e-6)                 // log2(9 / 0.5)
        #expect(abs(s.g2 - 35.026692) < 1e-5)                   // 2(9 ln 18 − 8.5)
    }

    /// (counts, spike periods, reason)
    static let cases: [([Int], [String], String)] = [
        ([10, 10, 10, 40], ["2008-04"], "4 × the median 10: G = 2(40 ln 4 − 30) = 50.9"),
        ([10, 10, 10, 20], [], "2 × the baseline is under the ratio 3"),
        ([1000, 1000, 1000, 1300], [], "a frequent word rising 30%: significant but not a jump"),
        ([0, 0, 2, 0], [], "two mentions are under the minimum count 3"),
        ([5, 0, 0, 0, 30, 2], ["2008-05"], "median of 0, 0, 0 is 0 → floor 0.5; a surge of a term seen in January"),
        ([0, 40, 0, 0, 40], ["2008-02", "2008-05"], "an earlier burst does not raise the median of (40, 0, 0) = 0"),
        ([30, 0, 0, 0], [], "the first period has no baseline"),
    ]

    @Test(arguments: cases) func spikePeriods(counts: [Int], expected: [String], reason: String) {
        let found = SpikeDetector().spikes(term: "x", series: Self.series(counts)).map(\.period.label)
        #expect(found == expected, "\(reason)")
    }

    @Test func baselineFollowsThePeriodSize() {
        // Rate 10 per 10k before; a period twice as large expects 20, so 60 is 3 × the baseline.
        let points = [(Period(label: "a", ordinal: 0), 10, 10_000), (Period(label: "b", ordinal: 1), 60, 20_000)]
        let s = SpikeDetector().spikes(term: "x", series: points.map { ($0.0, $0.1, $0.2) })
        #expect(s.count == 1 && s[0].baseline == 20 && abs(s[0].score - log2(3)) < 1e-12 && s[0].kind == .surge)
    }

    @Test func rankedByScoreThenTermThenPeriod() {
        let p = Period(label: "2008-08", ordinal: 0)
        let a = Spike(term: "乙", period: p, count: 9, baseline: 0.5, score: 2, g2: 20, kind: .new)
        let b = Spike(term: "甲", period: p, count: 9, baseline: 0.5, score: 2, g2: 20, kind: .new)
        let c = Spike(term: "丙", period: p, count: 9, baseline: 0.5, score: 3, g2: 20, kind: .new)
        #expect(SpikeDetector.ranked([a, b, c]).map(\.term) == ["丙", "乙", "甲"])   // 乙 U+4E59 < 甲 U+7532
    }
}
