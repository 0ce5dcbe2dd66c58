import Foundation

/// Options shared by every keyword extractor. The defaults suit Chinese news, policy and academic text.
public struct KeywordOptions: Sendable, Equatable {
    /// Which tokens can be keywords (or parts of phrase keywords). Default: no bare numbers, no single characters,
    /// no function-word POS tags. Stop words come from ``useBundledStopWords`` and ``stopWords``.
    public var filter = TermFilter(minimumLength: 2, excludePOS: TermFilter.functionPOS, singleCharactersFromLexicon: true)
    /// Leave out the bundled Chinese and English stop words.
    public var useBundledStopWords = true
    /// Leave out policy-discourse boilerplate (贯彻, 落实, 部署, 推进, 全面贯彻, 会议强调 …; the bundled
    /// `stopwords/zh-policy.txt`, see ``StopWords/policyBoilerplate()``): it frames nearly every policy text and says
    /// nothing about any one of them. Only while ``useBundledStopWords`` is on.
    public var useBoilerplateStopWords = true
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

    /// TF-IDF and phrase keywords: the score of a policy formulation (提法) of the bundled lexicon
    /// (`policy/phrases.tsv`: 高质量发展, 新质生产力, 十五五 …) is multiplied by this. Analysts look for these
    /// formulations, and a generic IDF under-rates them (most are unknown to it and get the median). 1 turns this off.
    public var policyPhraseWeight = 2.0

    /// Phrase keywords: the exponent of a word's keyness against the policy genre (``KeywordSignals``,
    /// ``ReferenceFrequencies/policyGenre()``); a phrase takes the largest factor of its words. 0 turns it off.
    /// 1.5 measured best: on the government work reports 2000–2025 the share of generic policy words among the top 10
    /// falls from 0.81 (off) to 0.20 (1) and 0.09 (1.5); 2 (0.05) starts to list fragments.
    public var genreWeight = 1.5
    /// Phrase keywords: the exponent of a word's keyness against the general language (jieba's counts); 0 (the
    /// default) turns it off: alone it favours the genre words that policy prose over-uses.
    public var generalReferenceWeight = 0.0
    /// The smoothing constant k of simple-maths keyness, in occurrences per million tokens (Kilgarriff 2009). The
    /// reference weights apply fully to texts of 600 candidate words or more and ramp down to nothing at 150 (an
    /// abstract): in a short text every word occurs once or twice, and its frequency says nothing about the genre.
    public var simpleMathsConstant = 100.0
    /// Phrase keywords: how much the clustering of a term inside the document counts (``KeywordSignals``): the score
    /// is multiplied by exp(weight × C), C clamped to −2…4. 0 turns it off.
    /// Off by default: on the government reports it added generic words (0.20 → 0.24 at 0.15 with genre weight 1),
    /// and on our long test texts it does not remove genre words, which are spread evenly but also frequent.
    public var dispersionWeight = 0.0

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
        if useBundledStopWords && useBoilerplateStopWords { f.stopWords = f.stopWords.union(try StopWords.policyBoilerplate()) }
        f.stopWords = f.stopWords.union(stopWords)
        return f
    }

    /// The policy formulations whose score is multiplied by ``policyPhraseWeight`` (empty when it is 1).
    func resolvedPolicyTerms() throws -> Set<String> {
        policyPhraseWeight == 1 ? [] : try PolicyTerms.bundled()
    }

    func resolvedIDF() throws -> IDFTable {
        if let idf { return idf }
        return try IDFTable.bundled()
    }
}
