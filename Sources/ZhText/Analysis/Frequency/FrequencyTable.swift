/// Term frequencies across a set of documents: counts, per 10,000 characters, and document frequency.
public struct FrequencyTable: Sendable, Equatable {
    /// One term's figures.
    public struct Row: Sendable, Equatable {
        /// What the term shows: its most frequent form as written.
        public var term: String
        /// Occurrences over all documents.
        public var count: Int
        /// Occurrences per 10,000 non-white-space characters of all documents.
        public var per10k: Double
        /// Documents containing the term.
        public var documents: Int
        /// `documents` divided by the number of documents.
        public var share: Double
        /// The forms merged under the term, most frequent first (empty when written one way only).
        public var variants: [String] = []
    }

    /// One document's totals (what the per-file lists show).
    public struct DocumentTotals: Sendable, Equatable {
        /// Terms (or n-grams) counted.
        public var tokens: Int
        /// Non-white-space characters.
        public var characters: Int
        /// Distinct term keys.
        public var distinctTerms: Int

        /// The totals of `counts`.
        public init(_ counts: TermCounts) {
            tokens = counts.total
            characters = counts.characters
            distinctTerms = counts.counts.count
        }
    }

    /// Each document's totals, in input order (its counts are merged into ``total`` and not kept, so a table of a
    /// million documents holds three numbers for each).
    public private(set) var documents: [DocumentTotals] = []
    /// All documents merged.
    public private(set) var total = TermCounts()
    /// Documents containing each term.
    public private(set) var documentFrequency: [String: Int] = [:]

    /// An empty table; ``add(_:)`` adds documents.
    public init() {}

    /// The table of `documents`, added in order.
    /// - Complexity: O(total distinct terms over all documents).
    public init(documents: [TermCounts]) {
        for d in documents { add(d) }
    }

    /// Adds one document's counts.
    /// - Complexity: O(distinct terms of `counts`).
    public mutating func add(_ counts: TermCounts) {
        documents.append(DocumentTotals(counts))
        total.merge(counts)
        for term in counts.counts.keys { documentFrequency[term, default: 0] += 1 }
    }

    /// Rows with at least `minimumCount` occurrences in at least `minimumRange` documents, by count descending then
    /// term; at most `top` when given.
    /// - Complexity: O(k log k) for k distinct terms.
    public func rows(minimumCount: Int = 1, minimumRange: Int = 1, top: Int? = nil) -> [Row] {
        let n = Double(max(documents.count, 1))
        var rows: [Row] = []
        let per10k = total.characters > 0 ? 10_000 / Double(total.characters) : 0
        for (key, count) in total.counts where count >= minimumCount {
            let df = documentFrequency[key] ?? 0
            if df < minimumRange { continue }
            rows.append(Row(term: total.shown(key), count: count, per10k: Double(count) * per10k, documents: df,
                            share: Double(df) / n, variants: total.variants(of: key)))
        }
        rows.sort { a, b in
            a.count != b.count ? a.count > b.count : a.term.unicodeScalars.lexicographicallyPrecedes(b.term.unicodeScalars)
        }
        if let top, top < rows.count { rows.removeSubrange(max(0, top)...) }
        return rows
    }
}
