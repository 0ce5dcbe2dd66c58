import Foundation
import GRDB
import ZhText

/// The store's indexes at work (schema version 3): the trigram index narrows substring searches to the documents that
/// can hold the string, and the per-day totals give period sizes without reading a record.
extension CorpusStore {
    /// The FTS5 query matching the documents that hold every trigram of `pattern` (a superset of those holding the
    /// string: the trigram tokenizer folds case alike on both sides), or `nil` when the pattern has fewer than three
    /// scalars (the index cannot narrow it).
    static func trigramQuery(_ pattern: String) -> String? {
        let scalars = Array(pattern.unicodeScalars)
        guard scalars.count >= 3 else { return nil }
        var seen = Set<String>()
        var parts: [String] = []
        for i in 0...(scalars.count - 3) {
            var t = String.UnicodeScalarView()
            t.append(contentsOf: scalars[i..<(i + 3)])
            let trigram = String(t)
            if seen.insert(trigram).inserted { parts.append("\"" + trigram.replacingOccurrences(of: "\"", with: "\"\"") + "\"") }
        }
        return parts.joined(separator: " AND ")
    }

    /// The row ids of the documents that may contain `pattern` (normalized), ascending; `nil` when the index cannot
    /// narrow it (every document may).
    func candidates(_ db: Database, containing pattern: String) throws -> [Int]? {
        guard let query = Self.trigramQuery(pattern) else { return nil }
        return try Int.fetchAll(db, sql: "SELECT rowid FROM text_index WHERE text_index MATCH ? ORDER BY rowid", arguments: [query])
    }

    /// The documents that may contain any of `patterns` (`nil`: any document may).
    func candidates(_ db: Database, containingAnyOf patterns: [String]) throws -> Set<Int>? {
        var all = Set<Int>()
        for p in patterns {
            guard let c = try candidates(db, containing: p) else { return nil }
            all.formUnion(c)
        }
        return all
    }

    /// Periods of the whole store and the series of `queries` over them, as ``CorpusQueries/groups(in:where:by:)``
    /// and ``CorpusQueries/trend(of:phrases:in:groups:)`` give them for every document grouped by `unit` (not
    /// `label`), without reading every record: period sizes come from the per-day totals, counts from the texts of
    /// the documents the trigram index names (every text for a member shorter than three characters). Bucket
    /// `documents` number the dated documents in period order (only their count is meaningful here).
    /// - Complexity: O(days + candidate texts) rather than O(documents).
    public func periodTrend(of queries: [TrendQuery], by unit: PeriodUnit) throws -> PeriodTrend {
        precondition(unit != .label, "labels need the records")
        return try read { db in
            // Period totals from the day totals.
            var periodOfDay: [String: Period] = [:]
            var totals: [Period: (documents: Int, characters: Int)] = [:]
            var imprecise: [String] = []
            var undated = false
            let days = try Row.fetchCursor(db, sql: "SELECT day, documents, characters FROM day_totals")
            while let row = try days.next() {
                let day: String = row[0]
                guard !day.isEmpty else { undated = true; continue }
                guard let date = DateParsing.parse(day) else { throw CorpusStoreError.damaged(path: path, reason: "day total \(day)") }
                guard let period = unit.period(of: date) else { imprecise.append(day); continue }
                periodOfDay[day] = period
                totals[period, default: (0, 0)].documents += row[1] as Int
                totals[period, default: (0, 0)].characters += row[2] as Int
            }
            var buckets: [DatedCorpus.Bucket] = []
            var index: [Period: Int] = [:]
            var next = 0
            for period in totals.keys.sorted() {
                let t = totals[period]!
                index[period] = buckets.count
                buckets.append(DatedCorpus.Bucket(period: period, documents: Array(next..<(next + t.documents)), characters: t.characters))
                next += t.documents
            }
            // Documents left out: read only their records, and word them as the grouping does.
            var skipped: [String] = []
            if undated || !imprecise.isEmpty {
                let marks = Array(repeating: "?", count: imprecise.count).joined(separator: ",")
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT rowid, id, file, title, date, date_source, label, fields, hash, characters, origin FROM documents
                    WHERE date IS NULL\(imprecise.isEmpty ? "" : " OR date IN (\(marks))") ORDER BY rowid
                    """, arguments: StatementArguments(imprecise))
                var entries: [CorpusEntry] = []
                var reader = RecordReader()
                while let row = try rows.next() { entries.append(CorpusEntry(key: Int(row[0] as Int64), record: try reader.record(row, path: path))) }
                skipped = CorpusQueries.groups(entries, by: .period(unit)).skipped
            }
            // Per-document counts of every member, in the documents that may hold one.
            let members = Array(Set(queries.flatMap(\.members))).sorted()
            let needles = members.map { TermOccurrences($0).utf8 }
            let column = Dictionary(uniqueKeysWithValues: members.enumerated().map { ($1, $0) })
            var counts = [[Int]](repeating: [Int](repeating: 0, count: buckets.count), count: queries.count)
            var containing = counts
            func tally(day: String?, text: UnsafeRawBufferPointer) {
                guard let day, let period = periodOfDay[String(day.prefix(10))], let b = index[period] else { return }
                let n = needles.map { TermOccurrences.count($0, inUTF8: text) }
                for (q, query) in queries.enumerated() {
                    let c = query.members.reduce(0) { $0 + n[column[$1]!] }
                    counts[q][b] += c
                    if c > 0 { containing[q][b] += 1 }
                }
            }
            if let candidates = try candidates(db, containingAnyOf: members.map { String(decoding: TermOccurrences($0).utf8, as: UTF8.self) }) {
                let statement = try db.makeStatement(sql: "SELECT d.date, t.normalized FROM documents d JOIN texts t ON t.doc = d.rowid WHERE d.rowid = ?")
                for doc in candidates.sorted() {
                    let rows = try Row.fetchCursor(statement, arguments: [doc])
                    while let row = try rows.next() {
                        let day: String? = row[0]
                        try row.withUnsafeData(atIndex: 1) { data in data?.withUnsafeBytes { tally(day: day, text: $0) } }
                    }
                }
            } else {
                let rows = try Row.fetchCursor(db, sql: "SELECT d.date, t.normalized FROM documents d JOIN texts t ON t.doc = d.rowid")
                while let row = try rows.next() {
                    let day: String? = row[0]
                    try row.withUnsafeData(atIndex: 1) { data in data?.withUnsafeBytes { tally(day: day, text: $0) } }
                }
            }
            let trends = queries.enumerated().map { q, query in
                TermTrend(term: query.name, members: query.members, points: buckets.enumerated().map { b, bucket in
                    TrendPoint(period: bucket.period, count: counts[q][b], per10k: Per10k.of(counts[q][b], characters: bucket.characters),
                               documents: containing[q][b], periodDocuments: bucket.documents.count, characters: bucket.characters)
                })
            }
            return PeriodTrend(buckets: buckets, skipped: skipped, trends: trends)
        }
    }
}

extension CorpusStore {
    /// `question` over the whole store by a period, answered from the per-day totals and the text index without
    /// reading every record (``periodTrend(of:by:)``; the same output as the general path): `nil` when the question
    /// is not of that kind (conditions, phrases, no terms, labels or metadata fields) and must be answered the general
    /// way. The one decision of `trend --corpus` and the server's `/api/trend`. Spikes, when the question asks for
    /// them, are ranked as the general path ranks them.
    public func wholeStoreTrend(_ question: TrendQuestion, filter: DocumentFilter,
                                grouping: CorpusGrouping) throws -> (trend: PeriodTrend, spikes: [Spike]?)? {
        guard filter.conditions.isEmpty, question.phrases == nil, !question.queries.isEmpty,
              case let .period(unit) = grouping, unit != .label else { return nil }
        let result = try periodTrend(of: question.queries, by: unit)
        return (result, question.spikes.map { d in SpikeDetector.ranked(result.trends.flatMap(d.spikes(of:))) })
    }
}

/// The answer of ``CorpusStore/periodTrend(of:by:)``.
public struct PeriodTrend: Sendable {
    /// The periods, in time order, with their document counts and characters.
    public var buckets: [DatedCorpus.Bucket]
    /// Documents left out (no date, or one not precise enough), each `file (reason)`, in corpus order.
    public var skipped: [String]
    /// One series per query.
    public var trends: [TermTrend]
}

extension CorpusStore {
    /// The per-group sums of the documents' profiles (what the default ``CorpusSource/mergedProfiles(of:model:)``
    /// computes), from the stored term ids: whether a word counts and under which key is decided once per distinct
    /// word of the store, not once per document, and counts are summed in arrays indexed by key.
    /// - Complexity: O(stored pairs of the groups' documents + distinct words).
    public func mergedProfiles(of groups: [[Int]], model: TermModel) throws -> [TermProfile] {
        var groupsOf: [Int: [Int]] = [:]
        for (g, keys) in groups.enumerated() { for k in keys { groupsOf[k, default: []].append(g) } }
        let filter = model.filter
        return try read { db in
            let words = try termKeys(db)
            // Per word id: -2 not decided yet, -1 not counted, else the index of its key.
            var keyOfWord = [Int](repeating: -2, count: words.count)
            var keys: [String] = []
            var keyIndex: [String: Int] = [:]
            var differs = [Bool](repeating: false, count: words.count)   // per word id: its term is not its key
            func index(of key: String) -> Int {
                if let i = keyIndex[key] { return i }
                keyIndex[key] = keys.count
                keys.append(key)
                return keys.count - 1
            }
            func key(ofWord id: Int) -> Int {
                let known = keyOfWord[id]
                if known != -2 { return known }
                guard let w = words[id], filter.accepts(term: w.term, kind: w.kind, pos: w.pos) else { keyOfWord[id] = -1; return -1 }
                let k = TermKey.of(w.term)
                differs[id] = w.term != k
                keyOfWord[id] = index(of: k)
                return keyOfWord[id]
            }
            struct Sum {
                var counts: [Int] = []
                var documentFrequency: [Int] = []
                /// Per word id: occurrences written as the word itself, when it differs from its key.
                var own: [Int: Int] = [:]
                /// Per word id: occurrences of each other original form.
                var forms: [Int: [String: Int]] = [:]
                var units = Set<String>()
                var tokens = 0, characters = 0, documents = 0
            }
            var sums = [Sum](repeating: Sum(), count: groups.count)
            var docCounts: [Int] = []
            var touched: [Int] = []
            let sql = "SELECT t.doc, t.counts, t.surfaces, t.phrases, t.tokens, d.characters FROM doc_terms t JOIN documents d ON d.rowid = t.doc"
            try forEachRow(db, sql, key: "t.doc", of: Set(groupsOf.keys)) { doc, row in
                guard let targets = groupsOf[doc] else { return }
                var forms: [Int: [(String, Int)]] = [:]
                for line in (row[2] as String).split(separator: "\n") {
                    let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
                    guard parts.count == 3, let id = Int(parts[0]), let n = Int(parts[2]) else {
                        throw CorpusStoreError.damaged(path: path, reason: "word forms")
                    }
                    forms[id, default: []].append((String(parts[1]), n))
                }
                var own: [(id: Int, count: Int)] = []
                var reader = Varint.Reader([UInt8](row[1] as Data))
                var id = 0
                while !reader.atEnd {
                    id += Int(try reader.next())
                    let n = Int(try reader.next())
                    guard id < words.count, words[id] != nil else { throw CorpusStoreError.damaged(path: path, reason: "unknown term id \(id)") }
                    let k = key(ofWord: id)
                    guard k >= 0 else { continue }
                    if k >= docCounts.count { docCounts += [Int](repeating: 0, count: keys.count - docCounts.count) }
                    if docCounts[k] == 0 { touched.append(k) }
                    docCounts[k] += n
                    if differs[id] {
                        let rest = n - (forms[id]?.reduce(0) { $0 + $1.1 } ?? 0)
                        if rest > 0 { own.append((id, rest)) }
                    }
                }
                var units: [String] = []
                for line in (row[3] as String).split(separator: "\n") {
                    guard let tab = line.lastIndex(of: "\t"), let c = Int(line[line.index(after: tab)...]) else {
                        throw CorpusStoreError.damaged(path: path, reason: "phrase counts")
                    }
                    guard c > 0 else { continue }
                    let unit = String(line[..<tab])
                    let k = index(of: unit)
                    if k >= docCounts.count { docCounts += [Int](repeating: 0, count: keys.count - docCounts.count) }
                    if docCounts[k] == 0 { touched.append(k) }
                    docCounts[k] = c       // a phrase counted whole replaces the token count of the same string
                    units.append(unit)
                }
                for g in targets {
                    if sums[g].counts.count < keys.count {
                        sums[g].counts += [Int](repeating: 0, count: keys.count - sums[g].counts.count)
                        sums[g].documentFrequency += [Int](repeating: 0, count: keys.count - sums[g].documentFrequency.count)
                    }
                    for k in touched { sums[g].counts[k] += docCounts[k]; sums[g].documentFrequency[k] += 1 }
                    // Variants are summed per word id and form, and made into keys once at the end.
                    for (id, c) in own { sums[g].own[id, default: 0] += c }
                    for (id, f) in forms where keyOfWord[id] >= 0 {
                        for (form, c) in f where c > 0 { sums[g].forms[id, default: [:]][form, default: 0] += c }
                    }
                    sums[g].units.formUnion(units)
                    sums[g].tokens += row[4] as Int
                    sums[g].characters += row[5] as Int
                    sums[g].documents += 1
                }
                for k in touched { docCounts[k] = 0 }
                touched.removeAll(keepingCapacity: true)
            }
            return sums.map { s in
                var p = TermProfile()
                let present = s.counts.reduce(0) { $0 + ($1 > 0 ? 1 : 0) }
                p.counts.reserveCapacity(present)
                p.documentFrequency.reserveCapacity(present)
                for (k, c) in s.counts.enumerated() where c > 0 {
                    p.counts[keys[k]] = c
                    p.documentFrequency[keys[k]] = s.documentFrequency[k]
                }
                for (id, c) in s.own { p.variants.add(words[id]!.term, key: keys[keyOfWord[id]], count: c) }
                for (id, f) in s.forms { for (form, c) in f { p.variants.add(form, key: keys[keyOfWord[id]], count: c) } }
                p.units = s.units
                p.tokens = s.tokens
                p.characters = s.characters
                p.documents = s.documents
                return p
            }
        }
    }
}
