/// Options for ``Comparison``.
public struct ComparisonOptions: Sendable, Equatable {
    /// Smallest count across both sides for a term to be listed in keyness, new and vanished (default 2, so a
    /// formulation twice in B and never in A is reported).
    public var minimumCount = 2
    /// Terms taken from the top of each side for the rank-change table.
    public var rankLimit = 20
    /// Keywords per side compared for overlap.
    public var topKeywords = 50

    /// Options; the defaults list terms seen twice, rank the top 20 and compare the top 50 keywords.
    public init(minimumCount: Int = 2, rankLimit: Int = 20, topKeywords: Int = 50) {
        self.minimumCount = minimumCount
        self.rankLimit = rankLimit
        self.topKeywords = topKeywords
    }
}

/// One term's keyness of B against A.
public struct KeynessRow: Sendable, Equatable {
    /// The term (its most frequent form as written) or policy phrase.
    public var term: String
    /// Occurrences in A.
    public var countA: Int
    /// Occurrences in B.
    public var countB: Int
    /// Occurrences per 10,000 characters of A.
    public var per10kA: Double
    /// Occurrences per 10,000 characters of B.
    public var per10kB: Double
    /// Signed log-likelihood (positive: more frequent in B).
    public var g2: Double
    /// p-value of G² (chi-square, 1 d.f.).
    public var p: Double
    /// Log Ratio (binary log of the relative-frequency ratio, B over A).
    public var logRatio: Double
    /// %DIFF of per-10k frequencies (+infinity when absent from A).
    public var percentDiff: Double
    /// Whether the term is a policy phrase counted as a whole.
    public var isPhrase: Bool
}

/// What changed from A to B: keyness, new and vanished terms, rank changes and similarity.
public struct Comparison: Sendable {
    /// A side's size.
    public struct Side: Sendable, Equatable {
        /// What the side is: a file, a folder, a period.
        public var name: String
        /// Documents on this side.
        public var documents: Int
        /// Non-white-space characters on this side.
        public var characters: Int
        /// Word tokens on this side (the corpus size for keyness).
        public var tokens: Int
    }

    /// How alike the two sides are.
    public struct Similarity: Sendable, Equatable {
        /// Cosine of the TF-IDF vectors (see ``CosineSimilarity``).
        public var cosine: Double
        /// Overlap of the top keywords (by TF-IDF) of each side.
        public var overlap: KeywordOverlap
    }

    /// The reference side.
    public var a: Side
    /// The study side.
    public var b: Side
    /// Terms with at least ``ComparisonOptions/minimumCount`` occurrences on both sides together, sorted by signed
    /// G² descending, then term (positive first: more frequent in B).
    public var keyness: [KeynessRow]
    /// Terms absent from A and present in B (at least the minimum count): policy phrases first, then by count in B.
    public var new: [KeynessRow]
    /// Terms present in A and absent from B: policy phrases first, then by count in A.
    public var vanished: [KeynessRow]
    /// Policy phrases found on either side (any count), sorted by signed G².
    public var phrases: [KeynessRow]
    /// How the most frequent terms moved (see ``RankChange/table(a:b:limit:)``).
    public var rankChanges: [RankChange]
    /// How alike the two sides are.
    public var similarity: Similarity

    /// Compares side B against side A (A is the reference, B the study side). `documentsA`/`documentsB` are the
    /// per-document profiles of each side (for the document frequencies of TF-IDF).
    /// - Complexity: O(t log t) in the number of distinct terms.
    public init(a nameA: String, _ documentsA: [TermProfile], b nameB: String, _ documentsB: [TermProfile],
                options: ComparisonOptions = ComparisonOptions()) {
        let pa = TermProfile.merged(documentsA), pb = TermProfile.merged(documentsB)
        a = Side(name: nameA, documents: pa.documents, characters: pa.characters, tokens: pa.tokens)
        b = Side(name: nameB, documents: pb.documents, characters: pb.characters, tokens: pb.tokens)
        let units = pa.units.union(pb.units)
        var forms = pa.variants
        forms.merge(pb.variants)
        let terms = Set(pa.counts.keys).union(pb.counts.keys)
        var rows: [KeynessRow] = []
        var phraseRows: [KeynessRow] = []
        for term in terms {
            let ca = pa.counts[term] ?? 0, cb = pb.counts[term] ?? 0
            let isPhrase = units.contains(term)
            guard ca + cb >= options.minimumCount || isPhrase else { continue }
            let g2 = LogLikelihood.g2(a: ca, b: cb, sizeA: pa.tokens, sizeB: pb.tokens)
            let row = KeynessRow(term: forms.shown(term, count: ca + cb), countA: ca, countB: cb, per10kA: pa.per10k(ca), per10kB: pb.per10k(cb),
                                 g2: g2, p: LogLikelihood.pValue(g2),
                                 logRatio: LogRatio.value(a: ca, b: cb, sizeA: pa.tokens, sizeB: pb.tokens),
                                 percentDiff: PercentDiff.value(a: pa.per10k(ca), b: pb.per10k(cb)), isPhrase: isPhrase)
            if isPhrase { phraseRows.append(row) }
            if ca + cb >= options.minimumCount { rows.append(row) }
        }
        let byG2: (KeynessRow, KeynessRow) -> Bool = { $0.g2 != $1.g2 ? $0.g2 > $1.g2 : $0.term.precedesInCodePointOrder($1.term) }
        keyness = rows.filter { $0.g2 != 0 }.sorted(by: byG2)
        phrases = phraseRows.filter { $0.countA != $0.countB || $0.g2 != 0 }.sorted(by: byG2)
        func order(_ count: KeyPath<KeynessRow, Int>) -> (KeynessRow, KeynessRow) -> Bool {
            { x, y in
                x.isPhrase != y.isPhrase ? x.isPhrase : (x[keyPath: count] != y[keyPath: count] ? x[keyPath: count] > y[keyPath: count] : x.term.precedesInCodePointOrder(y.term))
            }
        }
        new = rows.filter { $0.countA == 0 }.sorted(by: order(\.countB))
        vanished = rows.filter { $0.countB == 0 }.sorted(by: order(\.countA))
        rankChanges = RankChange.table(a: pa.counts, b: pb.counts, limit: options.rankLimit)

        let all = documentsA + documentsB
        var df: [String: Int] = [:]
        for d in all { for (t, n) in d.documentFrequency { df[t, default: 0] += n } }
        // Profiles may be documents or groups of documents already summed: count the documents they hold.
        let documents = all.reduce(0) { $0 + $1.documents }
        let va = CosineSimilarity.tfidf(pa.counts, documentFrequency: df, documents: documents)
        let vb = CosineSimilarity.tfidf(pb.counts, documentFrequency: df, documents: documents)
        func top(_ v: [String: Double]) -> [String] {
            v.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.precedesInCodePointOrder($1.key) }.prefix(options.topKeywords).map(\.key)
        }
        similarity = Similarity(cosine: CosineSimilarity.cosine(va, vb),
                                overlap: KeywordOverlap(top(va), top(vb), k: options.topKeywords))
    }
}
