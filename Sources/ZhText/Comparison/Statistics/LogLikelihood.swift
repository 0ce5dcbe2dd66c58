import Foundation

/// Log-likelihood keyness G² of a term between two corpora (Rayson & Garside 2000; Dunning 1993), in the full
/// four-cell form of the 2×2 contingency table: the term's occurrences and all other tokens, in A and in B.
///
/// ```
///            A          B
/// term       a          b
/// other      sizeA − a  sizeB − b
/// G² = 2 Σ O·ln(O/E)   (0·ln 0 = 0),   E = row total × column total / N
/// ```
/// Signed: positive when the term's relative frequency is higher in B than in A (B is the study corpus, A the
/// reference), negative when lower, 0 when equal. |G²| ≥ 3.84 is p < 0.05, ≥ 6.63 p < 0.01, ≥ 10.83 p < 0.001.
public enum LogLikelihood {
    /// Signed G² of `a` occurrences in `sizeA` tokens against `b` occurrences in `sizeB` tokens.
    /// - Complexity: O(1).
    public static func g2(a: Int, b: Int, sizeA: Int, sizeB: Int) -> Double {
        guard sizeA > 0, sizeB > 0 else { return 0 }
        let o = [Double(a), Double(b), Double(max(sizeA - a, 0)), Double(max(sizeB - b, 0))]
        let n = Double(sizeA + sizeB)
        let row1 = o[0] + o[1], row2 = o[2] + o[3]
        let col = [Double(sizeA), Double(sizeB)]
        let e = [row1 * col[0] / n, row1 * col[1] / n, row2 * col[0] / n, row2 * col[1] / n]
        var sum = 0.0
        for k in 0..<4 where o[k] > 0 { sum += o[k] * log(o[k] / e[k]) }
        let g2 = max(2 * sum, 0)
        let relA = Double(a) / Double(sizeA), relB = Double(b) / Double(sizeB)
        return relB > relA ? g2 : (relB < relA ? -g2 : 0)
    }

    /// The p-value of a (signed) G² under the chi-square distribution with one degree of freedom:
    /// p = erfc(√(|G²|/2)).
    public static func pValue(_ g2: Double) -> Double {
        erfc((abs(g2) / 2).squareRoot())
    }

    /// The base-10 logarithm of ``pValue(_:)``, computed in log space so that it stays finite where the p-value
    /// itself is below the smallest double (|G²| above about 1,400, p < 1e-308): there
    /// log erfc(x) = −x² − ln(x√π) + ln(1 − 1/(2x²) + 3/(4x⁴) − 15/(8x⁶) + 105/(16x⁸)), x = √(|G²|/2)
    /// (the asymptotic series of erfc, Abramowitz & Stegun 7.1.23; relative error below 1e-9 for x ≥ 20).
    /// - Complexity: O(1).
    public static func log10PValue(_ g2: Double) -> Double {
        let x = (abs(g2) / 2).squareRoot()
        guard x.isFinite else { return -.infinity }
        let p = erfc(x)
        if x < 20 || p > 1e-290 { return log10(p) }
        let inv = 1 / (x * x)
        let series = 1 - inv / 2 + 3 * inv * inv / 4 - 15 * inv * inv * inv / 8 + 105 * inv * inv * inv * inv / 16
        let ln = -x * x - log(x * Double.pi.squareRoot()) + log(series)
        return ln / log(10)
    }
}

extension KeynessRow {
    /// Base-10 logarithm of ``p`` (see ``LogLikelihood/log10PValue(_:)``): finite and comparable where ``p`` is 0
    /// because the p-value is below what a double holds.
    public var log10P: Double { LogLikelihood.log10PValue(g2) }
}
