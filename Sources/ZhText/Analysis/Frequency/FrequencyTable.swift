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

    /// The documents' counts, in input order.
    public let documents: [TermCounts]
    /// All documents merged.
    public let total: TermCounts
    /// Documents containing each term.
    public let documentFrequency: [String: Int]

    /// - Complexity: O(total distinct terms over all documents).
    public init(documents: [TermCounts]) {
        self.documents = documents
        var total = TermCounts()
        var df: [String: Int] = [:]
        for d in documents {
            total.merge(d)
            for term in d.counts.keys { df[term, default: 0] += 1 }
        }
        self.total = total
        self.documentFrequency = df
    }

    /// Rows with at least `minimumCount` occurrences, by count descending then term; at most `top` when given.
    /// - Complexity: O(k log k) for k distinct terms.
    public func rows(minimumCount: Int = 1, top: Int? = nil) -> [Row] {
        let n = Double(max(documents.count, 1))
        var rows: [Row] = []
        let per10k = total.characters > 0 ? 10_000 / Double(total.characters) : 0
        for (key, count) in total.counts where count >= minimumCount {
            let df = documentFrequency[key] ?? 0
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
