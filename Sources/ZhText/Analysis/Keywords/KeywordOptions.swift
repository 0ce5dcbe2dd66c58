/// Options shared by every keyword extractor. The defaults suit Chinese news, policy and academic text.
public struct KeywordOptions: Sendable, Equatable {
    /// Which tokens can be keywords (or parts of phrase keywords). Default: no bare numbers, no single characters,
    /// no function-word POS tags. Stop words come from ``useBundledStopWords`` and ``stopWords``.
    public var filter = TermFilter(minimumLength: 2, excludePOS: TermFilter.functionPOS)
    /// Leave out the bundled Chinese and English stop words.
    public var useBundledStopWords = true
    /// Extra stop words (`--stopwords FILE`), added to the filter's.
    public var stopWords: StopWords = []
    /// The IDF table for TF-IDF and phrase scores; `nil` uses the bundled one.
    public var idf: IDFTable? = nil

    /// TF-IDF and phrase keywords: an occurrence in the title counts this many times. The title is the first line
    /// when it is short (at most ``titleMaximumLength`` characters) and more text follows — a headline or a paper
    /// title, where authors put what the text is about. 1 turns this off.
    public var titleWeight = 2.0
    /// The longest first line still taken as a title.
    public var titleMaximumLength = 80

    /// TextRank: words within this many positions of each other are linked.
    public var window = 5
    /// TextRank: damping factor d (Mihalcea & Tarau 2004 use 0.85).
    public var damping = 0.85
    /// TextRank: stop when no score changes by more than this between iterations…
    public var tolerance = 1e-6
    /// …or after this many iterations.
    public var maximumIterations = 200

    /// Phrase keywords: at most this many words…
    public var phraseMaximumWords = 5
    /// …and this length, counting Han characters and Latin words (`Lyapunov函数` is 3).
    public var phraseMaximumLength = 12
    /// Phrase keywords: a multi-word phrase must occur at least this often.
    public var phraseMinimumCount = 2

    public init() {}

    /// The filter with the stop words resolved.
    func resolvedFilter() throws -> TermFilter {
        var f = filter
        if useBundledStopWords { f.stopWords = f.stopWords.union(try StopWords.bundled()) }
        f.stopWords = f.stopWords.union(stopWords)
        return f
    }

    func resolvedIDF() throws -> IDFTable {
        if let idf { return idf }
        return try IDFTable.bundled()
    }
}
