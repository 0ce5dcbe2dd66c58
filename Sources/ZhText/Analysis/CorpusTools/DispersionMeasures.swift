/// Dispersion measures: how evenly a term's occurrences spread over the parts of a corpus.
///
/// With `n` parts, `f[i]` the term's occurrences in part `i` (total `F`) and `s[i]` the part's size (total `S`):
/// - **Juilland's D** (Juilland & Chang-Rodríguez 1964): `D = 1 − V / √(n − 1)`, where `V = σ / μ` is the coefficient
///   of variation (population standard deviation over mean) of the term's relative frequencies `f[i] / s[i]` (parts of
///   unequal size are compared by relative frequency). 1 = perfectly even, 0 = all in one part.
/// - **Gries's DP** (Gries 2008): `DP = ½ Σ |f[i]/F − s[i]/S|`, the share of the occurrences that would have to move
///   for them to follow the parts' sizes. 0 = as expected from the sizes, towards 1 = all in one small part.
///   `DP_norm = DP / (1 − min(s[i]/S))` (Lijffijt & Gries 2012) reaches 1 exactly.
public enum DispersionMeasures {
    /// Juilland's D, or `nil` when undefined (fewer than two parts, no occurrence, a part of size 0).
    /// - Complexity: O(n).
    public static func juillandD(frequencies f: [Int], sizes s: [Int]) -> Double? {
        let n = f.count
        guard n >= 2, n == s.count, f.contains(where: { $0 > 0 }), s.allSatisfy({ $0 > 0 }) else { return nil }
        let x = zip(f, s).map { Double($0) / Double($1) }
        let mean = x.reduce(0, +) / Double(n)
        let variance = x.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n)
        let v = variance.squareRoot() / mean
        return min(max(1 - v / Double(n - 1).squareRoot(), 0), 1)
    }

    /// Gries's DP and its normalized form, or `nil` when undefined (no occurrence, no size). `DP_norm` is `nil` with a
    /// single part.
    /// - Complexity: O(n).
    public static func griesDP(frequencies f: [Int], sizes s: [Int]) -> (dp: Double, normalized: Double?)? {
        let total = f.reduce(0, +), size = s.reduce(0, +)
        guard total > 0, size > 0, f.count == s.count else { return nil }
        var sum = 0.0
        for (fi, si) in zip(f, s) { sum += abs(Double(fi) / Double(total) - Double(si) / Double(size)) }
        let dp = sum / 2
        let smallest = Double(s.min()!) / Double(size)
        return (dp, smallest < 1 ? dp / (1 - smallest) : nil)
    }
}
