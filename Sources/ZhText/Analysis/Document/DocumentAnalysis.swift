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
        /// The normalized term.
        public var term: String
        /// Occurrences as a token.
        public var count: Int
        /// Occurrences per 10,000 non-white-space characters.
        public var per10k: Double
        /// The forms merged under this term, most frequent first (empty when written one way only).
        public var variants: [String] = []
    }

    /// A policy phrase with its count (every occurrence, nested ones included) and first original offset.
    public struct PhraseSummary: Sendable, Equatable {
        /// The canonical phrase.
        public var phrase: String
        /// Its category in the lexicon.
        public var category: String
        /// Every occurrence, nested ones included.
        public var count: Int
        /// Occurrences kept by leftmost-longest selection.
        public var longestCount: Int
        /// Original offset of the first occurrence (Unicode scalars into the input).
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
    /// Publish date (`YYYY-MM-DD` with an optional time), when the page gives one.
    public var date: String?
    /// Where the date came from.
    public var dateSource: String?
    /// The site or posting account.
    public var source: String?
    /// The author(s) as written.
    public var author: String?
    /// The document's script (`simplified`, `traditional`, `mixed`; nil without Han characters), by ``ScriptProfile``.
    public var script: String? = nil
    /// Counts describing the text.
    public var statistics: Statistics
    /// Top keywords, score descending then term.
    public var keywords: [Keyword]
    /// The keyword method used (`phrase`, `tfidf`, `textrank`; very long texts use `tfidf`).
    public var keywordMethod: String
    /// Policy phrases found, count descending then phrase.
    public var phrases: [PhraseSummary]
    /// The most frequent content terms, count descending then term.
    public var topTerms: [TermCount]
    /// Every content term (as for ``topTerms``) with its count and forms, for corpus summaries; not printed per
    /// document.
    public var contentTerms: TermCounts
    /// Warnings met on the way (decoding, extraction), one line each naming the file.
    public var warnings: [String]
    /// What identifies the document among the inputs of a run (see ``DuplicateDetector``).
    public var identity = DuplicateDetector.Identity(input: .init(), normalized: .init())
    /// The first line of the text that reads as a title (see ``DocumentLabel/firstLine(of:)``): what tables show
    /// when the input is not a page with a title.
    public var firstLine: String? = nil
}
