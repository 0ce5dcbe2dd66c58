/// Counts a string's occurrences in normalized text, independent of segmentation (how `trend --term` counts).
public struct TermOccurrences: Sendable {
    /// The term as normalized scalars.
    public let pattern: [Unicode.Scalar]

    /// A counter for `term`, normalized the way documents are.
    public init(_ term: String, normalizer: Normalizer = .default) {
        pattern = normalizer.normalize(term).scalars
    }

    /// Non-overlapping occurrences, left to right (`aaa` holds `aa` once).
    /// - Complexity: O(n·m) worst case, O(n) typical, for text length n and term length m.
    public func count(in text: [Unicode.Scalar]) -> Int {
        let m = pattern.count
        guard m > 0, text.count >= m else { return 0 }
        let first = pattern[0]
        var count = 0
        var i = 0
        let last = text.count - m
        while i <= last {
            if text[i] == first {
                var k = 1
                while k < m && text[i + k] == pattern[k] { k += 1 }
                if k == m { count += 1; i += m; continue }
            }
            i += 1
        }
        return count
    }
}
