/// Keyword extraction with default settings: `try Keywords.phrase.extract(from: text, limit: 10)`.
///
/// ```swift
/// let keywords = try Keywords.default.extract(from: "……", limit: 10)
/// for k in keywords { print(k.term, k.score, k.count, k.start) }
/// ```
/// The defaults load the bundled IDF table and stop words on first use and share them afterwards.
public enum Keywords {
    /// The methods, by their command-line names.
    public enum Method: String, Sendable, CaseIterable {
        case tfidf
        case textrank
        case phrase

        /// An extractor of this method.
        public func extractor(options: KeywordOptions = KeywordOptions(),
                              segmenter: any Segmenter = LexiconSegmenter.default) -> any KeywordExtractor {
            switch self {
            case .tfidf: return TFIDF(options: options, segmenter: segmenter)
            case .textrank: return TextRank(options: options, segmenter: segmenter)
            case .phrase: return PhraseKeywords(options: options, segmenter: segmenter)
            }
        }
    }

    /// The method used when none is chosen: phrase keywords, which measure best against human-assigned keywords
    /// (see README, "Keywords").
    public static let defaultMethod = Method.phrase

    /// TF-IDF with the bundled IDF table.
    public static let tfidf = TFIDF()
    /// TextRank over word co-occurrence.
    public static let textRank = TextRank()
    /// Phrase keywords (multi-word terms, redundancy controlled).
    public static let phrase = PhraseKeywords()
    /// The default method's extractor.
    public static var `default`: any KeywordExtractor { phrase }
}
