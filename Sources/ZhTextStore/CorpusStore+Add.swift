import Foundation
import GRDB
import ZhText

/// One input of `corpus add`: a file (or standard input) or a JSONL/CSV row.
public enum CorpusInput: Sendable {
    /// A file, found directly or in a folder, or standard input.
    case file(InputItem)
    /// A row of a JSONL or CSV file.
    case row(DocumentRow)
    /// A line of a JSONL file, not parsed yet (parsed with the analysis, on the worker threads).
    case jsonLine(file: String, line: Int, bytes: [UInt8], fields: RowFields)
}

/// What `corpus add` did (JSON keys `added`, `updated`, `unchanged`, `failed`, `documents`).
public struct CorpusAddSummary: Sendable, Equatable {
    /// New documents.
    public var added = 0
    /// Documents whose content changed, replaced.
    public var updated = 0
    /// Documents already stored with the same content hash, skipped.
    public var unchanged = 0
    /// Inputs that could not be read (each reported).
    public var failed = 0
    /// Documents in the store afterwards.
    public var documents = 0

    public init() {}
}

/// A row of the `terms` table: a distinct word with the kind and tag of its first occurrence in a document.
struct TermRowKey: Hashable {
    var term: String
    var kind: TokenKind
    var pos: String
}

/// A document about to be written, for ``CorpusStore/add(_:loader:jobs:batchSize:analyze:warning:problem:keep:)``'s
/// `keep` decision.
public struct LoadedDocumentSummary: Sendable {
    /// Its record.
    public var record: DocumentRecord
}

extension CorpusStore {
    /// The stored content hash of every document, by id.
    public func hashes() throws(CorpusStoreError) -> [String: String] {
        try read { db in
            var h: [String: String] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT id, hash FROM documents")
            while let row = try rows.next() { h[row[0]] = row[1] }
            return h
        }
    }

    /// Adds `inputs`: each is read, hashed and — unless a document with its identity and content hash is stored —
    /// analysed (on `jobs` threads) and written, in input order, in transactions of about `batchSize` documents.
    /// Problems with an input go to `problem` (the others are still added); per-document warnings to `warning`.
    /// Documents are counted with the store's own ``analysis()`` (its adapted lexicon when it has one).
    /// - Throws: ``CorpusStoreError`` when the store cannot be written or was built with other dictionaries.
    public func add(_ inputs: [CorpusInput], loader: DocumentLoader = DocumentLoader(), jobs: Int = 1, batchSize: Int = 64,
                    warning: (String) -> Void = { _ in }, problem: (ZhTextError) -> Void = { _ in },
                    keep: (LoadedDocumentSummary) -> Bool = { _ in true }) throws(CorpusStoreError) -> CorpusAddSummary {
        var given = false
        return try add(next: { () -> [CorpusInput]? in
            defer { given = true }
            return given ? nil : inputs
        }, loader: loader, jobs: jobs, batchSize: batchSize, warning: warning, problem: problem, keep: keep)
    }

    /// ``add(_:loader:jobs:batchSize:warning:problem:keep:)`` over inputs handed out in chunks by `next` (`nil` at
    /// the end), so that a JSONL file of any length is added in bounded memory: only the chunk, the batch being
    /// written, the term ids and the stored hashes of the chunk's identities are held.
    public func add(next: () throws(CorpusStoreError) -> [CorpusInput]?, loader: DocumentLoader = DocumentLoader(), jobs: Int = 1,
                    batchSize: Int = 64, warning: (String) -> Void = { _ in }, problem: (ZhTextError) -> Void = { _ in },
                    keep: (LoadedDocumentSummary) -> Bool = { _ in true }) throws(CorpusStoreError) -> CorpusAddSummary {
        try checkAnalysis(claim: true)
        let analyze = try analysis()
        enum Outcome: Sendable {
            case unchanged
            case analyzed(AnalyzedDocument, warnings: [String])
            case failed(ZhTextError)
        }
        let pool = self.pool
        var summary = CorpusAddSummary()
        var batch: [AnalyzedDocument] = []
        var batchBytes = 0
        // Identities handed to the writer in this add, with their content hashes (64-bit digests): a document given
        // twice with the same content is unchanged the second time, whether or not the first is written yet, so the
        // counts do not depend on timing.
        var queued: [UInt64: UInt64] = [:]
        let writer = BatchWriter(store: self)
        func flush() {
            writer.submit(batch)
            batch.removeAll(keepingCapacity: true)
            batchBytes = 0
        }
        // A failure to read the input stops the add, but what was analysed before it is still written.
        func addAll() throws(CorpusStoreError) {
            while writer.error == nil, let inputs = try next() {
                // The stored hashes of the identities known before reading (files, rows with an id); others are looked up
                // one by one once their text is read.
                let known = try hashes(of: inputs.compactMap(Self.identity(of:)))
                let lookup: @Sendable (String) -> String? = { id in
                    if let h = known[id] { return h }
                    return try? pool.read { db in try String.fetchOne(db, sql: "SELECT hash FROM documents WHERE id = ?", arguments: [id]) }
                }
                let transform: @Sendable (CorpusInput) -> Outcome = { input in
                    do throws(ZhTextError) {
                        let row: DocumentRow
                        switch input {
                        case let .file(item):
                            let bytes = try InputReader.read(item)
                            let hash = loader.hash(bytes: bytes)
                            if let path = item.path, lookup(DocumentLoader.identity(ofPath: path)) == hash { return .unchanged }
                            let loaded = try loader.load(item, bytes: bytes, hash: hash)
                            return .analyzed(AnalyzedDocument(loaded, analyze: analyze), warnings: loaded.warnings)
                        case let .row(r): row = r
                        case let .jsonLine(file, line, bytes, fields): row = try DocumentRows.jsonlRow(bytes, file: file, line: line, fields: fields).get()
                        }
                        // A row's identity is its id when it has one (known before normalizing), else its text's hash.
                        if let id = row.id, lookup(id) == DocumentLoader.hash(of: row) { return .unchanged }
                        let loaded = try loader.load(row: row)
                        if row.id == nil, lookup(loaded.record.id) == loaded.record.hash { return .unchanged }
                        return .analyzed(AnalyzedDocument(loaded, analyze: analyze), warnings: loaded.warnings)
                    } catch {
                        return .failed(error)
                    }
                }
                OrderedParallel.forEach(inputs, jobs: jobs, transform: transform) { _, outcome in
                    switch outcome {
                    case .unchanged: summary.unchanged += 1
                    case let .failed(e): summary.failed += 1; problem(e)
                    case let .analyzed(doc, warnings):
                        warnings.forEach(warning)
                        guard keep(LoadedDocumentSummary(record: doc.record)) else { return }
                        let identity = Self.digest(doc.record.id), content = Self.digest(doc.record.hash)
                        if queued.updateValue(content, forKey: identity) == content { summary.unchanged += 1; return }
                        batch.append(doc)
                        batchBytes += doc.text.normalized.count
                        if batch.count >= batchSize || batchBytes >= 16 << 20 { flush() }
                    }
                }
            }
        }
        var inputError: CorpusStoreError?
        do { try addAll() } catch { inputError = error }
        flush()
        let written = writer.finish()
        if let error = written.error ?? inputError { throw error }
        summary.added = written.added
        summary.updated = written.updated
        summary.documents = try count()
        return summary
    }

    /// A 64-bit digest of `text` (FNV-1a over its UTF-8), for remembering many identities in little memory.
    static func digest(_ text: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in text.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    /// The identity of an input when it is known before reading it: a file's path, a row's id.
    static func identity(of input: CorpusInput) -> String? {
        switch input {
        case let .file(item): return item.path.map(DocumentLoader.identity(ofPath:))
        case let .row(row): return row.id
        case .jsonLine: return nil
        }
    }

    /// The stored content hashes of `ids` (those stored).
    func hashes(of ids: [String]) throws(CorpusStoreError) -> [String: String] {
        guard !ids.isEmpty else { return [:] }
        return try read { db in
            var h: [String: String] = [:]
            for start in stride(from: 0, to: ids.count, by: 500) {
                let part = Array(ids[start..<min(ids.count, start + 500)])
                let marks = Array(repeating: "?", count: part.count).joined(separator: ",")
                let rows = try Row.fetchCursor(db, sql: "SELECT id, hash FROM documents WHERE id IN (\(marks))", arguments: StatementArguments(part))
                while let row = try rows.next() { h[row[0]] = row[1] }
            }
            return h
        }
    }

    /// Number of documents.
    public func count() throws(CorpusStoreError) -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM documents") ?? 0 }
    }

    /// Writes analysed documents in one transaction: new identities are added, known ones replaced in place (they
    /// keep their position in the corpus order). Returns how many were added and replaced.
    public func write(_ documents: [AnalyzedDocument]) throws(CorpusStoreError) -> (added: Int, updated: Int) {
        var cache: [TermRowKey: Int64] = [:]
        return try write(documents, cache: &cache)
    }

    /// ``write(_:)`` with the term ids known so far (kept across the batches of one add; ids are never reused).
    func write(_ documents: [AnalyzedDocument], cache termIDs: inout [TermRowKey: Int64]) throws(CorpusStoreError) -> (added: Int, updated: Int) {
        try write { db in
            var added = 0, updated = 0
            for doc in documents {
                let r = doc.record
                let fields = try Self.encodeFields(r.fields)
                let origin = try r.origin.map { try Self.encodeFields($0.fields) }
                let values: StatementArguments = [r.id, r.file, r.title, r.date?.description, r.dateSource?.rawValue, r.label,
                                                  fields, r.hash, r.characters, origin]
                let rowid: Int64
                if let existing = try Int64.fetchOne(db, sql: "SELECT rowid FROM documents WHERE id = ?", arguments: [r.id]) {
                    try db.execute(sql: """
                        UPDATE documents SET id = ?, file = ?, title = ?, date = ?, date_source = ?, label = ?, fields = ?,
                        hash = ?, characters = ?, origin = ? WHERE rowid = ?
                        """, arguments: values + [existing])
                    try db.execute(sql: "DELETE FROM texts WHERE doc = ?", arguments: [existing])
                    try db.execute(sql: "DELETE FROM doc_terms WHERE doc = ?", arguments: [existing])
                    rowid = existing
                    updated += 1
                } else {
                    try db.execute(sql: """
                        INSERT INTO documents(id, file, title, date, date_source, label, fields, hash, characters, origin)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """, arguments: values)
                    rowid = db.lastInsertedRowID
                    added += 1
                }
                for name in r.fields.keys {
                    try db.execute(sql: "INSERT OR IGNORE INTO field_names(name) VALUES (?)", arguments: [name])
                }
                try db.execute(sql: "INSERT INTO texts(doc, normalized, original, map) VALUES (?, ?, ?, ?)",
                               arguments: [rowid, Data(doc.text.normalized), doc.text.original.map { Data($0) }, doc.text.map.map { Data($0) }])
                try Self.writeTerms(doc.terms, doc: rowid, db: db, cache: &termIDs)
            }
            return (added, updated)
        }
    }

    static func writeTerms(_ terms: DocumentTerms, doc: Int64, db: Database, cache: inout [TermRowKey: Int64]) throws {
        var pairs: [(id: Int64, count: Int, surfaces: [String: Int])] = []
        pairs.reserveCapacity(terms.terms.count)
        for t in terms.terms {
            let key = TermRowKey(term: t.term, kind: t.kind, pos: t.pos)
            if let id = cache[key] { pairs.append((id, t.count, t.surfaces)); continue }
            let args: StatementArguments = [t.term, t.kind.rawValue, t.pos]
            var id = try Int64.fetchOne(try db.cachedStatement(sql: "SELECT id FROM terms WHERE term = ? AND kind = ? AND pos = ?"), arguments: args)
            if id == nil {
                try db.cachedStatement(sql: "INSERT INTO terms(term, kind, pos) VALUES (?, ?, ?)").execute(arguments: args)
                id = db.lastInsertedRowID
            }
            cache[key] = id!
            pairs.append((id!, t.count, t.surfaces))
        }
        pairs.sort { $0.id < $1.id }
        var blob: [UInt8] = []
        blob.reserveCapacity(pairs.count * 4)
        var previous: Int64 = 0
        var surfaces = ""
        for p in pairs {
            Varint.put(UInt64(p.id - previous), &blob)
            Varint.put(UInt64(p.count), &blob)
            previous = p.id
            for (form, n) in p.surfaces.sorted(by: { $0.key < $1.key }) { surfaces += "\(p.id)\t\(form)\t\(n)\n" }
        }
        let phrases = terms.phrases.sorted { $0.key < $1.key }.map { "\($0.key)\t\($0.value)\n" }.joined()
        try db.execute(sql: "INSERT INTO doc_terms(doc, tokens, counts, surfaces, phrases) VALUES (?, ?, ?, ?, ?)",
                       arguments: [doc, terms.wordTokens, Data(blob), surfaces, phrases])
    }

    static func encodeFields(_ fields: [String: String]) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    static func decodeFields(_ text: String) -> [String: String]? {
        if text == "{}" { return [:] }
        return (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: String]
    }

    /// The analysis fingerprint recorded in the store (`nil` for a store without documents yet).
    public func recordedAnalysis() throws(CorpusStoreError) -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'analysis'") }
    }

    /// Throws when the store's counts were built with other dictionaries than this zhtext's (or than the store's
    /// adapted lexicon), or a reindex was interrupted (run `corpus reindex`); with `claim`, records the expected
    /// fingerprint in a store that has none.
    func checkAnalysis(claim: Bool) throws(CorpusStoreError) {
        let current = try expectedAnalysis()
        if let recorded = try recordedAnalysis() {
            if recorded == Self.reindexPending {
                throw .failed(path: path, reason: "a reindex was interrupted; run `zhtext corpus reindex \(path)` again")
            }
            guard recorded == current else {
                throw .failed(path: path, reason: "built with other dictionaries or another term model than this zhtext's; run `zhtext corpus reindex \(path)`")
            }
        } else if claim {
            try write { db in
                try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('analysis', ?)", arguments: [current])
            }
        }
    }
}
