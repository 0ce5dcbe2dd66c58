/// TF-IDF keywords of a very long text computed from counts gathered piece by piece, so that memory stays bounded
/// (the other extractors hold every ``Token`` of the text). Same score as ``TFIDF`` without title weighting:
/// count(t) / N × idf(t). Used by `keywords` and `analyze` for texts over ``limit`` scalars.
public struct StreamingTFIDF: Sendable {
    /// Texts longer than this many normalized scalars are better served by this extractor.
    public static let limit = 2_000_000

    public var options: KeywordOptions
    public let segmenter: LexiconSegmenter

    public init(options: KeywordOptions = KeywordOptions(), segmenter: LexiconSegmenter = .default) {
        self.options = options
        self.segmenter = segmenter
    }

    /// The best `limit` keywords of `text`, score descending then term.
    /// - Complexity: O(n) time; memory O(distinct terms + chunk).
    public func extract(from text: NormalizedText, limit: Int = 10, chunkSize: Int = 200_000) throws -> [Keyword] {
        var tally = AnalysisTally()
        tally.countTerms(of: text, segmenter: segmenter, chunkSize: chunkSize)
        return try tally.tfidfKeywords(options: options, limit: limit)
    }
}
