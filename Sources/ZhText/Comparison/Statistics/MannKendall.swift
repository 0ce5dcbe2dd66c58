import Foundation

/// The Mann–Kendall trend test (Mann 1945; Kendall 1975), the usual companion of the Theil–Sen slope: S counts
/// later-higher pairs minus later-lower pairs; its variance is corrected for ties (many periods where a term is
/// absent tie at 0). A term that appears only in the last few periods has a Theil–Sen slope of 0 (the median pair
/// sees two zeros) but a clearly positive S, so the direction of a trend is decided by this test.
public struct MannKendall: Sendable, Equatable {
    /// Σ sign(yⱼ − yᵢ) over pairs with xᵢ < xⱼ.
    public var s: Int
    /// Var(S) with the tie correction: [n(n−1)(2n+5) − Σ t(t−1)(2t+5)] / 18 over groups of t tied values.
    public var variance: Double
    /// Two-sided p-value of the normal approximation with continuity correction.
    public var p: Double

    /// Tests `values` taken in order (equally or unequally spaced: only the order matters).
    /// - Complexity: O(n²).
    public init(_ values: [Double]) {
        let n = values.count
        var s = 0
        for i in 0..<n {
            for j in (i + 1)..<max(n, i + 1) {
                s += values[j] > values[i] ? 1 : (values[j] < values[i] ? -1 : 0)
            }
        }
        var ties: [Double: Int] = [:]
        for v in values { ties[v, default: 0] += 1 }
        func term(_ t: Int) -> Double { Double(t) * Double(t - 1) * Double(2 * t + 5) }
        let variance = (term(n) - ties.values.reduce(0) { $0 + term($1) }) / 18
        self.s = s
        self.variance = variance
        if variance <= 0 || s == 0 {
            p = 1
        } else {
            let z = (Double(abs(s)) - 1) / variance.squareRoot()
            p = erfc(z / 2.0.squareRoot())
        }
    }

    /// Rising or falling when p < `alpha`, flat otherwise.
    public func direction(alpha: Double = 0.05) -> TrendDirection {
        guard p < alpha else { return .flat }
        return s > 0 ? .rising : .falling
    }
}
