/// Whether a series goes up, down or neither.
public enum TrendDirection: String, Sendable, Equatable, CaseIterable {
    case rising, falling, flat

    /// The direction of a slope.
    public init(slope: Double) {
        self = slope > 0 ? .rising : (slope < 0 ? .falling : .flat)
    }
}

/// The Theil–Sen estimator (Theil 1950; Sen 1968): the median of the slopes between every pair of points with
/// different x. Robust: one outlying period (a single report that dwells on a topic) barely moves it, and a term
/// absent from most periods has slope 0.
public enum TheilSen {
    /// The median pairwise slope of `points` (x, y); 0 when fewer than two distinct x values.
    /// For an even number of slopes, the mean of the two middle ones.
    /// - Complexity: O(n² log n) for n points.
    public static func slope(_ points: [(x: Double, y: Double)]) -> Double {
        var slopes: [Double] = []
        slopes.reserveCapacity(points.count * (points.count - 1) / 2)
        for i in points.indices {
            for j in (i + 1)..<points.count where points[j].x != points[i].x {
                slopes.append((points[j].y - points[i].y) / (points[j].x - points[i].x))
            }
        }
        return median(&slopes)
    }

    /// The same for parallel arrays, reusing `buffer` (for many series over the same x values).
    static func slope(x: [Double], y: [Double], buffer: inout [Double]) -> Double {
        buffer.removeAll(keepingCapacity: true)
        for i in x.indices {
            for j in (i + 1)..<x.count where x[j] != x[i] {
                buffer.append((y[j] - y[i]) / (x[j] - x[i]))
            }
        }
        return median(&buffer)
    }

    static func median(_ values: inout [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        values.sort()
        let m = values.count / 2
        return values.count % 2 == 1 ? values[m] : (values[m - 1] + values[m]) / 2
    }
}
