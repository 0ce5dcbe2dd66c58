import Foundation

/// Log Ratio effect size (Hardie 2014): the binary log of the ratio of relative frequencies, B over A.
/// 1 means twice as frequent in B, −1 half as frequent, 0 equal.
///
/// Zero frequencies: a count of 0 is replaced by 0.5 before dividing (the adjustment CQPweb uses), so a term
/// absent from one side gets a finite, conservative value instead of ±infinity; when both counts are 0 it is 0.
public enum LogRatio {
    /// The count used in place of zero.
    public static let zeroAdjustment = 0.5

    /// log₂((b / sizeB) / (a / sizeA)), with zero counts replaced by ``zeroAdjustment``.
    /// - Complexity: O(1).
    public static func value(a: Int, b: Int, sizeA: Int, sizeB: Int) -> Double {
        guard sizeA > 0, sizeB > 0, a > 0 || b > 0 else { return 0 }
        let fa = a == 0 ? zeroAdjustment : Double(a)
        let fb = b == 0 ? zeroAdjustment : Double(b)
        return log2((fb / Double(sizeB)) / (fa / Double(sizeA)))
    }
}
