import Testing
@testable import ZhText

@Suite struct QuotationTests {
    /// (text, substring, quoted?)
    static let cases: [(String, String, Bool)] = [
        ("增强“四个意识”。", "四个意识", true),
        ("增强四个意识。", "四个意识", false),
        ("「兩個確立」", "兩個確立", true),
        ("『两个维护』", "两个维护", true),
        ("‘十四五’", "十四五", true),
        ("他说：“要贯彻‘新发展理念’。”", "新发展理念", true),   // nested
        ("他说：“要贯彻新发展理念。”", "新发展理念", true),
        ("《中国制造2025》", "中国制造2025", false),              // title marks are not quotes
        ("“十四五”规划", "十四五”规划", false),                  // only partly inside
        ("“未闭合\n十四五", "十四五", false),                      // quotes close at a line break
        ("Xi’s 十四五", "十四五", false),                        // a lone closing mark is an apostrophe
        ("say \"十四五\" now", "十四五", true),
    ]

    @Test(arguments: cases)
    func quoted(_ c: (String, String, Bool)) {
        let text = Array(c.0.unicodeScalars), sub = Array(c.1.unicodeScalars)
        let at = (0...(text.count - sub.count)).first { Array(text[$0..<($0 + sub.count)]) == sub }!
        #expect(Quotation(text).isQuoted(at..<(at + sub.count)) == c.2)
    }
}
