import Foundation

/// A list of documents with their dates (and optional labels): CSV with a header naming `path` and `date` (and
/// optionally `label`, `title`), or JSONL with one object per line (`{"path": …, "date": …, "label": …}`).
///
/// Paths are relative to the manifest's folder unless absolute. Blank lines and lines starting with `#` are skipped.
public struct Manifest: Sendable, Equatable {
    /// One document of the manifest.
    public struct Entry: Sendable, Equatable {
        /// The path as written in the manifest.
        public var path: String
        /// The path resolved against the manifest's folder.
        public var resolvedPath: String
        /// The date, `nil` when the row gives none (the document is then dated otherwise or left out).
        public var date: DocumentDate?
        /// A label for `--by label`.
        public var label: String?
        /// A title.
        public var title: String?
        /// Line number in the manifest (1-based).
        public var line: Int
    }

    /// The rows, in file order.
    public var entries: [Entry]
    /// The manifest's name, as given.
    public var file: String

    /// Parses manifest text. `file` names the manifest in errors and gives the folder paths are relative to.
    /// - Throws: ``ZhTextError/malformedLine(file:line:reason:content:)`` for the first bad line.
    /// - Complexity: O(n) in the size of the text.
    public static func parse(_ text: String, file: String) throws(ZhTextError) -> Manifest {
        let base = (file as NSString).deletingLastPathComponent
        var lines = text.components(separatedBy: "\n")
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = String(first.dropFirst()) }
        let content = lines.enumerated().map { ($0.offset + 1, $0.element.hasSuffix("\r") ? String($0.element.dropLast()) : $0.element) }
            .filter { !$0.1.trimmingCharacters(in: .whitespaces).isEmpty && !$0.1.hasPrefix("#") }
        guard let first = content.first else { return Manifest(entries: [], file: file) }
        let isJSONL = first.1.trimmingCharacters(in: .whitespaces).hasPrefix("{")
        var entries: [Entry] = []
        var seen: [String: Int] = [:]
        func add(_ path: String, _ dateText: String?, _ label: String?, _ title: String?, line: Int, raw: String) throws(ZhTextError) {
            let path = path.trimmingCharacters(in: .whitespaces)
            guard !path.isEmpty else { throw .malformedLine(file: file, line: line, reason: "empty path", content: raw) }
            var date: DocumentDate?
            if let dateText, !dateText.trimmingCharacters(in: .whitespaces).isEmpty {
                guard let d = DateParsing.parse(dateText) else {
                    throw .malformedLine(file: file, line: line, reason: "bad date \"\(dateText)\" (use YYYY, YYYY-MM or YYYY-MM-DD)", content: raw)
                }
                date = d
            }
            let label = label.flatMap { $0.isEmpty ? nil : $0 }
            guard date != nil || label != nil else {
                throw .malformedLine(file: file, line: line, reason: "no date and no label", content: raw)
            }
            let resolved = Self.standardize(path.hasPrefix("/") || base.isEmpty ? path : base + "/" + path)
            if let earlier = seen[resolved] {
                throw .malformedLine(file: file, line: line, reason: "path already listed on line \(earlier)", content: raw)
            }
            seen[resolved] = line
            entries.append(Entry(path: path, resolvedPath: resolved, date: date, label: label,
                                 title: title.flatMap { $0.isEmpty ? nil : $0 }, line: line))
        }
        if isJSONL {
            for (n, line) in content {
                guard let data = line.data(using: .utf8),
                      let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
                    throw .malformedLine(file: file, line: n, reason: "not a JSON object", content: line)
                }
                guard let path = object["path"] as? String else {
                    throw .malformedLine(file: file, line: n, reason: "missing \"path\" string", content: line)
                }
                func text(_ key: String) throws(ZhTextError) -> String? {
                    switch object[key] {
                    case nil, is NSNull: return nil
                    case let s as String: return s
                    case let n as NSNumber where key == "date" && n.intValue > 0 && Double(n.intValue) == n.doubleValue: return String(n.intValue)
                    default: throw .malformedLine(file: file, line: n, reason: "\"\(key)\" must be a string", content: line)
                    }
                }
                try add(path, try text("date"), try text("label"), try text("title"), line: n, raw: line)
            }
        } else {
            let header = CSVLine.split(first.1).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard let pathColumn = header.firstIndex(of: "path"), let dateColumn = header.firstIndex(of: "date") else {
                throw .malformedLine(file: file, line: first.0, reason: "header must name the columns path and date (label, title optional)", content: first.1)
            }
            let labelColumn = header.firstIndex(of: "label"), titleColumn = header.firstIndex(of: "title")
            for (n, line) in content.dropFirst() {
                let fields = CSVLine.split(line)
                guard fields.count == header.count else {
                    throw .malformedLine(file: file, line: n, reason: "expected \(header.count) fields, found \(fields.count)", content: line)
                }
                try add(fields[pathColumn], fields[dateColumn], labelColumn.map { fields[$0] }, titleColumn.map { fields[$0] },
                        line: n, raw: line)
            }
        }
        return Manifest(entries: entries, file: file)
    }

    /// Reads and parses a manifest file.
    public static func load(_ path: String) throws(ZhTextError) -> Manifest {
        let source = try InputReader.load(InputItem(file: path, path: path))
        return try parse(source.text, file: path)
    }

    /// The entry for a document path (resolved against the current folder), if listed.
    public func entry(for path: String) -> Entry? {
        let key = Self.standardize(path)
        return entries.first { $0.resolvedPath == key }
    }

    /// An absolute, standardized path (`.` and `..` removed).
    static func standardize(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return (absolute as NSString).standardizingPath
    }
}

/// Splits one CSV line (RFC 4180 quoting; no line breaks inside fields).
enum CSVLine {
    static func split(_ line: String) -> [String] {
        var fields: [String] = []
        var field = ""
        var quoted = false
        var it = line.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let c = pending ?? it.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let next = it.next() {
                        if next == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = next }
                    } else { quoted = false }
                } else { field.unicodeScalars.append(c) }
            } else if c == "\"" && field.isEmpty {
                quoted = true
            } else if c == "," {
                fields.append(field); field = ""
            } else {
                field.unicodeScalars.append(c)
            }
        }
        fields.append(field)
        return fields
    }
}
