/// TF-IDF keywords: term frequency in the text times inverse document frequency in a reference collection.
///
/// score(t) = count(t) / N × idf(t), where N is the number of candidate tokens of the text and idf comes from
/// ``KeywordOptions/idf`` (default: the bundled table). Terms missing from the table get its median IDF.
/// - Complexity: O(n + k log k) for n tokens and k distinct candidate terms.
public struct TFIDF: KeywordExtractor {
    public var options: KeywordOptions
    public let segmenter: any Segmenter

    public init(options: KeywordOptions = KeywordOptions(), segmenter: any Segmenter = LexiconSegmenter.default) {
        self.options = options
        self.segmenter = segmenter
    }

    public func extract(from tokens: [Token], in text: NormalizedText, limit: Int) throws -> [Keyword] {
        let idf = try options.resolvedIDF()
        let candidates = KeywordCandidates(tokens: tokens, filter: try options.resolvedFilter())
        guard candidates.total > 0 else { return [] }
        let n = Double(candidates.total)
        let scored = candidates.order.map { term -> Keyword in
            let stats = candidates.terms[term]!
            return Keyword(term: term, score: Double(stats.count) / n * idf[term], count: stats.count, range: stats.first)
        }
        return KeywordCandidates.top(scored, limit: limit)
    }
}
