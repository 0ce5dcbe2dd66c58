import Testing
@testable import ZhText

@Suite struct DisplayWidthTests {
    static let cases: [(String, Int)] = [
        ("", 0),
        ("abc", 3),
        ("中国", 4),
        ("GDP增长5%", 9),
        ("，。《》", 8),
        ("ＡＢ", 4),
        ("“引号”", 6),      // East Asian Ambiguous quotes count as narrow
        ("e\u{301}", 1),     // combining acute accent
        ("a\u{200B}b", 2),   // zero-width space
        ("😀", 2),
        ("한국", 4),
        ("カタカナ", 8),
        ("𠀀", 2),           // CJK Extension B
        ("\t", 0),
    ]

    @Test(arguments: cases)
    func measures(_ c: (String, Int)) {
        #expect(DisplayWidth.of(c.0) == c.1)
    }
}
