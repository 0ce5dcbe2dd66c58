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

    /// A point of a series.
    public init(period: Period, count: Int, per10k: Double, documents: Int, periodDocuments: Int, characters: Int) {
        self.period = period
        self.count = count
        self.per10k = per10k
        self.documents = documents
        self.periodDocuments = periodDocuments
        self.characters = characters
    }
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
    /// For the automatic rising and falling terms: the early-versus-late change that ranked the term.
    public var change: SeriesChange? = nil
    /// The direction of ``change`` when there is one (so that labels agree with the ranking); otherwise rising or
    /// falling when the Mann–Kendall test says so at p < 0.05, flat otherwise.
    public var direction: TrendDirection { change?.direction ?? test.direction() }

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

    /// The terms that rose and fell the most between the early and the late part of the series (``SeriesChange``:
    /// ranked by |Log Ratio| among the terms whose change is significant, rising only when still in use at the end),
    /// from per-document term profiles (`profiles[i]` belongs to `documents[i]`). Only terms with at least
    /// `minimumCount` occurrences overall are considered; each listed trend carries its ``TermTrend/change`` and is
    /// labelled by it. Ties sorted by term.
    /// - Complexity: O(t · p) for t distinct terms and p periods.
    public func risingAndFalling(profiles: [TermProfile], buckets: [Bucket], limit: Int,
                                 minimumCount: Int = 3) -> (rising: [TermTrend], falling: [TermTrend]) {
        guard buckets.count >= 2 else { return ([], []) }
        let periods = buckets.map { bucket in
            var p = TermProfile()
            for i in bucket.documents { p.add(profiles[i]) }
            return p
        }
        return risingAndFalling(periodProfiles: periods, buckets: buckets, limit: limit, minimumCount: minimumCount)
    }

    /// ``risingAndFalling(profiles:buckets:limit:minimumCount:)`` from each period's profile already summed
    /// (`periodProfiles[k]` is the sum of the profiles of `buckets[k]`'s documents; its document frequencies count
    /// the documents holding each term).
    public func risingAndFalling(periodProfiles: [TermProfile], buckets: [Bucket], limit: Int,
                                 minimumCount: Int = 3) -> (rising: [TermTrend], falling: [TermTrend]) {
        guard buckets.count >= 2 else { return ([], []) }
        let perPeriod = periodProfiles.map(\.counts)
        let docsPerPeriod = periodProfiles.map(\.documentFrequency)
        let tokens = periodProfiles.map(\.tokens)
        var total: [String: Int] = [:]
        var forms = TermVariants()
        for p in periodProfiles {
            for (t, k) in p.counts { total[t, default: 0] += k }
            forms.merge(p.variants)
        }
        var rising: [(term: String, change: SeriesChange)] = []
        var falling: [(term: String, change: SeriesChange)] = []
        for (term, n) in total where n >= minimumCount {
            let change = SeriesChange(counts: perPeriod.map { $0[term] ?? 0 }, tokens: tokens)
            switch change.direction {
            case .rising: rising.append((term, change))
            case .falling: falling.append((term, change))
            case .flat: break
            }
        }
        func series(_ term: String, _ change: SeriesChange) -> TermTrend {
            let points = buckets.indices.map { k -> TrendPoint in
                let count = perPeriod[k][term] ?? 0
                let chars = buckets[k].characters
                return TrendPoint(period: buckets[k].period, count: count,
                                  per10k: chars > 0 ? Double(count) * 10_000 / Double(chars) : 0,
                                  documents: docsPerPeriod[k][term] ?? 0, periodDocuments: buckets[k].documents.count,
                                  characters: chars)
            }
            var trend = TermTrend(term: forms.shown(term, count: total[term] ?? 0), members: [term], points: points)
            trend.change = change
            return trend
        }
        let order: ((term: String, change: SeriesChange), (term: String, change: SeriesChange)) -> Bool = {
            SeriesChange.ranks($0.change, $0.term, before: $1.change, $1.term)
        }
        return (rising.sorted(by: order).prefix(max(0, limit)).map { series($0.term, $0.change) },
                falling.sorted(by: order).prefix(max(0, limit)).map { series($0.term, $0.change) })
    }
}
