import Testing
@testable import ZhText

@Suite struct DocumentAnalyzerTests {
    static let article = """
    东川市推进城市更新

    东川市召开城市更新工作推进会。会议要求坚持以人民为中心的发展思想，推动城市高质量发展。
    会议强调，要把城市更新同扩大内需结合起来，因地制宜发展新质生产力！城市更新要让居民满意？
    """

    @Test func statisticsPhrasesAndTerms() throws {
        let analysis = try DocumentAnalyzer().analyze(SourceText(file: "a.txt", text: Self.article))
        let st = analysis.statistics
        let normalized = Normalizer.default.normalize(Self.article)
        #expect(st.characters == normalized.nonWhiteSpaceCount)
        #expect(st.hanCharacters == normalized.scalars.filter(Script.isHan).count)
        #expect(st.sentences == 5)
        // Word tokens are the segmenter's tokens of the normalized text that are neither space nor punctuation.
        let words = LexiconSegmenter.default.tokens(in: normalized).filter(\.isWord)
        #expect(words.count > 30)
        #expect(st.tokens == words.count)
        #expect(st.distinctTerms == Set(words.map(\.term)).count)
        let phrases = Dictionary(uniqueKeysWithValues: analysis.phrases.map { ($0.phrase, $0.count) })
        #expect(phrases["城市更新"] == 4)
        #expect(phrases["高质量发展"] == 1)
        #expect(phrases["新质生产力"] == 1)
        #expect(phrases["以人民为中心"] == 1)
        #expect(analysis.topTerms.first?.term == "城市更新")
        #expect(analysis.topTerms.first?.count == 4)
        #expect(analysis.extraction == "plain")
        #expect(!analysis.keywords.isEmpty)
        // Offsets point into the original text.
        let original = Array(Self.article.unicodeScalars)
        for k in analysis.keywords {
            let text = String(String.UnicodeScalarView(original[k.range]))
            #expect(Normalizer.default.normalize(text).text.contains(k.term) || k.term.contains(text), "\(k.term) at \(k.range)")
        }
    }

    @Test func chunkedCountingEqualsWholeText() throws {
        let text = String(repeating: Self.article.replacingOccurrences(of: "\n", with: ""), count: 30)
        var small = AnalysisOptions()
        small.chunkSize = 37
        let whole = try DocumentAnalyzer().analyze(SourceText(file: "a.txt", text: text))
        let chunked = try DocumentAnalyzer(options: small).analyze(SourceText(file: "a.txt", text: text))
        #expect(whole.statistics == chunked.statistics)
        #expect(whole.topTerms == chunked.topTerms)
        #expect(whole.contentTerms == chunked.contentTerms)
        #expect(whole.keywords == chunked.keywords)
        #expect(whole.phrases == chunked.phrases)
    }

    @Test func chunksTileTheTextAndCutAtSentenceEnds() {
        let s = Array("第一句。第二句！第三句没有结尾标点但是很长很长很长".unicodeScalars)
        let chunks = TextChunks.ranges(of: s, size: 6)
        #expect(chunks.first?.lowerBound == 0)
        #expect(chunks.last?.upperBound == s.count)
        for (a, b) in zip(chunks, chunks.dropFirst()) { #expect(a.upperBound == b.lowerBound) }
        #expect(chunks[0] == 0..<4)
    }

    @Test func emptyInput() throws {
        let analysis = try DocumentAnalyzer().analyze(SourceText(file: "e.txt", text: ""))
        #expect(analysis.statistics.characters == 0)
        #expect(analysis.keywords.isEmpty && analysis.phrases.isEmpty && analysis.topTerms.isEmpty)
    }

    @Test func corpusSummaryTrends() throws {
        let analyzer = try DocumentAnalyzer()
        var summary = CorpusSummary()
        summary.add(try analyzer.analyze(SourceText(file: "2024.txt", text: "推动高质量发展。")), period: "2024")
        summary.add(try analyzer.analyze(SourceText(file: "2025.txt", text: "发展新质生产力，推动高质量发展，高质量发展。")), period: "2025")
        #expect(summary.documents == 2)
        let phrases = summary.topPhrases(5)
        #expect(phrases.first?.term == "高质量发展")
        #expect(phrases.first?.count == 3)
        #expect(phrases.first?.documents == 2)
        let trends = summary.phraseTrends(5)
        let np = try #require(trends.first { $0.phrase == "新质生产力" })
        #expect(np.firstSeen == "2025")
        #expect(np.periods.map(\.count) == [0, 1])
    }
}

/// Terms are counted by bytes and merged by `String` equality: canonically equivalent spellings count as one term,
/// whether or not the text also holds only "plain" terms.
@Suite struct AnalysisTallyTests {
    @Test(arguments: [
        ("高质量发展", true), ("AI", true), ("café", true), ("十五五", true), ("が", true),
        ("cafe\u{301}", false), ("か\u{3099}", false), ("乾\u{302A}", false), ("𠀀", false), ("Ω", false),
    ])
    func plainTerms(term: String, plain: Bool) {
        #expect(TermKey.isPlain(term) == plain)
    }

    @Test func canonicallyEquivalentTermsAreMerged() {
        var tally = AnalysisTally()
        for (term, kind) in [("caf\u{E9}", TokenKind.latin), ("发展", .han), ("cafe\u{301}", .latin), ("发展", .han)] {
            tally.count(term, kind: kind, pos: "x", range: 0..<1)
        }
        let terms = tally.topTerms(filter: TermFilter(excludePOS: []), limit: 10)
        #expect(terms.distinct == 2)
        #expect(terms.content.counts["caf\u{E9}"] == 2 && terms.content.counts["发展"] == 2)
    }

    @Test func plainTermsAreCountedByBytes() {
        var tally = AnalysisTally()
        for term in ["发展", "改革", "发展", "AI", "发展"] { tally.count(term, kind: .han, pos: "n", range: 0..<1) }
        let terms = tally.topTerms(filter: TermFilter(), limit: 2)
        #expect(terms.top.map(\.term) == ["发展", "AI"])
        #expect(terms.top.first?.count == 3 && terms.distinct == 3)
    }
}
