/// Keywords of one text together with the method that actually produced them: beyond
/// ``StreamingTFIDF/limit`` scalars the chosen method would hold every token in memory, so TF-IDF over streamed
/// counts is used instead, and reported as such. `keywords` (the command) and any other caller decide the same way.
///
/// ```swift
/// let result = try KeywordExtraction.extract(from: text, method: .phrase, limit: 10)
/// print(result.method)  // .tfidf for a text of more than 2M characters
/// ```
public struct KeywordExtraction: Sendable, Equatable {
    /// The keywords, score descending then term.
    public var keywords: [Keyword]
    /// The method that produced them (the requested one, or ``Keywords/Method/tfidf`` when streamed).
    public var method: Keywords.Method
    /// Whether the text was too long for the requested method and TF-IDF over streamed counts was used.
    public var streamed: Bool

    /// Extracts the best `limit` keywords of `text` with `method`, or with ``StreamingTFIDF`` when the text has
    /// more than `wholeTextLimit` scalars (default ``StreamingTFIDF/limit``).
    public static func extract(from text: NormalizedText, method: Keywords.Method, limit: Int = 10,
                               options: KeywordOptions = KeywordOptions(), segmenter: LexiconSegmenter = .default,
                               wholeTextLimit: Int = StreamingTFIDF.limit) throws -> KeywordExtraction {
        if text.scalars.count > wholeTextLimit {
            let keywords = try StreamingTFIDF(options: options, segmenter: segmenter).extract(from: text, limit: limit)
            return KeywordExtraction(keywords: keywords, method: .tfidf, streamed: true)
        }
        let keywords = try method.extractor(options: options, segmenter: segmenter).extract(from: text, limit: limit)
        return KeywordExtraction(keywords: keywords, method: method, streamed: false)
    }
}
