/// Documents of a corpus grouped for a query.
public struct CorpusGroups: Sendable {
    /// The documents the query selected (`--where`), in corpus order.
    public var entries: [CorpusEntry]
    /// The groups in order (time order for periods; value order for fields); ``DatedCorpus/Bucket/documents`` index
    /// ``entries``.
    public var buckets: [DatedCorpus.Bucket]
    /// Documents left out of every group, each `file (reason)`: undated, a date not precise enough, no such field.
    public var skipped: [String]
}

/// The corpus queries: each is one function over a ``CorpusSource``, so that files and the store answer alike.
public enum CorpusQueries {
    /// Groups `entries` by `grouping`. Periods: as ``DatedCorpus/buckets(by:)`` (labels in order of first
    /// appearance); fields: one group per value, in Unicode scalar order.
    /// - Complexity: O(n log n).
    public static func groups(_ entries: [CorpusEntry], by grouping: CorpusGrouping) -> CorpusGroups {
        var byLabel: [String: DatedCorpus.Bucket] = [:]
        var order: [String] = []
        var skipped: [String] = []
        for (i, entry) in entries.enumerated() {
            let doc = entry.record
            let label: String?
            var period: Period?
            switch grouping {
            case .period(.label):
                label = doc.label ?? doc.date?.description
                period = label.map { l in Period.label(l, index: order.firstIndex(of: l) ?? order.count) }
            case let .period(unit):
                period = doc.date.flatMap { unit.period(of: $0) }
                label = period?.label
            case let .field(name):
                label = doc.value(of: name)
                period = label.map { Period(label: $0, ordinal: 0) }
            }
            guard let period, let label else {
                let why: String
                switch grouping {
                case let .field(name): why = "no field \(name)"
                case .period(.label): why = "no label or date"
                case let .period(unit): why = doc.date.map { "date \($0) is not precise enough for --by \(unit.rawValue)" } ?? "no date"
                }
                skipped.append("\(doc.file) (\(why))")
                continue
            }
            if byLabel[label] == nil {
                order.append(label)
                byLabel[label] = DatedCorpus.Bucket(period: period, documents: [], characters: 0)
            }
            byLabel[label]!.documents.append(i)
            byLabel[label]!.characters += doc.characters
        }
        var buckets: [DatedCorpus.Bucket]
        if case .field = grouping {
            let sorted = order.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
            buckets = sorted.enumerated().map { k, label in
                var b = byLabel[label]!
                b.period = Period(label: label, ordinal: k)
                return b
            }
        } else {
            buckets = byLabel.values.sorted { $0.period < $1.period }
        }
        return CorpusGroups(entries: entries, buckets: buckets, skipped: skipped)
    }

    /// The selected documents of `source`, grouped.
    public static func groups(in source: some CorpusSource, where filter: DocumentFilter,
                              by grouping: CorpusGrouping) throws -> CorpusGroups {
        try check(grouping, in: source)
        return groups(try source.entries(matching: filter), by: grouping)
    }

    /// Throws ``ZhTextError/invalidArgument(_:)`` for `--by FIELD` naming a field no document has.
    public static func check(_ grouping: CorpusGrouping, in source: some CorpusSource) throws {
        guard case let .field(name) = grouping else { return }
        let known = try source.fieldNames()
        guard DocumentRecord.builtInFields.contains(name) || known.contains(name) else {
            throw ZhTextError.invalidArgument("--by \(name): no such period or field (periods: year, quarter, month, week, day, label; fields: \((DocumentRecord.builtInFields + known).joined(separator: ", ")))")
        }
    }

    /// The series of each query over `groups`: `count` = occurrences of the member strings in the normalized text
    /// (for a policy phrase of `phrases`, every form of the phrase); per 10k of the group's characters; the
    /// documents that contain it. With `phrases`, every phrase of its lexicon that occurs is followed too (after
    /// the queries, in lexicon order).
    public static func trend(of queries: [TrendQuery], phrases: PolicyPhrases? = nil, in source: some CorpusSource,
                             groups: CorpusGroups) throws -> [TermTrend] {
        let keys = groups.entries.map(\.key)
        var queries = queries
        var phraseCounts: [[String: Int]] = []
        if let phrases {
            var byKey: [Int: [String: Int]] = [:]
            try source.forEachText(of: keys, containing: nil) { k, text in byKey[k] = phrases.counts(in: text) }
            phraseCounts = keys.map { byKey[$0] ?? [:] }
            var seen = Set<String>()
            for c in phraseCounts { seen.formUnion(c.keys) }
            let named = Set(queries.map(\.name))
            queries += phrases.lexicon.phrases.map(\.phrase).filter { seen.contains($0) && !named.contains($0) }.map(TrendQuery.term)
        }
        let members = Array(Set(queries.flatMap(\.members))).sorted()
        let occurrences = try source.occurrences(of: members, in: keys)
        let column = Dictionary(uniqueKeysWithValues: members.enumerated().map { ($1, $0) })
        func count(_ m: String, _ i: Int) -> Int {
            if !phraseCounts.isEmpty, let c = phraseCounts[i][m] { return c }
            return occurrences[i][column[m]!]
        }
        return queries.map { q in
            let points = groups.buckets.map { bucket -> TrendPoint in
                var n = 0, docs = 0
                for i in bucket.documents {
                    let c = q.members.reduce(0) { $0 + count($1, i) }
                    n += c
                    if c > 0 { docs += 1 }
                }
                return TrendPoint(period: bucket.period, count: n, per10k: Per10k.of(n, characters: bucket.characters),
                                  documents: docs, periodDocuments: bucket.documents.count, characters: bucket.characters)
            }
            return TermTrend(term: q.name, members: q.members, points: points)
        }
    }

    /// The per-document term profiles (tokens plus policy phrases counted whole) of `entries`, in their order.
    public static func profiles(of entries: [CorpusEntry], in source: some CorpusSource, model: TermModel) throws -> [TermProfile] {
        var byKey: [Int: TermProfile] = [:]
        try source.forEachTerms(of: entries.map(\.key)) { k, terms in byKey[k] = terms.profile(model: model) }
        return entries.map { byKey[$0.key] ?? TermProfile() }
    }

    /// The profiles of `entries` with the policy phrases of `phrases` (e.g. some categories only) counted whole
    /// instead of every phrase of the stored counts: the phrases are matched in each text again (no segmenting), as
    /// ``TermCounting`` with `phrases` as its units counts them. `nil`: ``profiles(of:in:model:)``.
    public static func profiles(of entries: [CorpusEntry], in source: some CorpusSource, model: TermModel,
                                phrases: (any UnitCounter)?) throws -> [TermProfile] {
        guard let phrases else { return try profiles(of: entries, in: source, model: model) }
        var counts: [Int: [String: Int]] = [:]
        try source.forEachText(of: entries.map(\.key), containing: nil) { k, text in counts[k] = phrases.counts(in: text).filter { $0.value > 0 } }
        var byKey: [Int: TermProfile] = [:]
        try source.forEachTerms(of: entries.map(\.key)) { k, terms in byKey[k] = terms.profile(model: model, phrases: counts[k] ?? [:]) }
        return entries.map { byKey[$0.key] ?? TermProfile() }
    }

    /// The terms that rose and fell the most over `groups` (see ``DatedCorpus/risingAndFalling(profiles:buckets:limit:minimumCount:)``).
    public static func risingAndFalling(in source: some CorpusSource, groups: CorpusGroups, limit: Int,
                                        minimumCount: Int = 3, model: TermModel) throws -> (rising: [TermTrend], falling: [TermTrend]) {
        let periods = try source.mergedProfiles(of: groups.buckets.map { $0.documents.map { groups.entries[$0].key } }, model: model)
        // risingAndFalling reads only the profiles and buckets, not the corpus's own documents.
        return DatedCorpus(documents: []).risingAndFalling(periodProfiles: periods, buckets: groups.buckets, limit: limit,
                                                           minimumCount: minimumCount)
    }

    /// Compares side B against side A (each a list of documents of the source).
    public static func compare(a nameA: String, _ a: [CorpusEntry], b nameB: String, _ b: [CorpusEntry],
                               in source: some CorpusSource, model: TermModel,
                               options: ComparisonOptions = ComparisonOptions()) throws -> Comparison {
        let sides = try source.mergedProfiles(of: [a.map(\.key), b.map(\.key)], model: model)
        return Comparison(a: nameA, [sides[0]], b: nameB, [sides[1]], options: options)
    }

    /// Per-document term counts under `filter` (tokens; word n-grams with `ngram` > 1, counted from the text).
    public static func frequencies(of entries: [CorpusEntry], in source: some CorpusSource, filter: TermFilter,
                                   ngram: Int = 1, segmenter: some Segmenter = LexiconSegmenter.shared) throws -> [TermCounts] {
        var all: [TermCounts] = []
        all.reserveCapacity(entries.count)
        try forEachFrequency(of: entries, in: source, filter: filter, ngram: ngram, segmenter: segmenter) { all.append($1) }
        return all
    }

    /// ``frequencies(of:in:filter:ngram:segmenter:)`` one document at a time, in the order of `entries` (empty counts
    /// for a document the source has no counts or text for), holding one document's counts at a time.
    public static func forEachFrequency(of entries: [CorpusEntry], in source: some CorpusSource, filter: TermFilter,
                                        ngram: Int = 1, segmenter: some Segmenter = LexiconSegmenter.shared,
                                        _ body: (CorpusEntry, TermCounts) throws -> Void) throws {
        let keys = entries.map(\.key)
        var next = 0
        // The source gives the documents in the order of `keys`; one it skips gets empty counts.
        func give(_ key: Int, _ counts: TermCounts) throws {
            guard let at = entries[next...].firstIndex(where: { $0.key == key }) else { return }
            while next < at { try body(entries[next], TermCounts()); next += 1 }
            try body(entries[next], counts)
            next += 1
        }
        if ngram <= 1 {
            try source.forEachTerms(of: keys) { k, terms in try give(k, terms.termCounts(filter: filter)) }
        } else {
            try source.forEachText(of: keys, containing: nil) { k, text in
                try give(k, TermCounts(text: text, segmenter: segmenter, filter: filter, ngram: ngram))
            }
        }
        while next < entries.count { try body(entries[next], TermCounts()); next += 1 }
    }

    /// Every occurrence of `term` in each of `entries` (an empty list for a document without it), in their order.
    public static func concordance(of term: String, in entries: [CorpusEntry], source: some CorpusSource,
                                   context: Int = 20) throws -> [(entry: CorpusEntry, hits: [ConcordanceHit])] {
        var byKey: [Int: [ConcordanceHit]] = [:]
        try source.forEachText(of: entries.map(\.key), containing: term) { k, text in
            byKey[k] = Concordance.hits(of: term, in: text, context: context)
        }
        return entries.map { ($0, byKey[$0.key] ?? []) }
    }
}

/// The one per-10k formula of the corpus queries: occurrences per 10,000 non-white-space characters (0 when empty).
public enum Per10k {
    /// `count` per 10,000 of `characters`.
    public static func of(_ count: Int, characters: Int) -> Double {
        characters > 0 ? Double(count) * 10_000 / Double(characters) : 0
    }
}
