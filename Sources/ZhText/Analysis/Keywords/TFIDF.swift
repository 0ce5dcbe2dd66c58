/// TF-IDF keywords: term frequency in the text times inverse document frequency in a reference collection.
///
/// score(t) = count(t) / N × idf(t), where N is the number of candidate tokens of the text and idf comes from
/// ``KeywordOptions/idf`` (default: the bundled table). Terms missing from the table get its median IDF.
/// Occurrences in a title line count ``KeywordOptions/titleWeight`` times; policy formulations of the bundled lexicon
/// score ``KeywordOptions/policyPhraseWeight`` times more.
/// - Complexity: O(n + k log k) for n tokens and k distinct candidate terms.
public struct TFIDF: KeywordExtractor {
    /// Options shared by the extractors.
    public var options: KeywordOptions
    /// The segmenter used on plain text.
    public let segmenter: any Segmenter

    /// A TF-IDF extractor.
    public init(options: KeywordOptions = KeywordOptions(), segmenter: any Segmenter = LexiconSegmenter.default) {
        self.options = options
        self.segmenter = segmenter
    }

    /// The best `limit` keywords of `tokens`, score descending then term ascending.
    public func extract(from tokens: [Token], in text: NormalizedText, limit: Int) throws -> [Keyword] {
        let idf = try options.resolvedIDF()
        let policy = try options.resolvedPolicyTerms()
        let candidates = KeywordCandidates(tokens: tokens, in: text, filter: try options.resolvedFilter(), options: options)
        guard candidates.total > 0 else { return [] }
        let n = Double(candidates.total)
        let scored = candidates.order.indices.map { id -> Keyword in
            let term = candidates.order[id], stats = candidates.stats[id]
            return Keyword(term: candidates.variants.shown(term, count: stats.count), score: stats.weight / n * idf[term] * (policy.contains(term) ? options.policyPhraseWeight : 1),
                           count: stats.count, range: stats.first, variants: candidates.variants.variants(term, count: stats.count))
        }
        return KeywordCandidates.top(scored, limit: limit)
    }
}
