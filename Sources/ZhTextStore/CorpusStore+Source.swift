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
        let needle = String(decoding: TermOccurrences(term).utf8, as: UTF8.self)
        return try read { db in
            guard let keys = try candidates(db, containing: needle) else { return nil }
            var out: [CorpusEntry] = []
            var reader = RecordReader()
            let statement = try db.makeStatement(sql: """
                SELECT rowid, id, file, title, date, date_source, label, fields, hash, characters, origin FROM documents WHERE rowid = ?
                """)
            for key in keys {
                guard let row = try Row.fetchOne(statement, arguments: [key]) else { continue }
                let record = try reader.record(row, path: path)
                if filter.accepts(record) { out.append(CorpusEntry(key: key, record: record)) }
            }
            return out
        } ?? entries(matching: filter)
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

    public func forEachTerms(of keys: [Int], _ body: (Int, DocumentTerms) throws -> Void) throws {
        let wanted = Set(keys)
        try read { db in
            let termKeys = try termKeys(db)
            let sql = "SELECT t.doc, t.counts, t.surfaces, t.phrases, d.characters FROM doc_terms t JOIN documents d ON d.rowid = t.doc"
            func each(_ rows: RowCursor) throws {
                while let row = try rows.next() {
                    let doc = Int(row[0] as Int64)
                    guard wanted.contains(doc) else { continue }
                    try body(doc, try Self.decodeTerms(counts: row[1], surfaces: row[2], phrases: row[3], characters: row[4], keys: termKeys, path: path))
                }
            }
            if let docs = try pointLookups(db, wanted) {
                let statement = try db.makeStatement(sql: sql + " WHERE t.doc = ?")
                for doc in docs { try each(try Row.fetchCursor(statement, arguments: [doc])) }
            } else {
                try each(try Row.fetchCursor(db, sql: sql + " ORDER BY t.doc"))
            }
        }
    }

    public func occurrences(of patterns: [String], in keys: [Int]) throws -> [[Int]] {
        let needles = patterns.map { TermOccurrences($0).utf8 }
        var byKey: [Int: [Int]] = [:]
        let wanted = Set(keys)
        try read { db in
            func each(_ rows: RowCursor) throws {
                while let row = try rows.next() {
                    let doc = Int(row[0] as Int64)
                    guard wanted.contains(doc) else { continue }
                    byKey[doc] = try row.withUnsafeData(atIndex: 1) { data in
                        guard let data else { return needles.map { _ in 0 } }
                        return data.withUnsafeBytes { raw in needles.map { TermOccurrences.count($0, inUTF8: raw) } }
                    }
                }
            }
            // Only the documents that may hold a pattern are read (the others count 0).
            let narrowed = try candidates(db, containingAnyOf: needles.map { String(decoding: $0, as: UTF8.self) })
            if let docs = try narrowed.map({ $0.intersection(wanted) }).map({ try pointLookups(db, $0) }) ?? pointLookups(db, wanted) {
                let statement = try db.makeStatement(sql: "SELECT doc, normalized FROM texts WHERE doc = ?")
                for doc in docs { try each(try Row.fetchCursor(statement, arguments: [doc])) }
            } else {
                try each(try Row.fetchCursor(db, sql: "SELECT doc, normalized FROM texts ORDER BY doc"))
            }
        }
        return keys.map { byKey[$0] ?? needles.map { _ in 0 } }
    }

    public func forEachText(of keys: [Int], containing term: String?, _ body: (Int, NormalizedText) throws -> Void) throws {
        let needle = term.map { TermOccurrences($0).utf8 }
        let wanted = Set(keys)
        var found: [Int: NormalizedText] = [:]
        let ordered = keys.count > 1 && !zip(keys, keys.dropFirst()).allSatisfy { $0 < $1 }
        try read { db in
            func each(_ rows: RowCursor) throws {
                while let row = try rows.next() {
                    let doc = Int(row[0] as Int64)
                    guard wanted.contains(doc) else { continue }
                    if let needle {
                        let hit = try row.withUnsafeData(atIndex: 1) { data in
                            data.map { $0.withUnsafeBytes { TermOccurrences.count(needle, inUTF8: $0) > 0 } } ?? false
                        }
                        if !hit { continue }
                    }
                    let stored = StoredText(normalized: [UInt8](row[1] as Data), original: (row[2] as Data?).map { [UInt8]($0) },
                                            map: (row[3] as Data?).map { [UInt8]($0) })
                    let text: NormalizedText
                    do { text = try stored.decode() } catch { throw CorpusStoreError.damaged(path: path, reason: "text of document \(doc): \(error)") }
                    if ordered { found[doc] = text } else { try body(doc, text) }
                }
            }
            let sql = "SELECT doc, normalized, original, map FROM texts"
            // A few documents are read directly (each is checked for the term before it is decoded); for many, the
            // trigram index first narrows them.
            let narrowed = wanted.count <= 256 ? nil : try needle.flatMap { try candidates(db, containing: String(decoding: $0, as: UTF8.self)) }
            if let docs = try narrowed.map({ try pointLookups(db, wanted.intersection($0)) }) ?? pointLookups(db, wanted) {
                let statement = try db.makeStatement(sql: sql + " WHERE doc = ?")
                for doc in docs { try each(try Row.fetchCursor(statement, arguments: [doc])) }
            } else {
                try each(try Row.fetchCursor(db, sql: sql + " ORDER BY doc"))
            }
        }
        if ordered { for k in keys { if let t = found[k] { try body(k, t) } } }
    }
}
