/// The one term model: what a term is (``TermKey``), which tokens count (``TermFilter``), and what a term shows
/// (``TermVariants``). Keywords, `freq`, `analyze`, trends, comparisons, reports, IDF tables and discovery all count
/// through it, so a term is the same thing in every list.
///
/// ```swift
/// let model = try TermModel.content()
/// let counts = model.counts(of: Normalizer.default.normalize(text), segmenter: LexiconSegmenter.default)
/// for (key, n) in counts.counts { print(counts.shown(key), n, counts.variants(of: key)) }
/// ```
public struct TermModel: Sendable, Equatable {
    /// Which tokens count.
    public var filter: TermFilter

    /// A model with `filter`.
    public init(filter: TermFilter) { self.filter = filter }

    /// Content terms (``TermFilter/content(extra:)``): the default of every list an analyst reads.
    public static func content(extra: StopWords = []) throws -> TermModel { TermModel(filter: try .content(extra: extra)) }

    /// Keyword candidates (``TermFilter/keywords(extra:)``).
    public static func keywords(extra: StopWords = []) throws -> TermModel { TermModel(filter: try .keywords(extra: extra)) }

    /// Every word token (`--all-terms`).
    public static let allTerms = TermModel(filter: .allTerms)

    /// The model of the lists that follow terms across documents and periods (`trend`, `compare`, `report`, and
    /// the corpus queries behind them): content terms of two or more characters (across documents a lone character
    /// is mostly a piece of a longer word), or every word token with `allTerms`.
    public static func series(allTerms: Bool = false) throws -> TermModel {
        if allTerms { return .allTerms }
        var model = try TermModel.content()
        model.filter.minimumLength = 2
        return model
    }

    /// The counting key of a normalized term.
    @inline(__always)
    public func key(_ term: String) -> String { TermKey.of(term) }

    /// Whether `token` counts.
    @inline(__always)
    public func accepts(_ token: Token) -> Bool { filter.accepts(token) }

    /// The terms of `text`, segmented chunk by chunk (memory O(chunk + distinct terms)).
    public func counts(of text: NormalizedText, segmenter: some Segmenter, chunkSize: Int = 200_000) -> TermCounts {
        TermCounts(text: text, segmenter: segmenter, filter: filter, chunkSize: chunkSize)
    }

    /// The terms of `tokens`, the segmentation of `text`.
    public func counts(of tokens: [Token], in text: NormalizedText) -> TermCounts {
        TermCounts(tokens: tokens, in: text, filter: filter)
    }
}
