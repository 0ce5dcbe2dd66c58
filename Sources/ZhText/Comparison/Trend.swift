/// A term (or group of terms) to follow across periods.
public struct TrendQuery: Sendable, Equatable {
    /// The name shown: the term itself, or the group's name.
    public var name: String
    /// The strings counted (one for a term; several for a group, whose counts add up).
    public var members: [String]

    /// A group of `members` shown as `name`.
    public init(name: String, members: [String]) {
        self.name = name
        self.members = members
    }

    /// A single term.
    public static func term(_ t: String) -> TrendQuery { TrendQuery(name: t, members: [t]) }
}

/// A term's figures in one period.
public struct TrendPoint: Sendable, Equatable {
    /// The period.
    public var period: Period
    /// Occurrences in the period.
    public var count: Int
    /// Occurrences per 10,000 non-white-space characters of the period's normalized text.
    public var per10k: Double
    /// Documents of the period that contain the term.
    public var documents: Int
    /// Documents in the period.
    public var periodDocuments: Int
    /// Non-white-space characters in the period.
    public var characters: Int
}

/// A term's series over the periods of a corpus, with when it appeared and which way it goes.
public struct TermTrend: Sendable, Equatable {
    /// The name shown (the term, or the group's name).
    public var term: String
    /// The strings counted (more than one for a group).
    public var members: [String]
    /// One point per period of the corpus, in time order (zero counts included).
    public var points: [TrendPoint]
    /// When the term was first and last seen, and its peak.
    public var occurrence: Occurrence
    /// Theil–Sen slope of per-10k over the periods' positions (per year with `--by year`, per month with `month`…).
    public var slope: Double
    /// Mann–Kendall test of the per-10k series.
    public var test: MannKendall
    /// Rising or falling when the Mann–Kendall test says so at p < 0.05, flat otherwise.
    public var direction: TrendDirection { test.direction() }

    /// Builds the series from per-period counts.
    public init(term: String, members: [String], points: [TrendPoint]) {
        self.term = term
        self.members = members
        self.points = points
        self.occurrence = Occurrence(points.map { ($0.period, $0.count, $0.per10k) })
        self.slope = TheilSen.slope(points.map { (Double($0.period.ordinal), $0.per10k) })
        self.test = MannKendall(points.map(\.per10k))
    }
}

extension DatedCorpus {
    /// The trend of each query over `buckets` (from ``buckets(by:)``), counting each member's occurrences in the
    /// normalized text (independent of segmentation). `counts`, when given, supplies per-document counts keyed by
    /// member instead (e.g. policy phrases counted with their variants).
    /// - Complexity: O(q · n) for q member strings over n characters.
    public func trend(of queries: [TrendQuery], buckets: [Bucket],
                      counts: (([String], DatedDocument) -> [String: Int])? = nil) -> [TermTrend] {
        let members = Array(Set(queries.flatMap(\.members))).sorted()
        let perDocument: [[String: Int]] = documents.map { doc in
            if let counts { return counts(members, doc) }
            var c: [String: Int] = [:]
            for m in members { c[m] = TermOccurrences(m).count(in: doc.text.scalars) }
            return c
        }
        return queries.map { q in
            let points = buckets.map { bucket -> TrendPoint in
                var count = 0, docs = 0
                for i in bucket.documents {
                    let n = q.members.reduce(0) { $0 + (perDocument[i][$1] ?? 0) }
                    count += n
                    if n > 0 { docs += 1 }
                }
                return TrendPoint(period: bucket.period, count: count,
                                  per10k: bucket.characters > 0 ? Double(count) * 10_000 / Double(bucket.characters) : 0,
                                  documents: docs, periodDocuments: bucket.documents.count, characters: bucket.characters)
            }
            return TermTrend(term: q.name, members: q.members, points: points)
        }
    }

    /// The terms whose frequency rose and fell the most (largest positive and negative Theil–Sen slopes), from
    /// per-document token profiles (`profiles[i]` belongs to `documents[i]`). Only terms with at least
    /// `minimumCount` occurrences overall, seen in at least two periods, are considered; ties sorted by term.
    /// - Complexity: O(t · p² log p) for t candidate terms and p periods.
    public func risingAndFalling(profiles: [TermProfile], buckets: [Bucket], limit: Int,
                                 minimumCount: Int = 3) -> (rising: [TermTrend], falling: [TermTrend]) {
        guard buckets.count >= 2 else { return ([], []) }
        var perPeriod: [[String: Int]] = []
        var docsPerPeriod: [[String: Int]] = []
        var total: [String: Int] = [:]
        for bucket in buckets {
            var c: [String: Int] = [:], d: [String: Int] = [:]
            for i in bucket.documents {
                for (t, n) in profiles[i].counts { c[t, default: 0] += n; d[t, default: 0] += 1 }
            }
            for (t, n) in c { total[t, default: 0] += n }
            perPeriod.append(c)
            docsPerPeriod.append(d)
        }
        let candidates = total.filter { t, n in
            n >= minimumCount && perPeriod.lazy.filter { $0[t] != nil }.prefix(2).count == 2
        }.keys
        // Slopes first (cheap), full series only for the terms listed.
        let xs = buckets.map { Double($0.period.ordinal) }
        var buffer: [Double] = []
        buffer.reserveCapacity(xs.count * xs.count / 2)
        var slopes: [(term: String, slope: Double)] = []
        for term in candidates {
            let ys = buckets.indices.map { k -> Double in
                let chars = buckets[k].characters
                return chars > 0 ? Double(perPeriod[k][term] ?? 0) * 10_000 / Double(chars) : 0
            }
            let slope = TheilSen.slope(x: xs, y: ys, buffer: &buffer)
            if slope != 0 { slopes.append((term, slope)) }
        }
        func series(_ term: String) -> TermTrend {
            let points = buckets.indices.map { k -> TrendPoint in
                let count = perPeriod[k][term] ?? 0
                let chars = buckets[k].characters
                return TrendPoint(period: buckets[k].period, count: count,
                                  per10k: chars > 0 ? Double(count) * 10_000 / Double(chars) : 0,
                                  documents: docsPerPeriod[k][term] ?? 0, periodDocuments: buckets[k].documents.count,
                                  characters: chars)
            }
            return TermTrend(term: term, members: [term], points: points)
        }
        let rising = slopes.filter { $0.slope > 0 }.sorted { $0.slope != $1.slope ? $0.slope > $1.slope : $0.term < $1.term }
            .prefix(limit).map { series($0.term) }
        let falling = slopes.filter { $0.slope < 0 }.sorted { $0.slope != $1.slope ? $0.slope < $1.slope : $0.term < $1.term }
            .prefix(limit).map { series($0.term) }
        return (Array(rising.prefix(limit)), Array(falling.prefix(limit)))
    }
}
