/// What kind of text a token is.
public enum TokenKind: String, Sendable, Equatable, Hashable, CaseIterable, Codable {
    /// Han characters (a Chinese word).
    case han
    /// Latin letters (possibly with digits: `5G`, `iPhone15`), URLs and e-mail addresses.
    case latin
    /// A number, with decimals, percent, thousands separators or Chinese numerals of a number expression.
    case number
    /// Punctuation.
    case punctuation
    /// White space, including line breaks.
    case space
    /// Anything else: symbols, emoji, other scripts.
    case other
}

/// One token of segmented text.
public struct Token: Sendable, Equatable, Hashable {
    /// The original characters of the token's span, exactly as in the input.
    public var text: String
    /// The normalized form (what matching and counting use: full-width letters folded, zero-width characters removed).
    public var term: String
    /// Range in the original input, in Unicode scalars, end exclusive.
    public var range: Range<Int>
    /// Range in the normalized text, in Unicode scalars.
    public var normalizedRange: Range<Int>
    /// What kind of text it is.
    public var kind: TokenKind
    /// Part of speech in jieba's tag set (`n`, `v`, `ns`, …); `x` for non-words, `eng` for Latin, `m` for numbers.
    public var pos: String

    public init(text: String, term: String, range: Range<Int>, normalizedRange: Range<Int>, kind: TokenKind, pos: String) {
        self.text = text
        self.term = term
        self.range = range
        self.normalizedRange = normalizedRange
        self.kind = kind
        self.pos = pos
    }

    /// Whether the token is a word worth counting (not space or punctuation).
    public var isWord: Bool { kind != .space && kind != .punctuation }
}

/// Splits normalized text into tokens whose ranges tile the text.
public protocol Segmenter: Sendable {
    /// The tokens of `text`, in order; their normalized ranges tile `0..<text.scalars.count`.
    func tokens(in text: NormalizedText) -> [Token]
}

extension Segmenter {
    /// Normalizes `text` with the default normalizer and segments it.
    public func tokens(in text: String) -> [Token] {
        tokens(in: Normalizer.default.normalize(text))
    }
}
