import Testing
@testable import ZhText

@Suite struct PhraseFamilyTests {
    static func hits(_ text: String) -> [String] {
        let n = Normalizer.default.normalize(text)
        return PhraseFamily.all.flatMap { $0.hits(in: n) }.map { "\($0.family):\($0.text)" }
    }

    /// (text, family hits in family order)
    static let cases: [(String, [String])] = [
        ("面向十六五时期", ["five-year-plan:十六五"]),
        ("十四五和十五五", ["five-year-plan:十四五", "five-year-plan:十五五"]),
        ("三十六五岁，十六五个", []),
        ("制定第十六个五年规划", ["five-year-plan:第十六个五年规划"]),
        ("落实“五个坚持”", ["quoted-numbered:五个坚持"]),
        ("打好“三大保卫战”", ["quoted-numbered:三大保卫战"]),
        ("坚持“两个必须”", ["quoted-numbered:两个必须"]),
        ("他说“三个人”来了", ["quoted-numbered:三个人"]),
        ("“十个明确”", ["quoted-numbered:十个明确"]),
        ("开展“四严四实”", ["numbered-pairs:四严四实"]),
        ("“三管三必须”", ["numbered-pairs:三管三必须"]),
        ("“一老一小”", ["numbered-pairs:一老一小"]),
        ("“三严”", []),
        ("建设航天强国和质量强国", ["strong-nation:航天强国", "strong-nation:质量强国"]),
        ("加快建设强国", []),
        ("成为世界强国", []),
        ("开展“数智+”行动", ["plus-action:数智+"]),
        ("“AI+”", ["plus-action:AI+"]),
        ("“AI+制造”", []),
        ("“1+1”", []),
        ("《十个明确》", []),     // title, not quotation
    ]

    @Test(arguments: cases)
    func family(_ c: (String, [String])) {
        #expect(Self.hits(c.0) == c.1)
    }

    @Test func excludesWhatTheLexiconCovers() {
        let lexicon = PolicyLexicon(phrases: [PolicyPhrase(phrase: "四个意识", category: "numbered-formulation"),
                                              PolicyPhrase(phrase: "十五五规划", category: "five-year-plan")])
        let report = PolicyPhrases(lexicon: lexicon).report(for: "增强“四个意识”“五个必须”，编制十五五规划，迎接十六五")
        #expect(report.patterns.map { "\($0.family):\($0.text):\($0.count)" } == ["five-year-plan:十六五:1", "quoted-numbered:五个必须:1"])
    }
}
