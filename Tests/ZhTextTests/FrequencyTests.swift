import Testing
@testable import ZhText

@Suite struct FrequencyTests {
    static func counts(_ text: String, filter: TermFilter = TermFilter(), ngram: Int = 1) -> TermCounts {
        let t = Normalizer.default.normalize(text)
        return TermCounts(tokens: LexiconSegmenter.default.tokens(in: t), in: t, filter: filter, ngram: ngram)
    }

    @Test func countsTokensAndCharacters() {
        let c = Self.counts("经济发展，经济 增长。\nGDP 增长 5%")
        #expect(c.counts["经济"] == 2)
        #expect(c.counts["增长"] == 2)
        #expect(c.counts["gdp"] == 1 && c.shown("gdp") == "GDP")   // keyed in lower case, shown as written
        #expect(c.counts["5%"] == nil)  // bare numbers are left out by default
        #expect(c.characters == 17)     // non-white-space characters of the normalized text
        #expect(abs(c.per10k("经济") - 2 * 10_000 / 17.0) < 1e-9)
    }

    @Test func stopWordsCanBeLeftOut() {
        #expect(Self.counts("我们的经济").counts["的"] == 1)
        #expect(Self.counts("我们的经济", filter: TermFilter(stopWords: ["的", "我们"])).counts.keys.sorted() == ["经济"])
    }

    @Test func bigramsStopAtPunctuationAndFilteredWords() {
        let c = Self.counts("加强海洋保护，加强海洋保护的经济。", filter: TermFilter(stopWords: ["的"]), ngram: 2)
        #expect(c.counts["加强 海洋"] == 2)
        #expect(c.counts["海洋 保护"] == 2)
        #expect(c.counts["保护 加强"] == nil)
        #expect(c.counts["保护 经济"] == nil)
        #expect(c.total == 4)
    }

    @Test func documentFrequencyAndShare() {
        let table = FrequencyTable(documents: [Self.counts("经济。经济。"), Self.counts("经济和文化"), Self.counts("文化")])
        let rows = table.rows()
        #expect(rows.first?.term == "经济")
        #expect(rows.first?.count == 3)
        #expect(rows.first?.documents == 2)
        #expect(abs(rows.first!.share - 2.0 / 3) < 1e-12)
        #expect(table.rows(minimumCount: 3).map(\.term) == ["经济"])
        #expect(table.rows(top: 1).count == 1)
    }

    @Test func tiesAreSortedByTerm() {
        let rows = FrequencyTable(documents: [Self.counts("乙。甲。丙。")]).rows()
        #expect(rows.map(\.term) == ["丙", "乙", "甲"])  // code points: 丙 U+4E19 < 乙 U+4E59 < 甲 U+7532
    }

    @Test func chunksMergeExactly() {
        var merged = Self.counts("国防科技工业。")
        merged.merge(Self.counts("国防科技。"))
        let whole = Self.counts("国防科技工业。国防科技。")
        #expect(merged == whole)
    }
}

@Suite struct ConcordanceTests {
    @Test func hitsCarryOriginalOffsetsAndText() {
        let original = "第一行\r\nＡＢＣ公司的\u{200B}新能源汽车，新能源\n汽车。"
        let text = Normalizer.default.normalize(original)
        let scalars = Array(original.unicodeScalars)
        let hits = Concordance.hits(of: "新能源汽车", in: text, context: 3)
        #expect(hits.count == 2)  // the second is broken across a line in the original
        for h in hits {
            #expect(String(String.UnicodeScalarView(scalars[h.range])) == h.text)
        }
        #expect(hits[0].range == 12..<17)  // 第一行 CR LF ＡＢＣ 公司的 ZWSP
        #expect(hits[0].left == "公司的")
        #expect(hits[0].right == "，新能")
        #expect(hits[1].text == "新能源\n汽车")
    }

    @Test func queryIsNormalizedAndMultiWordTermsWork() {
        let text = Normalizer.default.normalize("ABC 公司和 deep learning 团队")
        #expect(Concordance.hits(of: "ＡＢＣ", in: text).count == 1)
        #expect(Concordance.hits(of: "deep learning", in: text).count == 1)
        #expect(Concordance.hits(of: "公司和deep", in: text).isEmpty)
    }

    @Test func hitsDoNotOverlapAndIgnoreSegmentation() {
        let text = Normalizer.default.normalize("哈哈哈哈哈")
        #expect(Concordance.hits(of: "哈哈", in: text).map(\.normalizedRange) == [0..<2, 2..<4])
        #expect(Concordance.hits(of: "", in: text).isEmpty)
    }

    @Test func contextKeepsLineBreaksAndOneLineShowsThem() {
        // The library keeps the text as it is (JSON shows it); renderers that need one line per hit use oneLine.
        let text = Normalizer.default.normalize("标题。\n\n正文里的术语")
        let h = Concordance.hits(of: "术语", in: text, context: 10)
        #expect(h.first?.left == "标题。\n\n正文里的")
        #expect(ConcordanceHit.oneLine("标题。\r\n\n正文\t里") == "标题。⏎⏎正文 里")  // CR LF is one break
    }
}
