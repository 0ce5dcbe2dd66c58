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
        let filter = try options.resolvedFilter()
        let idf = try options.resolvedIDF()
        var stats: [String: (count: Int, first: Range<Int>)] = [:]
        var total = 0
        for chunk in DocumentAnalyzer.chunks(of: text.scalars, size: chunkSize) {
            for span in segmenter.spans(in: text, range: chunk) where span.kind != .space && span.kind != .punctuation && !span.range.isEmpty {
                let term = text.normalizedText(of: span.range)
                if let s = stats[term] {
                    if s.count > 0 { stats[term] = (s.count + 1, s.first); total += 1 }
                    continue
                }
                let probe = Token(text: term, term: term, range: 0..<0, normalizedRange: span.range, kind: span.kind, pos: span.pos)
                if filter.accepts(probe) {
                    stats[term] = (1, text.originalRange(of: span.range))
                    total += 1
                } else {
                    stats[term] = (0, 0..<0)   // seen and rejected
                }
            }
        }
        let n = Double(max(total, 1))
        let scored = stats.compactMap { term, s -> Keyword? in
            s.count > 0 ? Keyword(term: term, score: Double(s.count) / n * idf[term], count: s.count, range: s.first) : nil
        }
        return Array(scored.sorted(by: Keyword.ranks).prefix(limit))
    }
}
