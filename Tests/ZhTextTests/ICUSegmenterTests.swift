import Testing
@testable import ZhText

@Suite struct ICUSegmenterTests {
    @Test(arguments: [
        ("我们在北京", ["我们", "在", "北京"]),
        ("GDP增长3.5%", ["GDP", "增长", "3.5", "%"]),
        ("中华\n人民", ["中华", "\n", "人民"]),
    ])
    func segments(_ input: String, _ expected: [String]) {
        #expect(ICUSegmenter().tokens(in: Normalizer(options: .characterLevel).normalize(input)).map(\.text) == expected)
    }

    @Test func kindsAndPOSFromTheLexicon() {
        let tokens = ICUSegmenter(lexicon: .default).tokens(in: "北京 2026 ok。")
        #expect(tokens.map(\.kind) == [.han, .space, .number, .space, .latin, .punctuation])
        #expect(tokens[0].pos == "ns" && tokens[2].pos == "m" && tokens[4].pos == "eng")
        #expect(ICUSegmenter().tokens(in: "北京")[0].pos == "x")
    }
}
