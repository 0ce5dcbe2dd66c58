/// Keyword in context: every occurrence of a string in a text, with the text around it.
public struct ConcordanceHit: Sendable, Equatable {
    /// Original range of the hit (Unicode scalars of the decoded input, end exclusive).
    public var range: Range<Int>
    /// Range of the hit in the normalized text.
    public var normalizedRange: Range<Int>
    /// The hit's original characters.
    public var text: String
    /// Up to `context` characters of normalized text before the hit (line breaks and tabs shown as spaces).
    public var left: String
    /// Up to `context` characters of normalized text after the hit.
    public var right: String
}

/// Finds a term as a string in normalized text (so multi-word terms work and counts do not depend on segmentation).
public enum Concordance {
    /// Every non-overlapping occurrence of `term` (normalized with the default normalizer, so `ＡＩ` finds `AI`) in
    /// `text`, left to right, with `context` characters on each side.
    /// - Complexity: O(n × m) for a text of n and a term of m scalars.
    public static func hits(of term: String, in text: NormalizedText, context: Int = 20) -> [ConcordanceHit] {
        let needle = Normalizer.default.normalize(term).scalars
        let hay = text.scalars
        guard !needle.isEmpty, needle.count <= hay.count else { return [] }
        var hits: [ConcordanceHit] = []
        let first = needle[0]
        var i = 0
        let last = hay.count - needle.count
        while i <= last {
            if hay[i] == first && hay[i..<(i + needle.count)].elementsEqual(needle) {
                let r = i..<(i + needle.count)
                let lo = max(0, i - context), hi = min(hay.count, r.upperBound + context)
                hits.append(ConcordanceHit(range: text.originalRange(of: r), normalizedRange: r, text: text.originalText(of: r),
                                           left: flat(hay[lo..<i]), right: flat(hay[r.upperBound..<hi])))
                i = r.upperBound
            } else {
                i += 1
            }
        }
        return hits
    }

    static func flat(_ s: ArraySlice<Unicode.Scalar>) -> String {
        var out = String.UnicodeScalarView()
        for c in s { out.append(c == "\t" || Script.isLineBreak(c) ? " " : c) }
        return String(out)
    }
}
