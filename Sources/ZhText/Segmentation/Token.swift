/// What kind of text a token is.
public enum TokenKind: String, Sendable, Equatable, Hashable, CaseIterable, Codable {
    /// Han characters (a Chinese word).
    case han
    /// Latin letters (possibly with digits: `5G`, `iPhone15`), URLs and e-mail addresses.
    case latin
    /// A number, with decimals, percent, thousands separators, or a number with its unit (`2001年`, `3.5亿`).
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
    /// The original characters of the token's span, exactly as in the input (including characters that
    /// normalization removed, such as zero-width spaces, which belong to a neighbouring token).
    public var text: String
    /// The normalized form (what matching and counting use: full-width letters folded, zero-width characters removed).
    public var term: String
    /// Range in the original input, in Unicode scalars, end exclusive.
    public var range: Range<Int>
    /// Range in the normalized text, in Unicode scalars.
    public var normalizedRange: Range<Int>
    /// What kind of text it is.
    public var kind: TokenKind
    /// Part of speech in jieba's tag set (`n`, `v`, `ns`, …). Words the lexicon does not know get `x` (jieba's tag
    /// for a word missing from its tag table), as do punctuation, spaces and symbols; Latin words and URLs get
    /// `eng`; numbers `m`; numbers with a date or time unit (`2001年`, `12月`) `t`.
    public var pos: String

    /// A token from its parts (segmenters build tokens with ``Token/tokens(from:in:)``).
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

/// A token without its text: a range of the normalized text, its kind and part of speech. Segmenters produce these;
/// ``Token``s are built from them (cheap to make in bulk, e.g. for writing millions of words).
public struct TokenSpan: Sendable, Equatable, Hashable {
    /// Range in the normalized text, in Unicode scalars.
    public var range: Range<Int>
    /// What kind of text it is.
    public var kind: TokenKind
    /// Part of speech in jieba's tag set (see ``Token/pos``).
    public var pos: String

    /// A span of the normalized text.
    public init(range: Range<Int>, kind: TokenKind, pos: String) {
        self.range = range
        self.kind = kind
        self.pos = pos
    }
}

/// Splits normalized text into tokens whose ranges tile the text.
public protocol Segmenter: Sendable {
    /// The spans of `range` of the normalized text, in order; they tile `range` (line breaks are never inside a
    /// span). In search mode the lexicon segmenter adds the words inside long words before each long word.
    func spans(in text: NormalizedText, range: Range<Int>) -> [TokenSpan]

    /// The tokens of `text`, in order; their normalized ranges tile `0..<text.scalars.count` and their original
    /// ranges tile `0..<text.original.count`, so their texts concatenated give back the input exactly.
    func tokens(in text: NormalizedText) -> [Token]
}

extension Segmenter {
    public func tokens(in text: NormalizedText) -> [Token] {
        Token.tokens(from: spans(in: text, range: 0..<text.scalars.count), in: text)
    }

    /// Normalizes `text` with the default normalizer and segments it (original ranges still index `text`).
    public func tokens(in text: String) -> [Token] {
        tokens(in: Normalizer.default.normalize(text))
    }
}

extension Token {
    /// Original offsets where each of `spans` starts, plus the end: `spans.count + 1` non-decreasing numbers from 0
    /// to `text.original.count`. Original characters that normalization removed (zero-width spaces, control
    /// characters) go to the token before them, or to the one after when the one before is white space or there is
    /// none. `spans` must tile the normalized text in order.
    /// - Complexity: O(k) for k spans.
    public static func originalBoundaries(of spans: [TokenSpan], in text: NormalizedText) -> [Int] {
        var bounds = [Int](repeating: 0, count: spans.count + 1)
        bounds[spans.count] = text.original.count
        guard spans.count > 1 else { return bounds }
        let map = text.map
        for i in 1..<spans.count {
            let p = spans[i].range.lowerBound
            let attachForward = spans[i - 1].kind == .space
            let startOfNext = map.originalOffset(of: p)
            let endOfPrevious = p > 0 ? map.originalRange(of: (p - 1)..<p).upperBound : 0
            var b = attachForward ? min(endOfPrevious, startOfNext) : startOfNext
            b = max(b, bounds[i - 1])
            bounds[i] = min(b, text.original.count)
        }
        return bounds
    }

    /// Tokens from spans that tile the normalized text; spans that overlap the one before (search mode's inner
    /// words) get their own mapped range instead of a tile.
    public static func tokens(from spans: [TokenSpan], in text: NormalizedText) -> [Token] {
        if spans.isEmpty {
            guard !text.original.isEmpty else { return [] }
            // Everything was removed by normalization: keep it as one token.
            let all = String(scalars: text.original)
            return [Token(text: all, term: "", range: 0..<text.original.count, normalizedRange: 0..<0, kind: .other, pos: "x")]
        }
        var tiling: [TokenSpan] = []
        var isTile: [Bool] = []
        var covered = 0
        for s in spans {
            let tile = s.range.lowerBound == covered && !s.range.isEmpty
            isTile.append(tile)
            if tile { tiling.append(s); covered = s.range.upperBound }
        }
        let bounds = originalBoundaries(of: tiling, in: text)
        var tokens: [Token] = []
        tokens.reserveCapacity(spans.count)
        var t = 0
        for (k, s) in spans.enumerated() {
            let range: Range<Int>
            if isTile[k] { range = bounds[t]..<bounds[t + 1]; t += 1 } else { range = text.originalRange(of: s.range) }
            let term = text.normalizedText(of: s.range)
            // Most tokens are unchanged by normalization: their original text is the term.
            let same = range.count == s.range.count && text.original[range].elementsEqual(text.scalars[s.range])
            tokens.append(Token(text: same ? term : String(scalars: text.original[range]),
                                term: term, range: range, normalizedRange: s.range,
                                kind: s.kind, pos: s.pos))
        }
        return tokens
    }
}
