import Testing
@testable import ZhText

@Suite struct PhraseBoundaryTests {
    /// (text, form, whether the form may match at its first occurrence in the text) — each rule's traps and passes.
    static let cases: [(String, String, Bool)] = [
        ("十四五规划", "十四五", true),
        ("“十四五”时期", "十四五", true),
        ("十四五时期", "十四五", true),
        ("十四五期间", "十四五", true),
        ("十四五末", "十四五", true),
        ("三十四五岁", "十四五", false),        // rule 1: after a numeral
        ("十四五岁的少年", "十四五", false),     // rule 2: before a classifier
        ("来了十四五个人", "十四五", false),
        ("十五五万元", "十五五", false),
        ("第十五五", "十五五", true),
        ("十四五5", "十四五", false),           // rule 2: before a digit
        ("一九五四年", "九五", false),
        ("一九五计划", "九五计划", false),
        ("2035年远景目标", "2035年远景目标", true),
        ("12035年远景目标", "2035年远景目标", false), // rule 1 with ASCII digits
        ("发展5G网络", "5G", true),
        ("15G", "5G", false),                   // rule 3
        ("5GB", "5G", false),
        ("中国制造2025年", "中国制造2025", true), // a digit ending is not a Chinese numeral: 年 allowed
        ("中国制造20256", "中国制造2025", false),
        ("两个确立两个维护", "两个确立", true),    // ends in a Han non-numeral: nothing after matters
    ]

    @Test(arguments: cases)
    func rule(_ c: (String, String, Bool)) {
        let text = Array(c.0.unicodeScalars), form = Array(c.1.unicodeScalars)
        let at = (0...(text.count - form.count)).first { Array(text[$0..<($0 + form.count)]) == form }!
        #expect(PhraseBoundary.allows(form: form, at: at..<(at + form.count), in: text) == c.2)
    }
}
