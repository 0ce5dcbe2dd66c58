import Testing
@testable import ZhText

/// The one term model: one key, one filter, variants.
@Suite struct TermModelTests {
    static func token(_ term: String, _ kind: TokenKind, _ pos: String) -> Token {
        Token(text: term, term: term, range: 0..<term.unicodeScalars.count, normalizedRange: 0..<term.unicodeScalars.count, kind: kind, pos: pos)
    }

    @Test(arguments: [
        ("AI", "ai"),                 // Latin letters fold to lower case
        ("ai", "ai"),
        ("Café", "café"),             // non-ASCII Latin too
        ("发展", "发展"),             // Han terms are their own key (script folding happens in normalization)
        ("5G", "5g"),
    ])
    func keys(_ c: (String, String)) {
        #expect(TermKey.of(c.0) == c.1)
    }

    @Test(arguments: [
        ("發展", "发展"),             // a user's Traditional query folds to Simplified
        ("ＡＩ", "ai"),               // full width folds, then case
        ("社會主義", "社会主义"),
    ])
    func queryKeys(_ c: (String, String)) {
        #expect(TermKey.ofQuery(c.0) == c.1)
        #expect(TermKey.ofQuery(c.0, foldScript: false) == TermKey.of(Normalizer(options: NormalizationOptions(foldScript: false)).normalize(c.0).text))
    }

    /// What content terms are, reason per row.
    @Test(arguments: [
        (token("国防", .han, "n"), true, true),      // a content word: in both lists
        (token("的", .han, "uj"), false, false),     // stop word and function tag
        (token("我们", .han, "r"), false, false),    // pronoun (stop word)
        (token("今年", .han, "t"), false, false),    // time word: function tag
        (token("进一步", .han, "d"), false, false),  // adverb
        (token("2025", .number, "m"), false, false), // bare number
        (token("，", .punctuation, "x"), false, false),
        (token("党", .han, "n"), true, false),       // single character the lexicon knows: content, too short for keywords
        (token("瑙", .han, "x"), false, false),      // single character the lexicon does not know: a fragment
        (token("杭研", .han, "nz"), true, true),     // a new word with its guessed tag is a candidate like any word
        (token("贯彻", .han, "v"), true, false),     // policy boilerplate: left out of keywords only
        (token("GDP", .latin, "eng"), true, true),
    ])
    func contentAndKeywordFilters(_ c: (Token, Bool, Bool)) throws {
        #expect(try TermFilter.content().accepts(c.0) == c.1)
        #expect(try TermFilter.keywords().accepts(c.0) == c.2)
        #expect(TermFilter.allTerms.accepts(c.0) == (c.0.kind != .punctuation))   // --all-terms: every word token
    }

    @Test func variantsShowTheMostFrequentForm() {
        var v = TermVariants()
        v.add("AI", key: "ai", count: 3)
        // 3 × AI, 1 × ai (the key's own form gets the rest of the count).
        #expect(v.shown("ai", count: 4) == "AI")
        #expect(v.variants("ai", count: 4) == ["AI", "ai"])
        #expect(v.shown("发展", count: 2) == "发展" && v.variants("发展", count: 2).isEmpty)
        // A tie goes to the first form in code-point order.
        #expect(v.shown("ai", count: 6) == "AI")
    }

    /// Self-written text, once in Simplified and once in Traditional characters: identical counts, each shown as written.
    static let simplified = """
    杭州市政府发布了新的数字经济发展规划。规划提出，到二〇三〇年建成全国领先的数据交易市场，培育一批人工智能企业，\
    推动制造业数字化转型。政府将设立专项资金，支持企业开展技术研发和人才培养，并且加强数据安全监管。
    """
    static let traditional = """
    杭州市政府發布了新的數字經濟發展規劃。規劃提出，到二〇三〇年建成全國領先的數據交易市場，培育一批人工智能企業，\
    推動製造業數字化轉型。政府將設立專項資金，支持企業開展技術研發和人才培養，並且加強數據安全監管。
    """

    @Test func bothScriptsGiveIdenticalCounts() throws {
        let model = try TermModel.content()
        let s = model.counts(of: Normalizer.default.normalize(Self.simplified), segmenter: LexiconSegmenter.default)
        let t = model.counts(of: Normalizer.default.normalize(Self.traditional), segmenter: LexiconSegmenter.default)
        #expect(s.counts == t.counts)
        #expect(s.counts["数据"] == 2 && t.shown("数据") == "數據" && s.shown("数据") == "数据")
        // Keywords agree too (shown as written).
        let ks = try Keywords.phrase.extract(from: Self.simplified, limit: 5)
        let kt = try Keywords.phrase.extract(from: Self.traditional, limit: 5)
        #expect(ks.map(\.count) == kt.map(\.count) && ks.map(\.range) == kt.map(\.range))
        #expect(kt.map { TermKey.ofQuery($0.term) } == ks.map { TermKey.ofQuery($0.term) })
        // --keep-script: counted apart.
        let kept = model.counts(of: Normalizer(options: NormalizationOptions(foldScript: false)).normalize(Self.traditional),
                                segmenter: LexiconSegmenter.default)
        #expect(kept.counts["数据"] == nil)
    }

    @Test func mixedCaseFormsAreOneTerm() throws {
        let c = try TermModel.content().counts(of: Normalizer.default.normalize("AI 改变工作。AI 改变学习，ai 无处不在。"),
                                              segmenter: LexiconSegmenter.default)
        #expect(c.counts["ai"] == 3 && c.shown("ai") == "AI" && c.variants(of: "ai") == ["AI", "ai"])
    }

    /// A new company named four times is one keyword, written as in the text (the lexicon does not know it).
    @Test func repeatedNewNameIsAKeyword() throws {
        let text = """
        杭研今天发布了新平台。杭研的工程师说，杭研将继续投入研发，明年推出面向中小企业的版本。\
        业内人士认为，杭研的新平台降低了企业使用大模型的门槛。
        """
        for method in Keywords.Method.allCases {
            let k = try method.extractor().extract(from: text, limit: 5).map(\.term)
            #expect(k.first == "杭研", "\(method): \(k)")
        }
    }

    @Test func chunkedTallyEqualsWhole() throws {
        let text = Normalizer.default.normalize(String(repeating: Self.traditional + "\n" + Self.simplified + "\n", count: 20))
        let model = try TermModel.content()
        let whole = model.counts(of: LexiconSegmenter.default.tokens(in: text), in: text)
        let chunked = model.counts(of: text, segmenter: LexiconSegmenter.default, chunkSize: 50)
        #expect(whole == chunked)
    }
}
