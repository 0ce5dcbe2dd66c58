/// The JSON value of a comparison: the one definition used by `zhtext compare --format json` and by the server's
/// `/api/compare`.
///
/// `{"a", "b", "keyness", "new", "vanished", "rank_changes", "similarity", "phrases"}`; keyness sorted by signed G²
/// descending, limited to the top ``top`` rows for and against B.
public struct ComparisonJSON: Sendable {
    /// Rows per list (0 = all).
    public var top: Int
    /// Policy phrase → category (a phrase row names its category).
    public var categories: [String: String]

    /// A rendering keeping `top` rows per list.
    public init(top: Int, categories: [String: String]) {
        self.top = top
        self.categories = categories
    }

    /// Each bundled policy phrase's category.
    public static var bundledCategories: [String: String] {
        Dictionary(PolicyPhrases.default.lexicon.phrases.map { ($0.phrase, $0.category) }, uniquingKeysWith: { a, _ in a })
    }

    /// The top N rows for B and the top N against B, still in G² order.
    public func keyness(_ c: Comparison) -> [KeynessRow] {
        guard top > 0 else { return c.keyness }
        let positive = c.keyness.filter { $0.g2 > 0 }.prefix(top)
        let negative = c.keyness.filter { $0.g2 < 0 }.suffix(top)
        return Array(positive) + Array(negative)
    }

    /// The first `top` rows (all with 0).
    public func limited(_ rows: [KeynessRow]) -> [KeynessRow] { top > 0 ? Array(rows.prefix(top)) : rows }

    /// The whole answer.
    public func value(_ c: Comparison) -> JSON {
        func side(_ s: Comparison.Side) -> JSON {
            .object([("name", .string(s.name)), ("documents", .int(s.documents)), ("characters", .int(s.characters)), ("tokens", .int(s.tokens))])
        }
        func row(_ r: KeynessRow) -> JSON {
            var fields: [(String, JSON)] = [
                ("term", .string(r.term)), ("count_a", .int(r.countA)), ("count_b", .int(r.countB)),
                ("per_10k_a", .double(r.per10kA)), ("per_10k_b", .double(r.per10kB)), ("g2", .double(r.g2)), ("p", .double(r.p)),
                ("log10_p", .double(r.log10P)),
                ("log_ratio", .double(r.logRatio)), ("percent_diff", r.percentDiff.isFinite ? .double(r.percentDiff) : .null),
                ("phrase", .bool(r.isPhrase)),
            ]
            if r.isPhrase, let category = categories[r.term] { fields.append(("category", .string(category))) }
            return .object(fields)
        }
        let o = c.similarity.overlap
        return .object([
            ("a", side(c.a)), ("b", side(c.b)),
            ("keyness", .array(keyness(c).map(row))),
            ("new", .array(limited(c.new).map(row))),
            ("vanished", .array(limited(c.vanished).map(row))),
            ("rank_changes", .array(c.rankChanges.map { r in
                .object([("term", .string(r.term)), ("rank_a", r.rankA.map(JSON.int) ?? .null), ("rank_b", r.rankB.map(JSON.int) ?? .null),
                         ("change", r.change.map(JSON.int) ?? .null)])
            })),
            ("similarity", .object([("cosine", .double(c.similarity.cosine)), ("top_keywords", .int(o.k)),
                                    ("shared_keywords", .int(o.shared.count)), ("jaccard", .double(o.jaccard)),
                                    ("shared", .array(o.shared.map(JSON.string)))])),
            ("phrases", .array(limited(c.phrases).map(row))),
        ])
    }
}
