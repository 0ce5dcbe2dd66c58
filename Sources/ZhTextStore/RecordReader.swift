import Foundation
import GRDB
import ZhText

/// Makes ``DocumentRecord``s of `documents` rows (columns `rowid, id, file, title, date, date_source, label, fields,
/// hash, characters, origin`), remembering what it decoded: the documents of a corpus mostly share their `fields`
/// and `origin` texts (`{}`, `{"encoding":"UTF-8","extraction":"plain"}`) and many share a date, so a whole-store
/// read parses each distinct text once instead of once per document.
struct RecordReader {
    /// Distinct texts remembered per kind before the memory is emptied (bounded for stores of millions of rows).
    static let limit = 4_096

    private var fields: [String: [String: String]] = [:]
    private var origins: [String: DocumentOrigin] = [:]
    private var dates: [String: DocumentDate] = [:]

    /// The record of `row`.
    /// - Throws: ``CorpusStoreError/damaged(path:reason:)`` naming the document when a column cannot be read.
    mutating func record(_ row: Row, path: String) throws -> DocumentRecord {
        let dateText: String? = row[4]
        var date: DocumentDate?
        if let dateText {
            date = dates[dateText] ?? DateParsing.parse(dateText)
            guard let date else { throw CorpusStoreError.damaged(path: path, reason: "document \(row[1] as String): bad date") }
            Self.remember(date, for: dateText, in: &dates)
        }
        let fieldsText: String = row[7]
        guard let fields = fields[fieldsText] ?? CorpusStore.decodeFields(fieldsText) else {
            throw CorpusStoreError.damaged(path: path, reason: "document \(row[1] as String): bad fields")
        }
        Self.remember(fields, for: fieldsText, in: &self.fields)
        var origin: DocumentOrigin?
        if let text = row[10] as String? {
            guard let o = origins[text] ?? CorpusStore.decodeFields(text).flatMap(DocumentOrigin.init(fields:)) else {
                throw CorpusStoreError.damaged(path: path, reason: "document \(row[1] as String): bad origin")
            }
            Self.remember(o, for: text, in: &origins)
            origin = o
        }
        return DocumentRecord(id: row[1], file: row[2], title: row[3], date: date,
                              dateSource: (row[5] as String?).flatMap(DateSource.init(rawValue:)), label: row[6],
                              fields: fields, hash: row[8], characters: row[9], origin: origin)
    }

    private static func remember<V>(_ value: V, for key: String, in memory: inout [String: V]) {
        if memory.count >= limit, memory[key] == nil { memory.removeAll(keepingCapacity: true) }
        memory[key] = value
    }
}
