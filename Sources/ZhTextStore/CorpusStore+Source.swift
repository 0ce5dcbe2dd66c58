import Foundation
import GRDB
import ZhText

extension CorpusStore: CorpusSource {
    public func entries(matching filter: DocumentFilter) throws -> [CorpusEntry] {
        try read { db in
            var out: [CorpusEntry] = []
            var reader = RecordReader()
            let rows = try Row.fetchCursor(db, sql: """
                SELECT rowid, id, file, title, date, date_source, label, fields, hash, characters, origin FROM documents ORDER BY rowid
                """)
            while let row = try rows.next() {
                let record = try reader.record(row, path: path)
                if filter.accepts(record) { out.append(CorpusEntry(key: Int(row[0] as Int64), record: record)) }
            }
            return out
        }
    }

    public func keys(mayContain term: String) throws -> Set<Int>? {
        let needle = String(decoding: TermOccurrences(term).utf8, as: UTF8.self)
        return try read { db in try candidates(db, containing: needle) }.map(Set.init)
    }

    public func entries(matching filter: DocumentFilter, mayContain term: String) throws -> [CorpusEntry] {
        guard let keys = try keys(mayContain: term) else { return try entries(matching: filter) }
        return try read { db in
            var out: [CorpusEntry] = []
            var reader = RecordReader()
            try forEachRow(db, "SELECT rowid, id, file, title, date, date_source, label, fields, hash, characters, origin FROM documents",
                           key: "rowid", of: keys) { key, row in
                let record = try reader.record(row, path: path)
                if filter.accepts(record) { out.append(CorpusEntry(key: key, record: record)) }
            }
            return out
        }
    }

    static func record(_ row: Row, path: String) throws -> DocumentRecord {
        var reader = RecordReader()
        return try reader.record(row, path: path)
    }

    public func fieldNames() throws -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT name FROM field_names ORDER BY name") }
            .sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
    }

    /// Every token key, indexed by term id.
    func termKeys(_ db: Database) throws -> [TermRowKey?] {
        let maxID = try Int.fetchOne(db, sql: "SELECT max(id) FROM terms") ?? 0
        var keys = [TermRowKey?](repeating: nil, count: maxID + 1)
        let rows = try Row.fetchCursor(db, sql: "SELECT id, term, kind, pos FROM terms")
        while let row = try rows.next() {
            guard let kind = TokenKind(rawValue: row[2]) else { throw CorpusStoreError.damaged(path: path, reason: "term kind") }
            keys[row[0]] = TermRowKey(term: row[1], kind: kind, pos: row[3])
        }
        return keys
    }

    static func decodeTerms(counts: Data, surfaces: String, phrases: String, characters: Int, keys: [TermRowKey?],
                            path: String) throws -> DocumentTerms {
        var forms: [UInt64: [String: Int]] = [:]
        for line in surfaces.split(separator: "\n") {
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard parts.count == 3, let id = UInt64(parts[0]), let n = Int(parts[2]) else {
                throw CorpusStoreError.damaged(path: path, reason: "word forms")
            }
            forms[id, default: [:]][String(parts[1])] = n
        }
        var terms: [DocumentTerms.Term] = []
        var reader = Varint.Reader([UInt8](counts))
        var id: UInt64 = 0
        while !reader.atEnd {
            id += try reader.next()
            let n = Int(try reader.next())
            guard id < keys.count, let key = keys[Int(id)] else { throw CorpusStoreError.damaged(path: path, reason: "unknown term id \(id)") }
            terms.append(DocumentTerms.Term(term: key.term, kind: key.kind, pos: key.pos, count: n, surfaces: forms[id] ?? [:]))
        }
        var p: [String: Int] = [:]
        for line in phrases.split(separator: "\n") {
            guard let tab = line.lastIndex(of: "\t"), let n = Int(line[line.index(after: tab)...]) else {
                throw CorpusStoreError.damaged(path: path, reason: "phrase counts")
            }
            p[String(line[..<tab])] = n
        }
        return DocumentTerms(terms: terms, phrases: p, characters: characters)
    }

    /// The rows of `keys` to read one by one (ascending), or `nil` when scanning the whole table is cheaper (most
    /// of many documents are wanted). A few documents (a page of KWIC lines, one document) are always looked up.
    func pointLookups(_ db: Database, _ keys: Set<Int>) throws -> [Int]? {
        if keys.count <= 256 { return keys.sorted() }
        let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM documents") ?? 0
        return keys.count * 4 < total ? keys.sorted() : nil
    }

    /// Calls `each` with every row of `sql` (a SELECT whose first column is the document key `key`) for the
    /// documents of `keys`, ascending: looked up one by one when they are few (``pointLookups(_:_:)``), else in one
    /// pass over the table (rows of other documents skipped).
    func forEachRow(_ db: Database, _ sql: String, key: String, of keys: Set<Int>, _ each: (Int, Row) throws -> Void) throws {
        func pass(_ rows: RowCursor) throws {
            while let row = try rows.next() {
                let doc = Int(row[0] as Int64)
                if keys.contains(doc) { try each(doc, row) }
            }
        }
        if let docs = try pointLookups(db, keys) {
            let statement = try db.makeStatement(sql: sql + " WHERE \(key) = ?")
            for doc in docs { try pass(try Row.fetchCursor(statement, arguments: [doc])) }
        } else {
            try pass(try Row.fetchCursor(db, sql: sql + " ORDER BY \(key)"))
        }
    }

    /// Gives `body` what `produce` gives (in ascending key order) in the order of `keys`, as the ``CorpusSource``
    /// methods promise: directly when `keys` ascend, else after collecting it.
    static func inOrder<T>(of keys: [Int], _ produce: ((Int, T) throws -> Void) throws -> Void,
                           _ body: (Int, T) throws -> Void) throws {
        guard keys.count > 1, !zip(keys, keys.dropFirst()).allSatisfy({ $0 < $1 }) else {
            return try withoutActuallyEscaping(body) { body in try produce(body) }
        }
        var found: [Int: T] = [:]
        try produce { found[$0] = $1 }
        for k in keys { if let t = found[k] { try body(k, t) } }
    }

    public func forEachTerms(of keys: [Int], _ body: (Int, DocumentTerms) throws -> Void) throws {
        try Self.inOrder(of: keys, { give in
            try read { db in
                let termKeys = try termKeys(db)
                try forEachRow(db, "SELECT t.doc, t.counts, t.surfaces, t.phrases, d.characters FROM doc_terms t JOIN documents d ON d.rowid = t.doc",
                               key: "t.doc", of: Set(keys)) { doc, row in
                    try give(doc, try Self.decodeTerms(counts: row[1], surfaces: row[2], phrases: row[3], characters: row[4], keys: termKeys, path: path))
                }
            }
        }, body)
    }

    public func occurrences(of patterns: [String], in keys: [Int]) throws -> [[Int]] {
        let needles = patterns.map { TermOccurrences($0).utf8 }
        var byKey: [Int: [Int]] = [:]
        let wanted = Set(keys)
        try read { db in
            // Only the documents that may hold a pattern are read (the others count 0).
            let narrowed = try candidates(db, containingAnyOf: needles.map { String(decoding: $0, as: UTF8.self) })
            try forEachRow(db, "SELECT doc, normalized FROM texts", key: "doc", of: narrowed.map { $0.intersection(wanted) } ?? wanted) { doc, row in
                byKey[doc] = try row.withUnsafeData(atIndex: 1) { data in
                    guard let data else { return needles.map { _ in 0 } }
                    return data.withUnsafeBytes { raw in needles.map { TermOccurrences.count($0, inUTF8: raw) } }
                }
            }
        }
        return keys.map { byKey[$0] ?? needles.map { _ in 0 } }
    }

    public func forEachText(of keys: [Int], containing term: String?, _ body: (Int, NormalizedText) throws -> Void) throws {
        let needle = term.map { TermOccurrences($0).utf8 }
        let wanted = Set(keys)
        try Self.inOrder(of: keys, { give in
            try read { db in
                // A few documents are read directly (each is checked for the term before it is decoded); for many, the
                // trigram index first narrows them.
                let narrowed = wanted.count <= 256 ? nil : try needle.flatMap { try candidates(db, containing: String(decoding: $0, as: UTF8.self)) }
                try forEachRow(db, "SELECT doc, normalized, original, map FROM texts", key: "doc",
                               of: narrowed.map { wanted.intersection($0) } ?? wanted) { doc, row in
                    if let needle {
                        let hit = try row.withUnsafeData(atIndex: 1) { data in
                            data.map { $0.withUnsafeBytes { TermOccurrences.count(needle, inUTF8: $0) > 0 } } ?? false
                        }
                        if !hit { return }
                    }
                    let stored = StoredText(normalized: [UInt8](row[1] as Data), original: (row[2] as Data?).map { [UInt8]($0) },
                                            map: (row[3] as Data?).map { [UInt8]($0) })
                    let text: NormalizedText
                    do { text = try stored.decode() } catch { throw CorpusStoreError.damaged(path: path, reason: "text of document \(doc): \(error)") }
                    try give(doc, text)
                }
            }
        }, body)
    }
}
