/// The JSON value of a trend answer: the one definition used by `zhtext trend --format json` and by the server's
/// `/api/trend`, so that the same question gives the same bytes from both.
///
/// `{"by", "periods": [{"period", "documents", "characters"}], <section>: [trend…], "spikes"?: [spike…]}`; a trend is
/// `{"term", "members", "count", "first_seen", "last_seen", "peak", "slope", "direction", "series": [{"period",
/// "count", "per_10k", "documents"}]}`.
public enum TrendJSON {
    /// The whole answer: what `--by` named, the groups, each named section of trends, and the spikes when asked for.
    public static func value(by: String, buckets: [DatedCorpus.Bucket], sections: [(name: String, trends: [TermTrend])],
                             spikes: [Spike]? = nil) -> JSON {
        var fields: [(String, JSON)] = [
            ("by", .string(by)),
            ("periods", .array(buckets.map { b in
                .object([("period", .string(b.period.label)), ("documents", .int(b.documents.count)), ("characters", .int(b.characters))])
            })),
        ]
        for s in sections { fields.append((s.name, .array(s.trends.map(json)))) }
        if let spikes { fields.append(("spikes", .array(spikes.map(json)))) }
        return .object(fields)
    }

    /// One spike.
    public static func json(_ s: Spike) -> JSON {
        .object([("term", .string(s.term)), ("period", .string(s.period.label)), ("count", .int(s.count)),
                 ("baseline", .double(s.baseline)), ("score", .double(s.score)), ("g2", .double(s.g2)), ("kind", .string(s.kind.rawValue))])
    }

    /// One term's trend.
    public static func json(_ tr: TermTrend) -> JSON {
        .object([
            ("term", .string(tr.term)),
            ("members", .array(tr.members.map(JSON.string))),
            ("count", .int(tr.points.reduce(0) { $0 + $1.count })),
            ("first_seen", tr.occurrence.firstSeen.map { .string($0.label) } ?? .null),
            ("last_seen", tr.occurrence.lastSeen.map { .string($0.label) } ?? .null),
            ("peak", tr.occurrence.peak.map { .string($0.label) } ?? .null),
            ("slope", .double(tr.slope)),
            ("direction", .string(tr.direction.rawValue)),
            ("series", .array(tr.points.map { p in
                .object([("period", .string(p.period.label)), ("count", .int(p.count)), ("per_10k", .double(p.per10k)),
                         ("documents", .int(p.documents))])
            })),
        ])
    }
}
