/// A trend question over a corpus: the terms and groups to follow (or, without any, the terms that rose and fell the
/// most), the policy phrases to add, and whether to mark spikes. One definition for `zhtext trend` and the server's
/// `/api/trend`, so that the same question gives the same answer from both.
public struct TrendQuestion: Sendable {
    /// Terms followed one by one (each its own series, named as given).
    public var terms: [String]
    /// Terms counted together: a name and its members.
    public var groups: [(name: String, members: [String])]
    /// Follow the policy phrases of this matcher that occur (nil: none).
    public var phrases: PolicyPhrases?
    /// Fold Traditional to Simplified in the terms (as the store's texts are).
    public var foldScript: Bool
    /// Without terms: how many rising and falling terms.
    public var top: Int
    /// Without terms: the least total count of a term.
    public var minimumCount: Int
    /// Without terms: every word token, not only content terms.
    public var allTerms: Bool
    /// Mark spikes with this detector (nil: no spikes).
    public var spikes: SpikeDetector?

    /// A question; by default the rising and falling terms.
    public init(terms: [String] = [], groups: [(name: String, members: [String])] = [], phrases: PolicyPhrases? = nil,
                foldScript: Bool = true, top: Int = 20, minimumCount: Int = 3, allTerms: Bool = false, spikes: SpikeDetector? = nil) {
        self.terms = terms
        self.groups = groups
        self.phrases = phrases
        self.foldScript = foldScript
        self.top = top
        self.minimumCount = minimumCount
        self.allTerms = allTerms
        self.spikes = spikes
    }

    /// Parses a group `NAME=T1,T2,…`; nil when it has no name or no term.
    public static func group(parsing text: String) -> (name: String, members: [String])? {
        guard let eq = text.firstIndex(of: "=") else { return nil }
        let name = String(text[..<eq])
        let members = text[text.index(after: eq)...].split(separator: ",").map(String.init)
        guard !name.isEmpty, !members.isEmpty else { return nil }
        return (name, members)
    }

    /// The terms and groups as queries, normalized as documents are.
    public var queries: [TrendQuery] {
        var queries = terms.map { TrendQuery(name: $0, members: [TermKey.normalizedQuery($0, foldScript: foldScript)]) }
        for g in groups {
            queries.append(TrendQuery(name: g.name, members: g.members.map { TermKey.normalizedQuery($0, foldScript: foldScript) }))
        }
        return queries
    }

    /// The answer: named sections of trends (`terms`; or `rising`, `falling` and with spikes `spiking`) and the
    /// spikes when asked for.
    public func answer(in source: some CorpusSource, groups selection: CorpusGroups) throws
        -> (sections: [(name: String, trends: [TermTrend])], spikes: [Spike]?) {
        let queries = self.queries
        if queries.isEmpty && phrases == nil && spikes == nil {
            // Rising and falling terms from each period's summed profile (a store sums them from its term ids).
            let (rising, falling) = try CorpusQueries.risingAndFalling(in: source, groups: selection, limit: top, minimumCount: minimumCount,
                                                                       model: try .series(allTerms: allTerms))
            return ([(name: "rising", trends: rising), (name: "falling", trends: falling)], nil)
        }
        if queries.isEmpty && phrases == nil {
            let profiles = try CorpusQueries.profiles(of: selection.entries, in: source, model: try .series(allTerms: allTerms))
            // risingAndFalling and spikes read only the profiles and buckets, not the corpus's own documents.
            let series = DatedCorpus(documents: [])
            let (rising, falling) = series.risingAndFalling(profiles: profiles, buckets: selection.buckets, limit: top, minimumCount: minimumCount)
            var sections = [(name: "rising", trends: rising), (name: "falling", trends: falling)]
            var found: [Spike]? = nil
            if let detector = spikes {
                // Every term of the corpus is looked at; the best spikes are listed, with their terms' series.
                let all = series.spikes(profiles: profiles, buckets: selection.buckets, detector: detector, minimumTotal: minimumCount)
                var names: [String] = []
                for s in all where !names.contains(s.term) && names.count < top { names.append(s.term) }
                found = all.filter { names.contains($0.term) }
                sections.append((name: "spiking", trends: series.series(of: names, profiles: profiles, buckets: selection.buckets)))
            }
            return (sections, found)
        }
        let trends = try CorpusQueries.trend(of: queries, phrases: phrases, in: source, groups: selection)
        let found = spikes.map { d in SpikeDetector.ranked(trends.flatMap(d.spikes(of:))) }
        return ([(name: "terms", trends: trends)], found)
    }
}
