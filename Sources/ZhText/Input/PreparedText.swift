/// An input ready for analysis: its article extracted (HTML and saved pages), normalized, with offsets that point
/// into the original input file.
public struct PreparedText: Sendable {
    /// The extracted document (metadata and body); for plain text the whole input.
    public let document: Document
    /// The normalized body. `original` is the whole decoded input and `map` leads there, so every offset derived
    /// from it indexes the input file even when the body was extracted from HTML.
    public let normalized: NormalizedText
    /// Warnings (for example: an HTML page in which no article was found).
    public let warnings: [String]

    /// Prepared text from its parts (``TextPreparation/prepare(_:options:)`` builds it).
    public init(document: Document, normalized: NormalizedText, warnings: [String]) {
        self.document = document
        self.normalized = normalized
        self.warnings = warnings
    }
}

/// Options for ``TextPreparation``.
public struct PreparationOptions: Sendable {
    /// Extract the article from HTML and saved pages and read Markdown without its markup (plain text always
    /// passes through unchanged).
    public var extract = true
    /// The normalizer for the body.
    public var normalizer = Normalizer.default

    /// Options; by default articles are extracted and the body normalized with the default normalizer.
    public init(extract: Bool = true, normalizer: Normalizer = .default) {
        self.extract = extract
        self.normalizer = normalizer
    }
}

/// Turns decoded input into ``PreparedText``: extraction, normalization, and the composed offset map.
public enum TextPreparation {
    /// Prepares `source` for analysis.
    /// - Complexity: O(n) in the length of the input.
    public static func prepare(_ source: SourceText, options: PreparationOptions = PreparationOptions()) -> PreparedText {
        let result = options.extract ? ArticleExtractor().extract(from: source) : ExtractionResult(document: ArticleExtractor().passThrough(source))
        let document = result.document
        let normalized = document.kind == .plain || document.kind == .disabled
            ? options.normalizer.normalize(source.text)
            : options.normalizer.normalize(document, of: source)
        return PreparedText(document: document, normalized: normalized, warnings: result.warnings)
    }
}
