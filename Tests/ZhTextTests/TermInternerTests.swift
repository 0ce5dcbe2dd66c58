import Testing
@testable import ZhText

@Suite struct TermInternerTests {
    /// Strings in, ids out: equal bytes share an id, ids follow first appearance.
    @Test(arguments: [
        (["高质量发展", "十五五", "高质量发展", "AI", "ai", "十五五"], [0, 1, 0, 2, 3, 1]),
        (["", "", "x"], [0, 0, 1]),
        // A precomposed é and e + U+0301 are equal as Strings but not as bytes: two ids.
        (["caf\u{E9}", "cafe\u{301}", "caf\u{E9}"], [0, 1, 0]),
        // Longer than the 15 bytes a small string holds.
        (["中华人民共和国国务院办公厅", "中华人民共和国国务院", "中华人民共和国国务院办公厅"], [0, 1, 0]),
    ])
    func idsFollowFirstAppearance(input: [String], ids: [Int]) {
        var interner = TermInterner(capacity: 1)
        #expect(input.map { interner.intern($0).id } == ids)
        #expect(interner.count == Set(ids).count)
    }

    @Test func isNewOnlyTheFirstTime() {
        var interner = TermInterner()
        #expect(interner.intern("政府").isNew)
        #expect(!interner.intern("政府").isNew)
    }

    /// Many strings through several growths: every id maps back to its string, and re-interning finds it.
    @Test func survivesGrowth() {
        var interner = TermInterner(capacity: 1)
        let words = (0..<20_000).map { "词\($0)" }
        for (k, w) in words.enumerated() { #expect(interner.intern(w) == (k, true)) }
        #expect(interner.terms == words)
        for (k, w) in words.enumerated() where k % 97 == 0 { #expect(interner.intern(w) == (k, false)) }
    }
}
