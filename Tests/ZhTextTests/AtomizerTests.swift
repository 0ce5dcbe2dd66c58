import Testing
@testable import ZhText

@Suite struct AtomizerTests {
    static func atoms(_ text: String) -> [String] {
        let s = Array(text.unicodeScalars)
        var atoms: [Atomizer.Atom] = []
        s.withUnsafeBufferPointer { Atomizer.scan($0, 0, s.count, into: &atoms) }
        return atoms.map { String(String.UnicodeScalarView(s[Int($0.start)..<Int($0.end)])) }
    }

    @Test(arguments: [
        ("中国", ["中", "国"]),
        ("3.14%和1,000.5", ["3.14%", "和", "1,000.5"]),
        ("3.", ["3", "."]),
        ("5G网络", ["5G", "网", "络"]),
        ("don't stop", ["don't", " ", "stop"]),
        ("见http://a.cn/x.html。", ["见", "http://a.cn/x.html", "。"]),
        ("(www.gov.cn)", ["(", "www.gov.cn", ")"]),
        ("写信a.b@mail.example.com.", ["写", "信", "a.b@mail.example.com", "."]),
        ("not@email", ["not", "@", "email"]),
        ("……——", ["……", "——"]),
        ("a  \nb", ["a", "  ", "\n", "b"]),
        ("🇨🇳👍🏽", ["🇨🇳", "👍🏽"]),
        ("e\u{301}x", ["e\u{301}x"]),
        ("中\u{301}", ["中\u{301}"]),
        ("二○○一年○", ["二○○一年", "○"]),
        ("三五年", ["三", "五", "年"]),
        ("晴-9℃", ["晴", "-9", "℃"]),
        ("U-2和1-2", ["U", "-", "2", "和", "1", "-", "2"]),
    ])
    func atoms(_ input: String, _ expected: [String]) {
        #expect(Self.atoms(input) == expected)
    }
}
