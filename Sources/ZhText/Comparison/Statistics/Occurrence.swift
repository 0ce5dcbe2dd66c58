/// When a term occurs in a series of periods: first-seen, last-seen and peak period.
public struct Occurrence: Sendable, Equatable {
    /// The first period with a count above zero.
    public var firstSeen: Period?
    /// The last period with a count above zero.
    public var lastSeen: Period?
    /// The period of highest normalised frequency (the earliest on ties).
    public var peak: Period?

    /// Reads a series of (period, count, normalised frequency), in any order.
    /// - Complexity: O(n).
    public init(_ series: [(period: Period, count: Int, frequency: Double)]) {
        let seen = series.filter { $0.count > 0 }
        firstSeen = seen.map(\.period).min()
        lastSeen = seen.map(\.period).max()
        peak = seen.min { x, y in x.frequency != y.frequency ? x.frequency > y.frequency : x.period < y.period }?.period
    }
}
