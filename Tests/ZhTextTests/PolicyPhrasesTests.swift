import Testing
@testable import ZhText

@Suite struct PolicyPhrasesTests {
    static let finder = PolicyPhrases.default

    /// "phrase=count/longest_count" for every phrase found, in report order (count desc, phrase asc).
    static func summary(_ text: String, _ finder: PolicyPhrases = finder) -> [String] {
        finder.report(for: text).phrases.map { "\($0.phrase)=\($0.count)/\($0.longestCount)" }
    }

    /// (text written for these tests, expected summary)
    static let cases: [(String, [String])] = [
        // Nesting: every occurrence counts; leftmost-longest counts the outer phrase only.
        ("推进黄河流域生态保护和高质量发展，推动高质量发展。",
         ["高质量发展=2/1", "黄河流域生态保护和高质量发展=1/1"]),
        ("编制十四五规划", ["十四五=1/0", "十四五规划=1/1"]),
        // Line breaks, zero-width characters, full-width and Traditional forms.
        ("坚持高质\n量发展", ["高质量发展=1/1"]),
        ("坚持高质\r\n量发展", ["高质量发展=1/1"]),
        ("新质\u{200B}生产\u{200D}力", ["新质生产力=1/1"]),
        ("实施“互联网＋”行动", ["互联网+=1/1"]),
        ("堅持高質量發展和一國兩制", ["一国两制=1/1", "高质量发展=1/1"]),
        // Punctuation variants map to one canonical phrase.
        ("一体推进不敢腐、不能腐、不想腐；不敢腐不能腐不想腐", ["不敢腐不能腐不想腐=2/2"]),
        // Quotation marks do not hide a phrase: “十四五”规划 is the plan.
        ("国防“十四五”规划", ["十四五=1/0", "十四五规划=1/1"]),
        // Boundary traps: no hit.
        ("一个三十四五岁的人，十四五岁的少年，来了十四五个人，一九五四年。", []),
        ("十五五万元，三十五五", []),
        // Numbered lists continue: 两新 inside 两新一重 is another list.
        ("两新一重和两新", ["两新=1/1", "两新一重=1/1"]),
        ("“六稳”“六保”", ["六保=1/1", "六稳=1/1"]),
        ("", []),
    ]

    @Test(arguments: cases)
    func counts(_ c: (String, [String])) {
        #expect(Self.summary(c.0) == c.1)
    }

    @Test func hitsCarryOriginalTextOffsetsQuotationAndContext() {
        let text = "甲\r\n“十四\n五”时期，推动高質量\u{200B}發展。"
        let hits = PolicyPhrases(lexicon: try! PolicyLexicon.bundled(), options: PhraseOptions(contextWidth: 2)).matches(in: text)
        let original = Array(text.unicodeScalars)
        #expect(hits.map(\.phrase) == ["十四五", "高质量发展"])
        for h in hits { #expect(String(String.UnicodeScalarView(original[h.range])) == h.text) }
        #expect(hits[0].text == "十四\n五" && hits[0].range == 4..<8 && hits[0].quoted && hits[0].category == "five-year-plan")
        #expect(hits[0].context == " “十四五”时")   // two scalars each side; the line break after 甲 stays (before a quotation mark)
        #expect(hits[1].text == "高質量\u{200B}發展" && !hits[1].quoted)
    }

    @Test func convertsToSimplifiedWhenAsked() {
        let lexicon = PolicyLexicon(phrases: [PolicyPhrase(phrase: "数字经济", category: "x")])
        // Traditional text is folded to Simplified by default (NormalizationOptions.foldScript), so the phrase is found
        // without asking; convertToSimplified is kept as a no-op alias.
        #expect(PolicyPhrases(lexicon: lexicon).matches(in: "數字經濟").map(\.text) == ["數字經濟"])
        let hits = PolicyPhrases(lexicon: lexicon, options: PhraseOptions(convertToSimplified: true)).matches(in: "發展數字經濟")
        #expect(hits.map(\.text) == ["數字經濟"] && hits[0].range == 2..<6)
    }

    @Test func filtersCategoriesAndSortsByCountThenPhrase() {
        let finder = PolicyPhrases(lexicon: try! PolicyLexicon.bundled(), options: PhraseOptions(categories: ["five-year-plan"]))
        #expect(Self.summary("十四五、十五五、十五五，高质量发展", finder) == ["十五五=2/2", "十四五=1/1"])
    }

    @Test func userFormsAreNormalizedLikeTheText() {
        let lexicon = PolicyLexicon(phrases: [PolicyPhrase(phrase: "ＡＩ＋行动", category: "user")])
        #expect(Self.summary("开展AI+行动", PolicyPhrases(lexicon: lexicon)) == ["ＡＩ＋行动=1/1"])
    }

    @Test func isDeterministic() {
        let text = String(repeating: "坚持高质量发展，落实十四五规划，增强“四个意识”。", count: 20)
        #expect(Self.finder.report(for: text) == Self.finder.report(for: text))
    }
}
