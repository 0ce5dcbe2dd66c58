import Foundation
import Testing
import ZhTextTestSupport
@testable import ZhText

@Suite struct KeywordsTests {
    static func article(_ name: String) throws -> String {
        try String(contentsOf: TestSupport.fixture("keywords/\(name)", target: "ZhTextTests"), encoding: .utf8)
    }

    static func terms(_ method: Keywords.Method, _ name: String, limit: Int = 5) throws -> [String] {
        try method.extractor().extract(from: article(name), limit: limit).map(\.term)
    }

    /// What an analyst would pick for our small articles (the default method).
    @Test(arguments: [
        // The industry the article is about (新能源汽车产业, 3 times whole, its parts 7 more) before the city that runs it.
        ("ev-city.txt", ["新能源汽车产业", "青川市", "动力电池", "新能源", "动力电池企业"]),
        ("defense.txt", ["先进国防科技工业体系", "国防科技", "国防科技工业", "建设", "关键核心技术"]),
        // 算力 is a word the lexicon lacks (HMM-found, now a candidate like any word): 算力基础设施建设 (twice) enters;
        // the province (东川, 东川省) ranks 7th–8th behind the data-market terms. 高质量发展 is a formulation, not
        // boilerplate: on a text this short (under 150 candidate words) the policy-genre signal does not yet weigh in.
        ("policy-digital.txt", ["数字经济", "数字经济发展", "算力基础设施建设", "高质量发展", "数据要素市场化配置"]),
        ("policy-rural.txt", ["高标准农田", "南河县", "高标准农田建设", "粮食安全", "耕地"]),
        ("english-mixed.txt", ["deep learning", "traffic forecasting", "forecasting", "traffic", "sensor data"]),
    ])
    func phraseKeywordsOfSmallArticles(_ c: (String, [String])) throws {
        #expect(try Self.terms(.phrase, c.0) == c.1)
        // The top 5 are the first 5 of the top 10 (a term ranked below the limit may replace a listed part).
        #expect(try Self.terms(.phrase, c.0, limit: 10).prefix(5) == ArraySlice(c.1))
    }

    /// TF-IDF and TextRank work on single words: the main terms of each article come first.
    @Test(arguments: [Keywords.Method.tfidf, .textrank])
    func singleWordMethodsFindTheMainTerms(_ method: Keywords.Method) throws {
        #expect(Set(try Self.terms(method, "ev-city.txt")).isSuperset(of: ["新能源", "动力电池", "汽车产业"]))
        #expect(Set(try Self.terms(method, "defense.txt", limit: 3)) == ["国防科技", "先进", "工业体系"])
    }

    /// The nested policy term outranks its parts when it is the real term.
    @Test func longTermOutranksItsParts() throws {
        let k = try Keywords.phrase.extract(from: Self.article("defense.txt"), limit: 10)
        #expect(k.first?.term == "先进国防科技工业体系")
        #expect(!k.contains { $0.term == "工业体系" || $0.term == "先进国防科技" || $0.term == "科技工业体系" })
        #expect(!k.contains { $0.term == "先进国防科技工业体系建设" })  // occurs 2 times, beside 6 of its part
    }

    /// Policy news: the top 10 hold the topic and its formulations, not the boilerplate that frames every such text.
    @Test(arguments: [("policy-digital.txt", ["高质量发展", "数据要素市场化配置", "东川数据交易中心", "中国式现代化"]),
                      ("policy-rural.txt", ["粮食安全", "农业机械化", "耕地保护", "乡村全面振兴"])])
    func policyNewsKeywordsAreTheTopicNotTheBoilerplate(_ c: (String, [String])) throws {
        let top = try Self.terms(.phrase, c.0, limit: 10)
        let boilerplate = try StopWords.policyBoilerplate()
        #expect(Set(top).isSuperset(of: c.1))
        #expect(!top.contains { boilerplate.contains($0) || $0.hasPrefix("会议") })
        // The parts of a listed term that rarely occur on their own are not listed beside it.
        #expect(!top.contains("农田") && !top.contains("数据交易中心"))
    }

    /// Without the boilerplate list the framing verbs come back: the list is what keeps them out.
    @Test func boilerplateStopWordsCanBeTurnedOff() throws {
        var options = KeywordOptions()
        options.useBoilerplateStopWords = false
        let all = try PhraseKeywords(options: options).extract(from: Self.article("policy-digital.txt"), limit: 200).map(\.term)
        let filtered = try Self.terms(.phrase, "policy-digital.txt", limit: 200)
        #expect(all.contains("会议") && all.contains("推进"))
        #expect(!filtered.contains("会议") && !filtered.contains("推进"))
    }

    /// A formulation of the policy lexicon scores `policyPhraseWeight` times what it would otherwise.
    @Test(arguments: [Keywords.Method.phrase, .tfidf])
    func policyFormulationsAreFavoured(_ method: Keywords.Method) throws {
        var plain = KeywordOptions()
        plain.policyPhraseWeight = 1
        let text = try Self.article("policy-digital.txt")
        let favoured = try method.extractor().extract(from: text, limit: 200)
        let unfavoured = try method.extractor(options: plain).extract(from: text, limit: 200)
        let a = try #require(favoured.first { $0.term == "高质量发展" }), b = try #require(unfavoured.first { $0.term == "高质量发展" })
        #expect(abs(a.score - 2 * b.score) < 1e-12)
        let other = try #require(favoured.first { $0.term == "东川" }), same = try #require(unfavoured.first { $0.term == "东川" })
        #expect(other.score == same.score)
    }

    @Test(arguments: Keywords.Method.allCases)
    func orderIsScoreThenTermAndDeterministic(_ method: Keywords.Method) throws {
        let text = try Self.article("ev-city.txt")
        let a = try method.extractor().extract(from: text, limit: 50)
        let b = try method.extractor().extract(from: text, limit: 50)
        #expect(a == b)
        #expect(a.count > 10)
        for (x, y) in zip(a, a.dropFirst()) { #expect(Keyword.ranks(x, before: y)) }
    }

    @Test func tiesAreBrokenByTerm() throws {
        // Four words, once each, with the same IDF and no title: equal scores, so the order is the terms' scalar
        // order (鲲 U+9CB2 < 鸳 U+9E33 < 鸿 U+9E3F < 麒 U+9E92), not the order in the text.
        var options = KeywordOptions()
        options.idf = IDFTable(values: ["鲲鹏": 5, "鸿雁": 5, "鸳鸯": 5, "麒麟": 5])
        let keywords = try TFIDF(options: options).extract(from: "麒麟鸿雁，鸳鸯鲲鹏。", limit: 10)
        #expect(keywords.map(\.term) == ["鲲鹏", "鸳鸯", "鸿雁", "麒麟"])
        #expect(Set(keywords.map(\.score)).count == 1, "the scores must tie: \(keywords.map(\.score))")
    }

    @Test(arguments: Keywords.Method.allCases)
    func emptyAndWordlessTextsHaveNoKeywords(_ method: Keywords.Method) throws {
        #expect(try method.extractor().extract(from: "", limit: 10).isEmpty)
        #expect(try method.extractor().extract(from: "，。！ 2025 的了 …", limit: 10).isEmpty)
    }

    @Test(arguments: Keywords.Method.allCases)
    func filtersApply(_ method: Keywords.Method) throws {
        let text = "2025年，我们的国防科技工业在2025年发展。国防科技工业的发展！党，人民。"
        let terms = try method.extractor().extract(from: text, limit: 20).map(\.term)
        #expect(!terms.contains { ["2025", "2025年", "我们", "的", "党", "，"].contains($0) })
        #expect(terms.contains { $0.hasPrefix("国防科技") })
        var options = KeywordOptions()
        options.stopWords = ["发展"]
        options.filter.minimumLength = 1
        let custom = try method.extractor(options: options).extract(from: text, limit: 20).map(\.term)
        #expect(!custom.contains("发展"))
        #expect(custom.contains("党"))
    }

    @Test func posFilterRestrictsKeywords() throws {
        var options = KeywordOptions()
        options.filter.includePOS = ["ns"]
        let k = try TFIDF(options: options).extract(from: "北京和上海推动经济发展，北京发展很快。", limit: 10).map(\.term)
        #expect(k == ["北京", "上海"])
    }

    /// Offsets index the original text: full-width letters, zero-width characters and CRLF come before the keyword.
    @Test(arguments: Keywords.Method.allCases)
    func startIsAnOriginalOffset(_ method: Keywords.Method) throws {
        let original = "标题\r\n\u{200B}ＡＢＣ公司发布新能源汽车。\r\n新能源汽车销量增长，ＡＢＣ公司扩大新能源汽车产能。"
        let scalars = Array(original.unicodeScalars)
        let keywords = try method.extractor().extract(from: original, limit: 10)
        #expect(!keywords.isEmpty)
        for k in keywords {
            let shown = String(String.UnicodeScalarView(scalars[k.range]))
            // The keyword shows the form as written (ＡＢＣ公司), the same term as the original span.
            #expect(Normalizer.default.normalize(shown).text.lowercased() == Normalizer.default.normalize(k.term).text.lowercased(), "\(k.term) at \(k.range)")
        }
    }

    /// An unknown word gets the median IDF: it outranks a common word seen as often, and loses to a rarer one.
    @Test func unknownWordScoresWithTheMedianIDF() throws {
        var options = KeywordOptions()
        options.idf = IDFTable(values: ["经济": 1, "发展": 2, "量子": 20])
        options.titleWeight = 1
        let k = try TFIDF(options: options).extract(from: "经济，Zorblax，量子。", limit: 3)
        #expect(k.map(\.term) == ["量子", "Zorblax", "经济"])
        #expect(abs(k[1].score - 2.0 / 3) < 1e-12)  // tf 1/3 × median 2
    }

    @Test func titleOccurrencesCountMore() throws {
        var options = KeywordOptions()
        options.idf = IDFTable(values: ["海洋": 5, "森林": 5])
        let text = "海洋\n森林，森林，海洋。"
        let weighted = try TFIDF(options: options).extract(from: text, limit: 2)
        #expect(weighted.map(\.term) == ["海洋", "森林"])
        #expect(weighted.map(\.count) == [2, 2])
        options.titleWeight = 1
        #expect(try TFIDF(options: options).extract(from: text, limit: 2).map(\.score) == [0.5, 0.5].map { $0 * 5 })
    }

    @Test func textRankConvergesToNormalizedScores() throws {
        let k = try Keywords.textRank.extract(from: Self.article("ev-city.txt"), limit: 20)
        #expect(k.first?.score == 1)
        #expect(k.allSatisfy { $0.score > 0 && $0.score <= 1 })
    }
}

@Suite struct PhraseRedundancyTests {
    static func k(_ term: String, _ score: Double, _ count: Int) -> Keyword {
        Keyword(term: term, score: score, count: count, range: 0..<1)
    }

    static func run(_ ranked: [(String, [Range<Int>])]) -> [String] {
        let occ = Dictionary(uniqueKeysWithValues: ranked.map { ($0.0, $0.1) })
        let keywords = ranked.enumerated().map { k($0.element.0, Double(100 - $0.offset), $0.element.1.count) }
        return PhraseKeywords.withoutRedundancy(keywords, occurrences: { occ[$0]! }, limit: 10).map(\.term)
    }

    @Test func fragmentOfAListedTermIsDropped() {
        #expect(Self.run([("ABC", [0..<3, 10..<13]), ("B", [1..<2, 11..<12])]) == ["ABC"])
    }

    @Test func subTermThatAlsoOccursAloneStays() {
        #expect(Self.run([("ABC", [0..<3]), ("B", [1..<2, 20..<21])]) == ["ABC", "B"])
    }

    @Test func subTermMostlyInsideListedLongerTermsIsDropped() {
        // 4 of B's 5 occurrences lie inside ABC: more than three quarters.
        let abc = (0..<4).map { $0 * 10..<($0 * 10 + 3) }
        let b = (0..<4).map { $0 * 10 + 1..<($0 * 10 + 2) } + [50..<51]
        #expect(Self.run([("ABC", abc), ("B", b)]) == ["ABC"])
        // 2 of 3 inside: B also occurs on its own often enough to stay.
        #expect(Self.run([("ABC", Array(abc.prefix(2))), ("B", Array(b.prefix(2)) + [50..<51])]) == ["ABC", "B"])
    }

    @Test func longerTermCoveringEveryOccurrenceReplacesThePart() {
        #expect(Self.run([("B", [1..<2, 11..<12]), ("ABC", [0..<3, 10..<13])]) == ["ABC"])
    }

    @Test func longerTermAtLeastTwoThirdsAsFrequentIsListedBeside() {
        let bc = [1..<3, 11..<13, 20..<22, 30..<32]
        #expect(Self.run([("BC", bc), ("ABCD", [0..<4, 10..<14, 19..<23])]) == ["BC", "ABCD"])
        // Half as frequent is not enough (建设先进国防科技工业体系 ×3 beside 先进国防科技工业体系 ×5).
        #expect(Self.run([("BC", bc), ("ABCD", [0..<4, 10..<14])]) == ["BC"])
    }

    @Test func phraseBesideAListedSingleWordStays() {
        let b = (0..<6).map { $0 * 10 + 1..<($0 * 10 + 2) }
        #expect(Self.run([("B", b), ("ABC", [0..<3, 10..<13])]) == ["B", "ABC"])
    }

    @Test func twoThirdsRuleLooksAtTheLongestListedPhrase() {
        // ABCDE occurs 3 times; inside it BC (5 times) and BCD (4 times) are listed: BCD decides, so it stays.
        let bc = [1..<3, 11..<13, 21..<23, 31..<33, 41..<43]
        let bcd = [1..<4, 11..<14, 21..<24, 31..<34]
        #expect(Self.run([("BC", bc), ("BCD", bcd), ("ABCDE", [0..<5, 10..<15, 20..<25])]) == ["BC", "BCD", "ABCDE"])
    }

    @Test func longerTermMuchRarerThanItsListedPhraseIsDropped() {
        let bc = (0..<6).map { $0 * 10 + 1..<($0 * 10 + 3) }
        #expect(Self.run([("BC", bc), ("ABCD", [0..<4, 10..<14])]) == ["BC"])
    }

    @Test func windowShiftedAcrossAListedTermIsDropped() {
        #expect(Self.run([("ABC", [0..<3, 10..<13]), ("CDE", [2..<5, 12..<15])]) == ["ABC"])
    }

    @Test func limitCountsKeptTerms() {
        let kept = PhraseKeywords.withoutRedundancy([Self.k("甲", 3, 1), Self.k("乙", 2, 1), Self.k("丙", 1, 1)],
                                                    occurrences: { ["甲": [0..<1], "乙": [1..<2], "丙": [2..<3]][$0]! }, limit: 2)
        #expect(kept.map(\.term) == ["甲", "乙"])
    }
}
