/// How a term changed between the early and the late part of a dated series: the statistic that ranks the
/// automatic rising and falling terms of `trend` and `report`.
///
/// The periods are split in two: the late part is the last third of the periods (at least one), the early part the
/// rest. The term's occurrences in each part are compared with the parts' word tokens:
/// - significance: signed log-likelihood G² (``LogLikelihood``), which alone would favour frequent words;
/// - effect size: Log Ratio (``LogRatio``, Hardie 2014), the binary log of how many times more frequent the term is
///   in the late part, which does not depend on how frequent the term is.
///
/// A term is *rising* when it is more frequent in the late part with |G²| ≥ ``minimumG2`` (p < 0.01), occurs in at
/// least two periods of the late part (one when the part has one period), and is still in use at the end: seen in
/// the last tenth of the periods (at least the last period). A term last seen in 2018 of a 1954–2025 series is not
/// rising, whatever it did before. A term is *falling* when it is less frequent in the late part with |G²| ≥
/// ``minimumG2`` and occurs in at least two periods of the early part. Rising and falling terms are ranked by |Log
/// Ratio| (then |G²|, then term), so that a large change in a mid-frequency term outranks a small change in a very
/// frequent one.
public struct SeriesChange: Sendable, Equatable {
    /// Least |G²| of a rising or falling term: 6.63, p < 0.01 (chi-square, 1 d.f.).
    public static let minimumG2 = 6.63

    /// Occurrences in the early and late parts.
    public var earlyCount: Int
    public var lateCount: Int
    /// Word tokens of the early and late parts.
    public var earlyTokens: Int
    public var lateTokens: Int
    /// Signed G² (positive: more frequent in the late part).
    public var g2: Double
    /// Log Ratio, late over early.
    public var logRatio: Double
    /// Rising, falling or flat, by the rules above.
    public var direction: TrendDirection

    /// The first period index of the late part of a series of `periods` periods.
    public static func lateStart(periods: Int) -> Int {
        periods - max(1, Int((Double(periods) / 3).rounded()))
    }

    /// The change of a term with `counts` per period over periods of `tokens` word tokens each.
    /// - Complexity: O(periods).
    public init(counts: [Int], tokens: [Int]) {
        let p = counts.count
        let split = Self.lateStart(periods: p)
        var ec = 0, lc = 0, et = 0, lt = 0, earlyPeriods = 0, latePeriods = 0, last = -1
        for k in 0..<p {
            if k < split {
                ec += counts[k]; et += tokens[k]
                if counts[k] > 0 { earlyPeriods += 1 }
            } else {
                lc += counts[k]; lt += tokens[k]
                if counts[k] > 0 { latePeriods += 1 }
            }
            if counts[k] > 0 { last = k }
        }
        earlyCount = ec; lateCount = lc; earlyTokens = et; lateTokens = lt
        g2 = LogLikelihood.g2(a: ec, b: lc, sizeA: et, sizeB: lt)
        logRatio = LogRatio.value(a: ec, b: lc, sizeA: et, sizeB: lt)
        let stillInUse = last >= p - max(1, Int((Double(p) / 10).rounded(.up)))
        if g2 >= Self.minimumG2 && latePeriods >= min(2, p - split) && stillInUse {
            direction = .rising
        } else if g2 <= -Self.minimumG2 && earlyPeriods >= min(2, split) {
            direction = .falling
        } else {
            direction = .flat
        }
    }

    /// The order of a rising (or falling) list: larger |Log Ratio| first, then larger |G²|, then `a` before `b`.
    public static func ranks(_ x: SeriesChange, _ a: String, before y: SeriesChange, _ b: String) -> Bool {
        if abs(x.logRatio) != abs(y.logRatio) { return abs(x.logRatio) > abs(y.logRatio) }
        if abs(x.g2) != abs(y.g2) { return abs(x.g2) > abs(y.g2) }
        return a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
    }
}
