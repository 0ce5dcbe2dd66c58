import Foundation

/// A period in which a term jumps against its own baseline.
public struct Spike: Sendable, Equatable {
    /// What kind of jump.
    public enum Kind: String, Sendable, Equatable {
        /// The term had not occurred in any earlier period.
        case new
        /// The term had occurred before and now far exceeds its baseline.
        case surge
    }

    /// The term (or group name).
    public var term: String
    /// The period.
    public var period: Period
    /// Occurrences in the period.
    public var count: Int
    /// Occurrences expected from the baseline (see ``SpikeDetector``).
    public var baseline: Double
    /// `log2(count / baseline)`.
    public var score: Double
    /// Poisson log-likelihood ratio of `count` against `baseline`.
    public var g2: Double
    /// New or surge.
    public var kind: Kind
}

/// Finds the periods where a term jumps against its own recent past (after Sketch Engine's Trends).
///
/// For period t (not the first), the **baseline rate** is the median of the term's per-10k rates in the `window`
/// preceding periods that have documents (fewer at the start of the series; zeros included, so one earlier burst does
/// not raise it). The **baseline** is the count that rate predicts for period t's size, at least ``floor`` (half an
/// occurrence: a term absent before is expected half a time, so its first appearance still has a finite score). The
/// **score** is `log2(count / baseline)`. A period is a spike when the count is at least ``minimumCount``, the count
/// is at least ``ratio`` times the baseline, and the Poisson log-likelihood ratio
/// `G = 2 (c · ln(c / b) − (c − b))` is at least 10.83 (p < 0.001), so that small counts over tiny baselines and
/// small relative rises of frequent words are not spikes.
public struct SpikeDetector: Sendable, Equatable {
    /// Preceding periods the baseline looks at.
    public var window: Int
    /// Least count / baseline.
    public var ratio: Double
    /// Least count in the period.
    public var minimumCount: Int
    /// Least baseline, in occurrences.
    public var floor: Double
    /// Least Poisson G.
    public var significance: Double

    /// A detector; the defaults look back 3 periods and need 3 occurrences, 3 × the baseline and p < 0.001.
    public init(window: Int = 3, ratio: Double = 3, minimumCount: Int = 3, floor: Double = 0.5, significance: Double = 10.83) {
        self.window = max(window, 1)
        self.ratio = ratio
        self.minimumCount = minimumCount
        self.floor = floor
        self.significance = significance
    }

    /// The spikes of one series: (period, count, non-white-space characters of the period), in time order.
    /// - Complexity: O(p · window log window).
    public func spikes(term: String, series: [(period: Period, count: Int, characters: Int)]) -> [Spike] {
        var out: [Spike] = []
        var seen = false
        for (t, point) in series.enumerated() {
            defer { if point.count > 0 { seen = true } }
            guard t > 0, point.characters > 0, point.count >= minimumCount else { continue }
            let prior = series[max(0, t - window)..<t].map { $0.characters > 0 ? Double($0.count) * 10_000 / Double($0.characters) : 0 }
            let rate = Self.median(prior)
            let baseline = max(rate * Double(point.characters) / 10_000, floor)
            let c = Double(point.count)
            let g = 2 * (c * log(c / baseline) - (c - baseline))
            guard c >= ratio * baseline, g >= significance else { continue }
            out.append(Spike(term: term, period: point.period, count: point.count, baseline: baseline, score: log2(c / baseline),
                             g2: g, kind: seen ? .surge : .new))
        }
        return out
    }

    /// The spikes of a trend's points.
    public func spikes(of trend: TermTrend) -> [Spike] {
        spikes(term: trend.term, series: trend.points.map { ($0.period, $0.count, $0.characters) })
    }

    static func median(_ xs: [Double]) -> Double {
        guard !xs.isEmpty else { return 0 }
        let s = xs.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    /// Spikes by score descending, then term, then period.
    public static func ranked(_ spikes: [Spike]) -> [Spike] {
        spikes.sorted { a, b in
            if a.score != b.score { return a.score > b.score }
            if a.term != b.term { return a.term.unicodeScalars.lexicographicallyPrecedes(b.term.unicodeScalars) }
            return a.period < b.period
        }
    }
}

extension DatedCorpus {
    /// Spikes of every term of the per-document `profiles` with at least `minimumTotal` occurrences overall (the
    /// automatic mode of `trend --spikes`), ranked by score.
    /// - Complexity: O(t · p) for t terms and p periods.
    public func spikes(profiles: [TermProfile], buckets: [Bucket], detector: SpikeDetector, minimumTotal: Int = 3) -> [Spike] {
        var perPeriod: [[String: Int]] = []
        var total: [String: Int] = [:]
        for bucket in buckets {
            var c: [String: Int] = [:]
            for i in bucket.documents { for (t, n) in profiles[i].counts { c[t, default: 0] += n } }
            for (t, n) in c { total[t, default: 0] += n }
            perPeriod.append(c)
        }
        var out: [Spike] = []
        for (term, n) in total where n >= minimumTotal {
            let series = buckets.indices.map { k in (buckets[k].period, perPeriod[k][term] ?? 0, buckets[k].characters) }
            out += detector.spikes(term: term, series: series)
        }
        return SpikeDetector.ranked(out)
    }
}

extension DatedCorpus {
    /// The series of `terms` over `buckets` as the per-document `profiles` count them (tokens plus policy phrases
    /// counted whole): the lines shown beside automatically found spikes.
    public func series(of terms: [String], profiles: [TermProfile], buckets: [Bucket]) -> [TermTrend] {
        terms.map { term in
            TermTrend(term: term, members: [term], points: buckets.map { bucket in
                var n = 0, docs = 0
                for i in bucket.documents {
                    let c = profiles[i].counts[term] ?? 0
                    n += c
                    if c > 0 { docs += 1 }
                }
                return TrendPoint(period: bucket.period, count: n, per10k: Per10k.of(n, characters: bucket.characters),
                                  documents: docs, periodDocuments: bucket.documents.count, characters: bucket.characters)
            })
        }
    }
}
