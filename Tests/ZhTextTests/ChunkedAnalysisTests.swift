@testable import ZhText
import Testing

/// Processing a long text in chunks (as for huge single-line inputs) gives the same results as processing it whole.
@Suite struct ChunkedAnalysisTests {
    /// Our own text: one long line of sentences with numbers, Latin words, a URL, quotes and an invisible character
    /// next to a sentence end, then a second paragraph.
    static let text: String = {
        let sentences = [
            "今年国内生产总值增长5.2%左右，城镇新增就业1200万人以上。",
            "要加快发展新质生产力，推进高质量发展！",
            "“十四五”规划目标任务顺利推进；详情见 https://example.org/plan 网站。",
            "人工智能（AI）与实体经济深度融合？\u{200B}坚持稳中求进工作总基调。",
            "扩大内需、优化结构、提振信心，防范化解重点领域风险……",
        ]
        var line = ""
        for k in 0..<12 { line += sentences[k % sentences.count] }
        return line + "\n" + sentences.reversed().joined() + "\n"
    }()

    static func analysis(chunkSize: Int, wholeTextLimit: Int) throws -> DocumentAnalysis {
        var options = AnalysisOptions()
        options.chunkSize = chunkSize
        options.wholeTextLimit = wholeTextLimit
        options.keywordMethod = .tfidf
        return try DocumentAnalyzer(options: options).analyze(SourceText(file: "long.txt", text: text))
    }

    @Test(arguments: [7, 16, 40, 97])
    func countsDoNotDependOnTheChunkSize(size: Int) throws {
        let whole = try Self.analysis(chunkSize: 1_000_000, wholeTextLimit: 1_000_000)
        let chunked = try Self.analysis(chunkSize: size, wholeTextLimit: 1_000_000)
        #expect(chunked.statistics == whole.statistics)
        #expect(chunked.contentTerms == whole.contentTerms)
        #expect(chunked.topTerms == whole.topTerms)
        #expect(chunked.phrases == whole.phrases)
        #expect(chunked.keywords == whole.keywords)
        // Past the whole-text limit the tokens are only counted: the same counts still.
        let streamed = try Self.analysis(chunkSize: size, wholeTextLimit: 10)
        #expect(streamed.statistics == whole.statistics)
        #expect(streamed.contentTerms == whole.contentTerms)
        #expect(streamed.topTerms == whole.topTerms)
    }

    @Test(arguments: [5, 16, 40, 97])
    func theTokenSequenceDoesNotDependOnTheChunkSize(size: Int) {
        let normalized = Normalizer.default.normalize(Self.text)
        let segmenter = LexiconSegmenter.default
        let whole = segmenter.spans(in: normalized, range: 0..<normalized.scalars.count)
        let chunks = TextChunks.ranges(of: normalized.scalars, size: size)
        #expect(chunks.count > 1)
        #expect(chunks.first?.lowerBound == 0 && chunks.last?.upperBound == normalized.scalars.count)
        let pieces = chunks.flatMap { segmenter.spans(in: normalized, range: $0) }
        #expect(pieces.map(\.range) == whole.map(\.range))
        #expect(pieces.map { normalized.normalizedText(of: $0.range) } == whole.map { normalized.normalizedText(of: $0.range) })
    }
}

/// `TermCounts` over a text segmented in chunks equals the counts over its whole token sequence.
@Suite struct ChunkedTermCountsTests {
    @Test(arguments: [1, 2, 3], [6, 25, 1_000_000])
    func chunkedCountsEqualWholeCounts(ngram: Int, chunkSize: Int) {
        let text = Normalizer.default.normalize(ChunkedAnalysisTests.text)
        let segmenter = LexiconSegmenter.default
        let filter = TermFilter(excludeNumbers: true, minimumLength: 1)
        let whole = TermCounts(tokens: segmenter.tokens(in: text), in: text, filter: filter, ngram: ngram)
        let chunked = TermCounts(text: text, segmenter: segmenter, filter: filter, ngram: ngram, chunkSize: chunkSize)
        #expect(chunked == whole)
        #expect(whole.total > 10)
    }
}

/// IDF document frequencies from chunked segmentation equal those from the whole token sequence.
@Suite struct ChunkedIDFTests {
    @Test func chunkedDocumentEqualsTokens() {
        let text = Normalizer.default.normalize(ChunkedAnalysisTests.text)
        var whole = IDFBuilder(), chunked = IDFBuilder()
        whole.add(tokens: LexiconSegmenter.default.tokens(in: text))
        chunked.add(text: text, segmenter: LexiconSegmenter.default)
        #expect(chunked.documentFrequency == whole.documentFrequency)
        #expect(!whole.documentFrequency.isEmpty)
    }
}
