import Foundation

/// Cosine similarity of two documents' TF-IDF vectors.
///
/// Term weight = count × idf, idf = ln((1 + N) / (1 + df)) + 1 (smoothed, so a term in every document still
/// counts), where N is the number of documents the two sides hold together and df the number of them containing
/// the term. 1 for identical term distributions, 0 for no term in common.
public enum CosineSimilarity {
    /// Smoothed inverse document frequency.
    public static func idf(documentFrequency df: Int, documents n: Int) -> Double {
        log(Double(1 + n) / Double(1 + df)) + 1
    }

    /// Cosine of two sparse vectors; 0 when either is all zero.
    ///
    /// Sums run in term order, not in the dictionaries' iteration order (which differs between two equal
    /// dictionaries built differently), so that equal vectors always give the same bits.
    /// - Complexity: O(|a| log |a| + |b| log |b|).
    public static func cosine(_ a: [String: Double], _ b: [String: Double]) -> Double {
        var dot = 0.0
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        // Sums in one fixed order (code-point order of the terms: their UTF-8 bytes), so that equal vectors give the
        // same bits however their dictionaries were built.
        func ordered(_ v: [String: Double]) -> [String] { v.keys.sorted { $0.precedesInCodePointOrder($1) } }
        for k in ordered(small) { if let w = large[k] { dot += small[k]! * w } }
        func norm(_ v: [String: Double]) -> Double { ordered(v).reduce(0) { $0 + v[$1]! * v[$1]! }.squareRoot() }
        let na = norm(a), nb = norm(b)
        guard na > 0, nb > 0 else { return 0 }
        return min(dot / (na * nb), 1)
    }

    /// TF-IDF vector of `counts`.
    public static func tfidf(_ counts: [String: Int], documentFrequency: [String: Int], documents n: Int) -> [String: Double] {
        var v: [String: Double] = [:]
        v.reserveCapacity(counts.count)
        for (term, c) in counts where c > 0 {
            v[term] = Double(c) * idf(documentFrequency: documentFrequency[term] ?? 1, documents: n)
        }
        return v
    }
}
