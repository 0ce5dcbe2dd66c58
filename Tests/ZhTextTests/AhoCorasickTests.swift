import Testing
@testable import ZhText

@Suite struct AhoCorasickTests {
    static func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }

    @Test func findsNestedAndOverlappingMatches() {
        let patterns = ["高质量发展", "推动高质量发展", "质量", "发展", "展推"].map(Self.scalars)
        let m = AhoCorasick(patterns: patterns).matches(in: Self.scalars("推动高质量发展推动"))
        let found = Set(m.map { "\($0.pattern)@\($0.range.lowerBound)-\($0.range.upperBound)" })
        #expect(found == ["0@2-7", "1@0-7", "2@3-5", "3@5-7", "4@6-8"])
    }

    @Test func handlesAstralScalarsAndDuplicatesAndEmpty() {
        let patterns = ["𠀀𠀁", "", "𠀀𠀁", "a"].map(Self.scalars)
        let m = AhoCorasick(patterns: patterns).matches(in: Self.scalars("x𠀀𠀁a"))
        #expect(Set(m.map(\.pattern)) == [0, 2, 3])
        #expect(m.first { $0.pattern == 0 }?.range == 1..<3)
    }

    /// Agrees with a naive search on seeded random texts over a small alphabet (many overlaps and failure links).
    @Test(arguments: [1, 2, 3, 4, 5])
    func agreesWithNaiveSearch(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let alphabet = Self.scalars("十四五高质量发展")
        func random(_ n: Int) -> [Unicode.Scalar] { (0..<n).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] } }
        let patterns = (0..<30).map { _ in random(1 + Int(rng.next() % 4)) }
        let text = random(400)
        let fast = Set(AhoCorasick(patterns: patterns).matches(in: text))
        var naive = Set<AhoCorasick.Match>()
        for (p, pattern) in patterns.enumerated() {
            for i in 0...(text.count - pattern.count) where Array(text[i..<(i + pattern.count)]) == pattern {
                naive.insert(AhoCorasick.Match(pattern: p, range: i..<(i + pattern.count)))
            }
        }
        #expect(fast == naive)
    }
}
