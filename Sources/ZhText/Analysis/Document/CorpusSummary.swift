/// What several analysed documents have in common: top terms and phrases across them and, when they are dated, how
/// the top phrases moved from period to period. Built incrementally, one document at a time, in input order.
public struct CorpusSummary: Sendable {
    /// A term or phrase across the corpus.
    public struct Entry: Sendable, Equatable {
        /// The term or phrase.
        public var term: String
        /// Occurrences over all documents (for phrases: every occurrence, nested ones included).
        public var count: Int
        /// For phrases: leftmost-longest occurrences only (十四五 inside 十四五规划 not counted); for terms: ``count``.
        /// Phrases are ranked and shown by this count.
        public var longestCount: Int
        /// Documents containing it.
        public var documents: Int
        /// Occurrences (``longestCount``) per 10,000 non-white-space characters of all documents.
        public var per10k: Double
    }

    /// A phrase's counts per period.
    public struct PhraseTrend: Sendable, Equatable {
        /// The canonical phrase.
        public var phrase: String
        /// The first period in which it occurs.
        public var firstSeen: String
        /// The last period in which it occurs.
        public var lastSeen: String
        /// (period, count, per 10k) in period order, periods without the phrase included with 0; counts are
        /// leftmost-longest occurrences, as in ``Entry/longestCount``.
        public var periods: [(period: String, count: Int, per10k: Double)]

        public static func == (a: PhraseTrend, b: PhraseTrend) -> Bool {
            a.phrase == b.phrase && a.firstSeen == b.firstSeen && a.lastSeen == b.lastSeen
                && a.periods.map(\.period) == b.periods.map(\.period) && a.periods.map(\.count) == b.periods.map(\.count)
        }
    }

    /// Documents added.
    public private(set) var documents = 0
    /// Non-white-space characters of all documents.
    public private(set) var characters = 0
    /// Content terms of all documents (by key, with their forms) and the documents containing each.
    private var terms = TermCounts()
    private var termDocuments: [String: Int] = [:]
    private var phraseCounts: [String: (count: Int, longest: Int, documents: Int)] = [:]
    /// period → (characters, phrase → count)
    private var periods: [String: (characters: Int, phrases: [String: Int])] = [:]
    /// Documents added with a period.
    public private(set) var datedDocuments = 0

    public init() {}

    /// Adds one analysed document; `period` is its year (or other period label) when it is dated.
    public mutating func add(_ analysis: DocumentAnalysis, period: String?) {
        documents += 1
        characters += analysis.statistics.characters
        terms.merge(analysis.contentTerms)
        for key in analysis.contentTerms.counts.keys { termDocuments[key, default: 0] += 1 }
        for phrase in analysis.phrases {
            let old = phraseCounts[phrase.phrase] ?? (0, 0, 0)
            phraseCounts[phrase.phrase] = (old.count + phrase.count, old.longest + phrase.longestCount, old.documents + 1)
        }
        if let period {
            datedDocuments += 1
            var bucket = periods[period] ?? (0, [:])
            bucket.characters += analysis.statistics.characters
            for phrase in analysis.phrases { bucket.phrases[phrase.phrase, default: 0] += phrase.longestCount }
            periods[period] = bucket
        }
    }

    /// The `limit` most frequent content terms (shown in their most frequent form), count descending then term.
    public func topTerms(_ limit: Int) -> [Entry] {
        var merged: [String: (count: Int, longest: Int, documents: Int)] = [:]
        merged.reserveCapacity(terms.counts.count)
        for (key, count) in terms.counts { merged[terms.shown(key)] = (count, count, termDocuments[key] ?? 0) }
        return Self.top(merged, limit: limit, characters: characters)
    }

    /// The `limit` most frequent policy phrases, leftmost-longest count descending then phrase (a phrase seen only
    /// inside longer ones ranks by what a reader sees).
    public func topPhrases(_ limit: Int) -> [Entry] { Self.top(phraseCounts, limit: limit, characters: characters) }

    /// Period by period counts of the top `limit` phrases; empty unless at least two periods are dated.
    public func phraseTrends(_ limit: Int) -> [PhraseTrend] {
        let labels = periods.keys.sorted()
        guard labels.count >= 2 else { return [] }
        return topPhrases(limit).map { entry in
            let rows = labels.map { label -> (period: String, count: Int, per10k: Double) in
                let bucket = periods[label]!
                let count = bucket.phrases[entry.term] ?? 0
                return (label, count, bucket.characters > 0 ? Double(count) * 10_000 / Double(bucket.characters) : 0)
            }
            let seen = rows.filter { $0.count > 0 }.map(\.period)
            return PhraseTrend(phrase: entry.term, firstSeen: seen.first ?? "", lastSeen: seen.last ?? "", periods: rows)
        }
    }

    /// The dated periods, in order.
    public var periodLabels: [String] { periods.keys.sorted() }

    private static func top(_ counts: [String: (count: Int, longest: Int, documents: Int)], limit: Int, characters: Int) -> [Entry] {
        let per = characters > 0 ? 10_000 / Double(characters) : 0
        return counts.filter { $0.value.longest > 0 || $0.value.count > 0 }
            .map { Entry(term: $0.key, count: $0.value.count, longestCount: $0.value.longest, documents: $0.value.documents,
                         per10k: Double($0.value.longest) * per) }
            .sorted { $0.longestCount != $1.longestCount ? $0.longestCount > $1.longestCount : $0.term < $1.term }
            .prefix(limit).map { $0 }
    }
}
