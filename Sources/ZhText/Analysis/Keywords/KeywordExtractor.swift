/// Extracts keywords from segmented text. TF-IDF, TextRank and phrase keywords conform; each is a short file.
public protocol KeywordExtractor: Sendable {
    /// The segmenter that `extract(from:limit:)` on plain text uses.
    var segmenter: any Segmenter { get }

    /// The best `limit` keywords of `tokens` (the segmentation of `text`), score descending then term ascending.
    func extract(from tokens: [Token], in text: NormalizedText, limit: Int) throws -> [Keyword]
}

extension KeywordExtractor {
    /// Segments normalized text and extracts its keywords.
    public func extract(from text: NormalizedText, limit: Int = 10) throws -> [Keyword] {
        try extract(from: segmenter.tokens(in: text), in: text, limit: limit)
    }

    /// Normalizes, segments and extracts keywords from `text`; offsets refer to `text`.
    public func extract(from text: String, limit: Int = 10) throws -> [Keyword] {
        try extract(from: Normalizer.default.normalize(text), limit: limit)
    }
}
