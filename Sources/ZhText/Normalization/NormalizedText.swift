/// Text after normalization, with the way back to the original.
public struct NormalizedText: Sendable, Equatable {
    /// The original text's scalars (what offsets index).
    public let original: [Unicode.Scalar]
    /// The normalized text's scalars.
    public let scalars: [Unicode.Scalar]
    /// Normalized position → original range.
    public let map: OffsetMap

    /// Text normalized elsewhere: `map` must have one entry per scalar of `scalars` and ranges within `original`.
    public init(original: [Unicode.Scalar], scalars: [Unicode.Scalar], map: OffsetMap) {
        self.original = original
        self.scalars = scalars
        self.map = map
    }

    /// Text that needed no normalization (identity map).
    public init(unnormalized text: String) {
        let s = Array(text.unicodeScalars)
        self.init(original: s, scalars: s, map: .identity(count: s.count))
    }

    /// The normalized text as a string.
    public var text: String { String(scalars: scalars) }

    /// The original range of a normalized range.
    public func originalRange(of range: Range<Int>) -> Range<Int> { map.originalRange(of: range) }

    /// The original characters behind a normalized range.
    public func originalText(of range: Range<Int>) -> String {
        let r = map.originalRange(of: range)
        return String(scalars: original[r])
    }

    /// The normalized characters in a range.
    public func normalizedText(of range: Range<Int>) -> String {
        String(scalars: scalars[range])
    }

    /// Number of non-white-space scalars of the normalized text (the denominator of "per 10,000 characters").
    public var nonWhiteSpaceCount: Int {
        scalars.reduce(0) { $0 + (Script.isWhiteSpace($1) ? 0 : 1) }
    }
}
