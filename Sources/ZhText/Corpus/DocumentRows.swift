import Foundation

/// One document given as a JSONL line or a CSV row: its text, date, identity and other fields.
public struct DocumentRow: Sendable, Equatable {
    /// The JSONL/CSV file, as given (`-` for standard input).
    public var file: String
    /// The 1-based line the row starts on.
    public var line: Int
    /// The identity field's value, if any.
    public var id: String?
    /// The text.
    public var text: String
    /// The date as written, if any.
    public var date: String?
    /// Every other field (`title`, `source`, `author`, `url`, …).
    public var fields: [String: String]

    /// A row.
    public init(file: String, line: Int, id: String?, text: String, date: String?, fields: [String: String]) {
        self.file = file
        self.line = line
        self.id = id
        self.text = text
        self.date = date
        self.fields = fields
    }
}

/// Which fields of a JSONL/CSV row hold the text, the date and the identity.
public struct RowFields: Sendable, Equatable {
    /// The text field (default: the first of `text`, `content`, `body` present).
    public var text: String?
    /// The date field (default: the first of `date`, `published`, `time` present).
    public var date: String?
    /// The identity field (default: `id` when the row has one).
    public var id: String?

    /// Field names; `nil` takes the defaults.
    public init(text: String? = nil, date: String? = nil, id: String? = nil) {
        self.text = text
        self.date = date
        self.id = id
    }

    static let textDefaults = ["text", "content", "body"]
    static let dateDefaults = ["date", "published", "time"]

    /// The row of a field map, or the reason there is none.
    func row(_ values: [String: String], file: String, line: Int) -> Result<DocumentRow, ZhTextError> {
        var values = values
        let textKey = text ?? Self.textDefaults.first { values[$0] != nil }
        guard let textKey, let body = values.removeValue(forKey: textKey) else {
            let wanted = text.map { "\"\($0)\"" } ?? Self.textDefaults.joined(separator: ", ")
            return .failure(.malformedLine(file: file, line: line, reason: "no text field (\(wanted))", content: ""))
        }
        let dateKey = date ?? Self.dateDefaults.first { values[$0] != nil }
        let dateValue = dateKey.flatMap { values.removeValue(forKey: $0) }
        let idKey = id ?? (values["id"] != nil ? "id" : nil)
        var idValue: String?
        if let idKey {
            guard let v = values.removeValue(forKey: idKey), !v.isEmpty else {
                return .failure(.malformedLine(file: file, line: line, reason: "no id field \"\(idKey)\"", content: ""))
            }
            idValue = v
        }
        return .success(DocumentRow(file: file, line: line, id: idValue, text: body, date: dateValue, fields: values))
    }
}

/// Reads documents from JSONL (one JSON object per line) and CSV (RFC 4180, header row, quoted fields may span
/// lines). A malformed line gives an error naming `file:line` in its place; the other rows are still read.
public enum DocumentRows {
    /// Calls `body` with each row of JSONL `bytes`, in order. Blank lines are skipped. Field values that are numbers
    /// or booleans become their JSON text; nested arrays and objects their compact JSON; `null` means absent.
    /// - Complexity: O(n) in the size of the input; memory O(longest line).
    public static func jsonl(_ bytes: [UInt8], file: String, fields: RowFields,
                             _ body: (Result<DocumentRow, ZhTextError>) -> Void) {
        var start = 0
        var line = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        while start < bytes.count {
            line += 1
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            var slice = bytes[start..<end]
            if slice.last == 0x0D { slice = slice.dropLast() }
            start = end + 1
            if slice.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            body(parseJSONLine(Data(slice), file: file, line: line, fields: fields))
        }
    }

    /// The row of one JSONL line (without its line break), numbered `line`: as ``jsonl(_:file:fields:_:)`` reads
    /// each line, for a caller that reads the lines itself (``LineStream``).
    public static func jsonlRow(_ bytes: [UInt8], file: String, line: Int, fields: RowFields) -> Result<DocumentRow, ZhTextError> {
        parseJSONLine(Data(bytes), file: file, line: line, fields: fields)
    }

    static func parseJSONLine(_ data: Data, file: String, line: Int, fields: RowFields) -> Result<DocumentRow, ZhTextError> {
        let snippet = String(decoding: data.prefix(60), as: UTF8.self)
        guard String(data: data, encoding: .utf8) != nil else {
            return .failure(.malformedLine(file: file, line: line, reason: "not UTF-8", content: snippet))
        }
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) } catch {
            return .failure(.malformedLine(file: file, line: line, reason: "not valid JSON", content: snippet))
        }
        guard let dict = object as? [String: Any] else {
            return .failure(.malformedLine(file: file, line: line, reason: "not a JSON object", content: snippet))
        }
        var values: [String: String] = [:]
        for (k, v) in dict {
            if let s = v as? String { values[k] = s; continue }
            if v is NSNull { continue }
            if let n = v as? NSNumber {
                // Booleans arrive as NSNumber too; their Objective-C type is `c` (char), never used for JSON numbers.
                values[k] = String(cString: n.objCType) == "c" ? (n.boolValue ? "true" : "false") : n.stringValue
                continue
            }
            if let d = try? JSONSerialization.data(withJSONObject: v, options: [.sortedKeys, .withoutEscapingSlashes]) {
                values[k] = String(decoding: d, as: UTF8.self)
            }
        }
        return fields.row(values, file: file, line: line).mapError { e in
            if case let .malformedLine(f, l, r, _) = e { return .malformedLine(file: f, line: l, reason: r, content: snippet) }
            return e
        }
    }

    /// Calls `body` with each record of CSV `text` after the header row, in order. A record with more or fewer
    /// fields than the header, or an unterminated quote, is an error naming the line it starts on.
    /// (``CSVRowStream`` reads the same rows from a file in bounded memory.)
    /// - Complexity: O(n); memory O(longest record).
    public static func csv(_ text: String, file: String, fields: RowFields,
                           _ body: (Result<DocumentRow, ZhTextError>) -> Void) {
        var rows = CSVRows(file: file, fields: fields)
        var parser = CSVRecordParser()
        let take = { (record: CSVRecordParser.Record, line: Int) in rows.take(record, line: line, body) }
        parser.feed(text.unicodeScalars, take)
        parser.finish(take)
    }
}
