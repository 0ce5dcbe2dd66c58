/// Inverse document frequencies for TF-IDF keywords.
///
/// A term missing from the table gets the table's **median** IDF (the middle value of the sorted IDFs, index
/// `count / 2`, as jieba does): an unknown word is treated as neither common nor rare, so that out-of-vocabulary
/// names and technical terms can still become keywords without outranking everything.
///
/// The bundled table `Dictionaries/idf/zh.tsv` is derived from jieba 0.42.1's `analyse/idf.txt` (MIT).
public struct IDFTable: Sendable, Equatable {
    /// IDF per term.
    public let values: [String: Double]
    /// The IDF given to terms missing from the table (0 for an empty table).
    public let median: Double

    /// A table of `values`; the median is computed from them.
    /// - Complexity: O(n log n).
    public init(values: [String: Double]) {
        self.values = values
        let sorted = values.values.sorted()
        self.median = sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }

    /// The IDF of `term`, or the median when the table does not list it.
    @inline(__always)
    public subscript(term: String) -> Double { values[term] ?? median }

    /// Whether the table lists `term`.
    public func contains(_ term: String) -> Bool { values[term] != nil }

    public var count: Int { values.count }

    /// This table with `overlay`'s values added, replacing this table's value where both list a term (`--idf-merge`).
    /// The median is recomputed over the merged values.
    public func merging(_ overlay: IDFTable) -> IDFTable {
        IDFTable(values: values.merging(overlay.values) { _, new in new })
    }

    /// Parses an IDF file: `term<TAB>idf` per line (jieba's `term idf`, separated by a space, is accepted too);
    /// blank lines and lines starting with `#` are skipped. A later row for the same term replaces an earlier one.
    /// Errors name `source` and the line: `source:line: reason: "content"`.
    /// - Complexity: O(n) in the text's length.
    public static func parse(_ text: String, source: String) throws -> IDFTable {
        var text = text
        return try text.withUTF8 { try parse(bytes: $0, source: source) }
    }

    private static func parse(bytes: UnsafeBufferPointer<UInt8>, source: String) throws -> IDFTable {
        var values: [String: Double] = [:]
        values.reserveCapacity(bytes.count / 16)
        var lineNumber = 0
        var lineStart = 0
        let n = bytes.count
        while lineStart < n {
            lineNumber += 1
            var lineEnd = lineStart
            while lineEnd < n && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            var end = lineEnd
            while end > lineStart && (bytes[end - 1] == 0x0D || bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
            var start = lineStart
            while start < end && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
            if start == end || bytes[start] == 0x23 { continue }  // blank or "#"
            // Term, then one or more tabs or spaces, then the IDF; nothing else.
            var termEnd = start
            while termEnd < end && bytes[termEnd] != 0x09 && bytes[termEnd] != 0x20 { termEnd += 1 }
            var valueStart = termEnd
            while valueStart < end && (bytes[valueStart] == 0x09 || bytes[valueStart] == 0x20) { valueStart += 1 }
            let line = { String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<end]), as: UTF8.self) }
            guard valueStart < end else {
                throw ZhTextError.malformedLine(file: source, line: lineNumber, reason: "expected term and IDF separated by a tab", content: line())
            }
            let valueText = String(decoding: UnsafeBufferPointer(rebasing: bytes[valueStart..<end]), as: UTF8.self)
            guard let idf = Double(valueText), idf.isFinite, idf >= 0 else {
                throw ZhTextError.malformedLine(file: source, line: lineNumber, reason: "IDF is not a non-negative number", content: line())
            }
            values[String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<termEnd]), as: UTF8.self)] = idf
        }
        return IDFTable(values: values)
    }

    /// Reads and parses an IDF file.
    public static func load(path: String) throws -> IDFTable {
        try parse(BundledText.readFile(path), source: path)
    }

    /// The bundled table (`Dictionaries/idf/zh.tsv`), loaded once.
    public static func bundled() throws -> IDFTable { try bundledResult.get() }

    private static let bundledResult: Result<IDFTable, Error> = Result {
        try parse(BundledText.read("idf/zh.tsv"), source: "idf/zh.tsv")
    }

    /// The table as a file `parse` reads back: a `#` header (the lines of `header`, then `term<TAB>idf`), rows sorted
    /// by term in code-point order, IDF with four decimals.
    public func serialized(header: [String] = []) -> String {
        var out = ""
        for line in header { out += "# " + line + "\n" }
        out += "# term\tidf\n"
        let terms = values.keys.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        for term in terms {
            out += term + "\t" + IDFTable.format(values[term]!) + "\n"
        }
        return out
    }

    static func format(_ value: Double) -> String {
        let scaled = Int64((value * 10_000).rounded())
        let frac = String(scaled % 10_000)
        return String(scaled / 10_000) + "." + String(repeating: "0", count: 4 - frac.count) + frac
    }
}
