/// %DIFF (Gabrielatos & Marchi 2012): the difference of normalised frequencies as a percentage of A's,
/// (NF_B − NF_A) × 100 / NF_A. 100 means twice as frequent in B, −50 half as frequent, −100 absent from B.
/// When the term is absent from A the value is +infinity (written `null` in JSON, `inf` in tables); when it is
/// absent from both it is 0.
public enum PercentDiff {
    /// %DIFF of normalised frequencies (any common base, e.g. per 10,000 characters or per token).
    /// - Complexity: O(1).
    public static func value(a: Double, b: Double) -> Double {
        if a == 0 { return b == 0 ? 0 : .infinity }
        return (b - a) * 100 / a
    }
}
