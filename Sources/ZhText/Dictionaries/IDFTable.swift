/// Inverse document frequencies for TF-IDF keywords.
///
/// A term missing from the table gets the table's **median** IDF (the middle value of the sorted IDFs, index
/// `count / 2`, as jieba does): an unknown word is treated as neither common nor rare, so that out-of-vocabulary
/// names and technical terms can still become keywords without outranking everything.
///
/// The bundled table `Dictionaries/idf/zh.tsv` is derived from jieba 0.42.1's `analyse/idf.txt` (MIT).
public struct IDFTable: Sendable, Equatable {
    /// A sorted file searched in place (the bundled table), under…
    let sorted: SortedIDFLines?
    /// …these values, which win (user tables, overlays).
    let table: [String: Double]
    /// The IDF given to terms missing from the table (0 for an empty table).
    public let median: Double
    /// Number of terms.
    public let count: Int

    /// A table of `values`; the median is computed from them.
    /// - Complexity: O(n log n).
    public init(values: [String: Double]) {
        self.init(sorted: nil, table: values)
    }

    init(sorted: SortedIDFLines?, table: [String: Double]) {
        self.sorted = sorted
        self.table = table
        var all: [Double] = []
        var replaced = 0
        if let sorted {
            if table.isEmpty {
                all = sorted.values
            } else {
                var hidden = Set<Int>()
                for key in table.keys {
                    if let index = sorted.index(of: key) { hidden.insert(index) }
                }
                replaced = hidden.count
                all.reserveCapacity(sorted.count - hidden.count + table.count)
                for (i, v) in sorted.values.enumerated() where !hidden.contains(i) { all.append(v) }
            }
        }
        all.append(contentsOf: table.values)
        self.median = all.isEmpty ? 0 : Self.select(&all, all.count / 2)
        self.count = (sorted?.count ?? 0) + table.count - replaced
    }

    /// The value that would be at `k` if `values` were sorted (quickselect, median-of-three pivots; reorders
    /// `values`). Finding the median of the 270,000 bundled values this way takes a fraction of a full sort.
    /// - Complexity: O(n) expected.
    static func select(_ values: inout [Double], _ k: Int) -> Double {
        precondition(values.indices.contains(k))
        var lo = 0, hi = values.count - 1
        while lo < hi {
            let mid = lo + (hi - lo) / 2
            // Median of three as the pivot.
            if values[mid] < values[lo] { values.swapAt(mid, lo) }
            if values[hi] < values[lo] { values.swapAt(hi, lo) }
            if values[hi] < values[mid] { values.swapAt(hi, mid) }
            let pivot = values[mid]
            var i = lo, j = hi
            while i <= j {
                while values[i] < pivot { i += 1 }
                while pivot < values[j] { j -= 1 }
                if i <= j { values.swapAt(i, j); i += 1; j -= 1 }
            }
            if k <= j { hi = j } else if k >= i { lo = i } else { return values[k] }
        }
        return values[k]
    }

    /// IDF per term (materialized; for the bundled table this builds a dictionary of 270,000 strings).
    /// - Complexity: O(n).
    public var values: [String: Double] {
        var result: [String: Double] = [:]
        result.reserveCapacity(count)
        sorted?.forEach { result[$0] = $1 }
        for (k, v) in table { result[k] = v }
        return result
    }

    /// The IDF of `term`, or the median when the table does not list it.
    @inline(__always)
    public subscript(term: String) -> Double { value(of: term) ?? median }

    /// Whether the table lists `term`.
    public func contains(_ term: String) -> Bool { value(of: term) != nil }

    @inline(__always)
    func value(of term: String) -> Double? {
        if !table.isEmpty, let v = table[term] { return v }  // an empty dictionary would still hash the key
        return sorted?.lookup(term)
    }

    /// This table with `overlay`'s values added, replacing this table's value where both list a term (`--idf-merge`).
    /// The median is recomputed over the merged values.
    public func merging(_ overlay: IDFTable) -> IDFTable {
        IDFTable(sorted: sorted, table: table.merging(overlay.values) { _, new in new })
    }

    public static func == (a: IDFTable, b: IDFTable) -> Bool {
        a.median == b.median && a.count == b.count && (a.sorted == b.sorted && a.table == b.table || a.values == b.values)
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
        let bytes = Array(try BundledText.read("idf/zh.tsv").utf8)
        if let sorted = SortedIDFLines(bytes: bytes) { return IDFTable(sorted: sorted, table: [:]) }
        return try parse(String(decoding: bytes, as: UTF8.self), source: "idf/zh.tsv")
    }

    /// The table as a file `parse` reads back: a `#` header (the lines of `header`, then `term<TAB>idf`), rows sorted
    /// by term in code-point order, IDF with four decimals.
    public func serialized(header: [String] = []) -> String {
        var out = ""
        for line in header { out += "# " + line + "\n" }
        out += "# term\tidf\n"
        let all = values
        let terms = all.keys.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        for term in terms {
            out += term + "\t" + IDFTable.format(all[term]!) + "\n"
        }
        return out
    }

    static func format(_ value: Double) -> String {
        let scaled = Int64((value * 10_000).rounded())
        let frac = String(scaled % 10_000)
        return String(scaled / 10_000) + "." + String(repeating: "0", count: 4 - frac.count) + frac
    }
}
