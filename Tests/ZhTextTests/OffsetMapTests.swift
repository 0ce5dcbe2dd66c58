import Testing
@testable import ZhText

@Suite struct OffsetMapTests {
    @Test func identity() {
        let map = OffsetMap.identity(count: 5)
        #expect(map.originalRange(of: 1..<3) == 1..<3)
        #expect(map.originalRange(of: 5..<5) == 5..<5)
        #expect(map.originalOffset(of: 9) == 5)
    }

    @Test func removedAndMergedCharacters() {
        // Original "a\u{200B}b\r\nc" → normalized "ab\nc".
        let n = Normalizer(options: .characterLevel).normalize("a\u{200B}b\r\nc")
        #expect(n.text == "ab\nc")
        #expect(n.originalRange(of: 0..<2) == 0..<3)
        #expect(n.originalRange(of: 2..<3) == 3..<5)
        #expect(n.originalRange(of: 3..<4) == 5..<6)
        #expect(n.originalRange(of: 4..<4) == 6..<6)
    }

    @Test func composition() {
        let outer = OffsetMap(starts: [0, 2, 3], ends: [2, 3, 4], originalCount: 4)
        let inner = OffsetMap(starts: [0, 2], ends: [2, 3], originalCount: 3)
        let c = outer.composed(after: inner)
        #expect(c.originalRange(of: 0..<1) == 0..<3)
        #expect(c.originalRange(of: 1..<2) == 3..<4)
    }
}
