/// Everything `zhtext analyze` reports about one document.
public struct DocumentAnalysis: Sendable, Equatable {
    /// Counts describing the text.
    public struct Statistics: Sendable, Equatable {
        /// Non-white-space characters of the normalized text (the "per 10k" denominator).
        public var characters: Int
        /// Han characters.
        public var hanCharacters: Int
        /// Sentences (``SentenceSplitter``).
        public var sentences: Int
        /// Word tokens (not space or punctuation).
        public var tokens: Int
        /// Distinct word terms.
        public var distinctTerms: Int
    }

    /// A term with its count as a token and its frequency per 10,000 characters.
    public struct TermCount: Sendable, Equatable {
        public var term: String
        public var count: Int
        public var per10k: Double
    }

    /// A policy phrase with its count (every occurrence, nested ones included) and first original offset.
    public struct PhraseSummary: Sendable, Equatable {
        public var phrase: String
        public var category: String
        public var count: Int
        public var longestCount: Int
        public var start: Int
    }

    /// The input's name as given.
    public var file: String
    /// Encoding it was decoded as.
    public var encoding: String
    /// What extraction did (`html`, `saved-page`, `not-found`, `plain`, `disabled`).
    public var extraction: String
    /// Article metadata, when the input is a page (nil otherwise).
    public var title: String?
    public var date: String?
    public var dateSource: String?
    public var source: String?
    public var author: String?
    public var statistics: Statistics
    public var keywords: [Keyword]
    public var keywordMethod: String
    public var phrases: [PhraseSummary]
    public var topTerms: [TermCount]
    /// Every content term (as for ``topTerms``) with its count, for corpus summaries; not printed per document.
    public var contentTermCounts: [String: Int]
    /// Warnings met on the way (decoding, extraction), one line each naming the file.
    public var warnings: [String]
}
