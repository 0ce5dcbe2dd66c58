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

    @Test func identityIsStoredWithoutArraysAndEqualsTheExplicitMap() {
        let stored = OffsetMap.identity(count: 4)
        let explicit = OffsetMap(starts: [0, 1, 2, 3], ends: [1, 2, 3, 4], originalCount: 4)
        #expect(stored.isIdentity && !explicit.isIdentity)
        #expect(stored == explicit, "equality is entry by entry, whatever the storage")
        #expect(stored != OffsetMap(starts: [0, 1, 2, 3], ends: [1, 2, 3, 5], originalCount: 5), "a different end differs")
        #expect((0..<4).allSatisfy { stored.start($0) == Int32($0) && stored.end($0) == Int32($0 + 1) })
    }

    @Test func compositionWithAnIdentityMatchesTheExplicitComposition() {
        let outer = OffsetMap(starts: [0, 2, 3], ends: [2, 3, 4], originalCount: 4)
        let inner = OffsetMap.identity(count: 3)
        let explicitInner = OffsetMap(starts: [0, 1, 2], ends: [1, 2, 3], originalCount: 3)
        #expect(outer.composed(after: inner) == outer.composed(after: explicitInner), "inner identity keeps outer")
        #expect(OffsetMap.identity(count: 3).composed(after: OffsetMap.identity(count: 3)).isIdentity)
        let prefix = OffsetMap(identityCount: 2, originalCount: 3)
        #expect(outer.composed(after: prefix) == OffsetMap(starts: [0, 2], ends: [2, 3], originalCount: 4), "a trimmed inner keeps a prefix")
    }

    /// Normalization that changes nothing stores no map; the first change switches to explicit entries that stay
    /// exact before and after it.
    @Test(arguments: [
        ("abc", "abc", true, [0..<1, 1..<2, 2..<3], "nothing to change: identity"),
        ("abc  ", "abc", true, [0..<1, 1..<2, 2..<3], "trailing spaces trimmed: still an identity prefix"),
        ("ab\r\nc", "ab\nc", false, [0..<1, 1..<2, 2..<4, 4..<5], "CR LF merges: explicit from there on"),
        ("a\u{200B}bc", "abc", false, [0..<1, 2..<3, 3..<4], "a removed zero-width space shifts the rest"),
        ("ａbc", "abc", true, [0..<1, 1..<2, 2..<3], "full-width letter folded: scalars differ, map is still identity"),
    ] as [(String, String, Bool, [Range<Int>], String)])
    func normalizerStoresIdentityOnlyWhenExact(_ input: String, _ text: String, _ identity: Bool, _ ranges: [Range<Int>], _ reason: String) {
        let n = Normalizer.default.normalize(input)
        #expect(n.text == text, "\(reason)")
        #expect(n.map.isIdentity == identity, "\(reason)")
        #expect((0..<ranges.count).map { n.originalRange(of: $0..<($0 + 1)) } == ranges, "\(reason)")
        #expect(n.original == Array(input.unicodeScalars), "\(reason)")
    }
}
