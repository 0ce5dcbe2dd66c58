import Foundation
import GRDB
import ZhText

/// `corpus info`: what a store holds (JSON keys `documents`, `characters`, `first_date`, `last_date`, `fields`,
/// `bytes`, `schema`).
public struct CorpusInfo: Sendable, Equatable {
    /// Documents stored.
    public var documents: Int
    /// Documents without a date.
    public var undated: Int
    /// Non-white-space characters of all normalized texts.
    public var characters: Int
    /// Earliest and latest document date.
    public var firstDate: DocumentDate?
    /// Latest document date.
    public var lastDate: DocumentDate?
    /// Metadata field names, sorted.
    public var fields: [String]
    /// Bytes on disk: the database file with its -wal and -shm files.
    public var bytes: Int
    /// Schema version.
    public var schema: Int
    /// Whether the stored counts match this zhtext's dictionaries (else `corpus reindex`).
    public var current: Bool
    /// Words of the store's own adapted lexicon (0: the bundled lexicon).
    public var adaptedWords: Int
}

extension CorpusStore {
    /// What the store holds.
    public func info() throws -> CorpusInfo {
        let (docs, undated, chars, first, last, schema) = try read { db in
            let row = try Row.fetchOne(db, sql: """
                SELECT count(*), coalesce(sum(characters), 0), min(date), max(date), sum(date IS NULL) FROM documents
                """)!
            let schema = Int(try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'schema'") ?? "0") ?? 0
            return (row[0] as Int, (row[4] as Int?) ?? 0, row[1] as Int, (row[2] as String?).flatMap(DateParsing.parse),
                    (row[3] as String?).flatMap(DateParsing.parse), schema)
        }
        // min/max over "YYYY[-MM[-DD]]" strings is date order (a shorter date sorts before the days it contains).
        let recorded = try recordedAnalysis()
        let expected = try expectedAnalysis()
        return CorpusInfo(documents: docs, undated: undated, characters: chars, firstDate: first, lastDate: last,
                          fields: try fieldNames(), bytes: diskBytes(),
                          schema: schema, current: recorded == nil || recorded == expected,
                          adaptedWords: try adaptedWords().count)
    }

    /// The size of the database with its -wal and -shm files.
    public func diskBytes() -> Int {
        [path, path + "-wal", path + "-shm"].reduce(0) { total, p in
            total + (((try? FileManager.default.attributesOfItem(atPath: p))?[.size] as? NSNumber)?.intValue ?? 0)
        }
    }

    /// Removes the documents `filter` accepts (all of them with no condition); returns how many.
    public func remove(where filter: DocumentFilter) throws -> Int {
        let keys = try entries(matching: filter).map(\.key)
        guard !keys.isEmpty else { return 0 }
        try write { db in
            for chunk in stride(from: 0, to: keys.count, by: 500) {
                let part = keys[chunk..<min(keys.count, chunk + 500)]
                let list = part.map(String.init).joined(separator: ",")
                try db.execute(sql: "DELETE FROM documents WHERE rowid IN (\(list))")
            }
        }
        return keys.count
    }

    /// Integrity problems, one line each (none when the store is sound): SQLite's integrity and foreign-key checks,
    /// then every document's text and counts decoded and checked against its record.
    public func check() throws(CorpusStoreError) -> [String] {
        try read { db in
            var problems: [String] = []
            for line in try String.fetchAll(db, sql: "PRAGMA integrity_check") where line != "ok" { problems.append(line) }
            let fk = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
            if !fk.isEmpty { problems.append("\(fk.count) rows refer to missing documents") }
            let missing = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM texts t WHERE t.doc = d.rowid)
                OR NOT EXISTS (SELECT 1 FROM doc_terms c WHERE c.doc = d.rowid)
                """) ?? 0
            if missing > 0 { problems.append("\(missing) documents without their text or counts") }
            let keys = try termKeys(db)
            let rows = try Row.fetchCursor(db, sql: """
                SELECT d.rowid, d.id, d.characters, t.normalized, t.original, t.map, c.counts, c.phrases, d.date, d.fields, c.surfaces, d.origin
                FROM documents d JOIN texts t ON t.doc = d.rowid JOIN doc_terms c ON c.doc = d.rowid ORDER BY d.rowid
                """)
            while let row = try rows.next() {
                let id: String = row[1]
                let stored = StoredText(normalized: [UInt8](row[3] as Data), original: (row[4] as Data?).map { [UInt8]($0) },
                                        map: (row[5] as Data?).map { [UInt8]($0) })
                do {
                    let text = try stored.decode()
                    if text.nonWhiteSpaceCount != (row[2] as Int) { problems.append("document \(id): character count does not match its text") }
                } catch { problems.append("document \(id): text damaged (\(error))") }
                do { _ = try Self.decodeTerms(counts: row[6], surfaces: row[10], phrases: row[7], characters: row[2], keys: keys, path: path) } catch {
                    problems.append("document \(id): counts damaged")
                }
                if let d = row[8] as String?, DateParsing.parse(d) == nil { problems.append("document \(id): bad date \(d)") }
                if Self.decodeFields(row[9]) == nil { problems.append("document \(id): bad fields") }
                if let o = row[11] as String?, Self.decodeFields(o).flatMap(DocumentOrigin.init(fields:)) == nil {
                    problems.append("document \(id): bad origin")
                }
            }
            let totals = try Int.fetchOne(db, sql: """
                WITH kept AS (SELECT day, documents, characters FROM day_totals),
                     actual AS (SELECT coalesce(substr(date, 1, 10), '') AS day, count(*) AS documents, sum(characters) AS characters
                                FROM documents GROUP BY 1)
                SELECT (SELECT count(*) FROM (SELECT * FROM kept EXCEPT SELECT * FROM actual))
                     + (SELECT count(*) FROM (SELECT * FROM actual EXCEPT SELECT * FROM kept))
                """) ?? 0
            if totals > 0 { problems.append("per-day totals do not match the documents (\(totals) days differ)") }
            return problems
        } + indexProblems()
    }

    /// The text index's own integrity check (FTS5 runs it as a write command; it changes nothing).
    func indexProblems() -> [String] {
        do {
            try pool.write { db in try db.execute(sql: "INSERT INTO text_index(text_index, rank) VALUES ('integrity-check', 0)") }
            return []
        } catch {
            return ["text index damaged (\(Self.describe(error))); run corpus reindex"]
        }
    }

    /// Counts every document again from its stored text (after the dictionaries or the term model changed), in
    /// batches of `batchSize` documents per transaction, and records the new analysis fingerprint. With `adapt`,
    /// the store first gets an adapted lexicon of its own, found over every stored document (``LexiconAdaptation``
    /// with `options`), used for these counts and for every later `add`; without it, the store goes back to the
    /// bundled lexicon. An interrupted reindex leaves the store marked stale (an `add` refuses it), so it is simply
    /// run again.
    /// - Returns: the number of documents counted again.
    public func reindex(jobs: Int = 1, batchSize: Int = 64, adapt: Bool = false,
                        options: LexiconAdaptation.Options = LexiconAdaptation.Options()) throws -> Int {
        // The derived tables are made again too (they are what `corpus check` may find damaged).
        try write { db in
            try db.execute(sql: """
                INSERT INTO text_index(text_index) VALUES ('delete-all');
                INSERT INTO text_index(rowid, text) SELECT doc, CAST(normalized AS TEXT) FROM texts;
                DELETE FROM day_totals;
                INSERT INTO day_totals(day, documents, characters)
                    SELECT coalesce(substr(date, 1, 10), ''), count(*), sum(characters) FROM documents GROUP BY 1;
                """)
        }
        let words = adapt ? try adaptedWords(options: options) : []
        try setAdaptedWords(words, options: adapt ? options : nil)
        let analyze = try analysis()
        let keys = try read { db in try Int.fetchAll(db, sql: "SELECT rowid FROM documents ORDER BY rowid") }
        var done = 0
        for start in stride(from: 0, to: keys.count, by: batchSize) {
            let part = Array(keys[start..<min(keys.count, start + batchSize)])
            var texts: [(Int, NormalizedText)] = []
            try forEachText(of: part, containing: nil) { k, t in texts.append((k, t)) }
            var analysed: [(Int, DocumentTerms)] = []
            OrderedParallel.forEach(texts, jobs: jobs, transform: { (k, t) in (k, analyze(t)) }) { _, r in analysed.append(r) }
            try write { db in
                var cache: [TermRowKey: Int64] = [:]
                for (k, terms) in analysed {
                    try db.execute(sql: "DELETE FROM doc_terms WHERE doc = ?", arguments: [k])
                    try Self.writeTerms(terms, doc: Int64(k), db: db, cache: &cache)
                }
            }
            done += analysed.count
        }
        let fingerprint = try expectedAnalysis()
        try write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('analysis', ?)", arguments: [fingerprint])
        }
        return done
    }
}
