/// Keyword in context: every occurrence of a string in a text, with the text around it.
public struct ConcordanceHit: Sendable, Equatable {
    /// Original range of the hit (Unicode scalars of the decoded input, end exclusive).
    public var range: Range<Int>
    /// Range of the hit in the normalized text.
    public var normalizedRange: Range<Int>
    /// The hit's original characters.
    public var text: String
    /// Up to `context` characters of normalized text before the hit, line breaks included (one-line renderings
    /// show them with ``oneLine(_:)``).
    public var left: String
    /// Up to `context` characters of normalized text after the hit.
    public var right: String
}

/// Finds a term as a string in normalized text (so multi-word terms work and counts do not depend on segmentation).
/// A shorthand for ``KWICQuery``, which also takes wildcards, regular expressions and a sort order.
public enum Concordance {
    /// Every non-overlapping occurrence of `term` (normalized with the default normalizer, so `ＡＩ` finds `AI`) in
    /// `text`, left to right, with `context` characters on each side; `*` in `term` is a wildcard (see
    /// ``KWICQuery``). An empty term finds nothing.
    /// - Complexity: O(n × m) for a text of n and a term of m scalars.
    public static func hits(of term: String, in text: NormalizedText, context: Int = 20) -> [ConcordanceHit] {
        guard let query = try? KWICQuery(term: term, context: context) else { return [] }
        return query.hits(in: text)
    }
}
