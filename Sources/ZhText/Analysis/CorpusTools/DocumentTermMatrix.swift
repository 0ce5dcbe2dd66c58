import Foundation

/// The document-term matrix of a corpus, for R (quanteda, Matrix) and Python (pandas, scipy).
///
/// Rows are documents in input order; columns are terms, ordered by total count descending, then term. Counts come
/// from ``CorpusTerms/counts(in:)``: tokens as `freq` counts them, plus policy phrases counted whole.
/// Two layouts: a long CSV (`document,term,count`, one row per non-zero cell, written document by document) with a
/// `.documents.csv` of metadata, and Matrix Market coordinate format with `.rows.txt` and `.cols.txt`.
public struct DocumentTermMatrix: Sendable {
    /// A document's metadata (one row of `FILE.documents.csv`, one line of `FILE.rows.txt`).
    public struct DocumentInfo: Sendable, Equatable {
        /// The `file` field: the path as given on the command line.
        public var document: String
        /// Title (from the manifest, the page, or the first line), possibly empty.
        public var title: String
        /// `YYYY-MM-DD` (or shorter), empty when undated.
        public var date: String
        /// Where the date came from, empty when undated.
        public var dateSource: String
        /// The manifest's label, possibly empty.
        public var label: String
        /// Non-white-space characters of the normalized text.
        public var characters: Int

        /// A document's metadata.
        public init(document: String, title: String = "", date: String = "", dateSource: String = "", label: String = "",
                    characters: Int) {
            self.document = document
            self.title = title
            self.date = date
            self.dateSource = dateSource
            self.label = label
            self.characters = characters
        }
    }

    /// The documents, in the order added.
    public private(set) var documents: [DocumentInfo] = []
    /// Each document's sum of counts.
    public private(set) var documentTotals: [Int] = []
    private var termIndex: [String: Int32] = [:]
    private var terms: [String] = []
    private var totals: [Int] = []
    private var cells: [[(term: Int32, count: Int32)]] = []

    public init() {}

    /// Adds one document's row. With `keepCells` false only the document's metadata and total are kept (for the long
    /// CSV, written as it goes).
    /// - Complexity: O(distinct terms of the document).
    public mutating func add(_ info: DocumentInfo, counts: [String: Int], keepCells: Bool = true) {
        guard keepCells else {
            documents.append(info)
            documentTotals.append(counts.values.reduce(0, +))
            cells.append([])
            return
        }
        var row: [(term: Int32, count: Int32)] = []
        row.reserveCapacity(counts.count)
        var sum = 0
        for (term, count) in counts where count > 0 {
            let id: Int32
            if let known = termIndex[term] { id = known } else {
                id = Int32(terms.count)
                termIndex[term] = id
                terms.append(term)
                totals.append(0)
            }
            totals[Int(id)] += count
            sum += count
            row.append((id, Int32(clamping: count)))
        }
        documents.append(info)
        documentTotals.append(sum)
        cells.append(row)
    }

    /// Non-zero cells.
    public var nonZero: Int { cells.reduce(0) { $0 + $1.count } }

    /// Column order: terms by total count descending, then term.
    public var columns: [String] { columnOrder.map { terms[$0] } }

    private var columnOrder: [Int] {
        terms.indices.sorted { a, b in
            totals[a] != totals[b] ? totals[a] > totals[b] : terms[a].unicodeScalars.lexicographicallyPrecedes(terms[b].unicodeScalars)
        }
    }

    /// A document's cells as `(term, count)`, by count descending then term (the long CSV's order).
    public static func longRows(_ counts: [String: Int]) -> [(term: String, count: Int)] {
        counts.filter { $0.value > 0 }.map { ($0.key, $0.value) }.sorted { a, b in
            a.1 != b.1 ? a.1 > b.1 : a.0.unicodeScalars.lexicographicallyPrecedes(b.0.unicodeScalars)
        }
    }

    /// The long CSV's header record.
    public static let longHeader = ["document", "term", "count"]

    /// One document's long-CSV records (no header).
    public static func longCSV(document: String, counts: [String: Int], excel: Bool = false) -> String {
        var out = ""
        for (term, count) in longRows(counts) { out += ReportTable.csvRecord([document, term, String(count)], excel: excel) }
        return out
    }

    /// `FILE.documents.csv`: `document,title,date,date_source,label,characters,terms` (terms = the row's sum).
    public func documentsCSV(excel: Bool = false) -> String {
        var t = ReportTable(columns: ["document", "title", "date", "date_source", "label", "characters", "terms"].map { ReportColumn($0) })
        for (d, total) in zip(documents, documentTotals) {
            t.append([d.document, d.title, d.date, d.dateSource, d.label, String(d.characters), String(total)])
        }
        return t.renderCSV(excel: excel)
    }

    /// Matrix Market coordinate format (`integer general`): 1-based `row column count` lines, by row then column.
    /// - Complexity: O(cells log cells).
    public func matrixMarket() -> String {
        let order = columnOrder
        var column = Array(repeating: 0, count: terms.count)
        for (k, id) in order.enumerated() { column[id] = k + 1 }
        var out = "%%MatrixMarket matrix coordinate integer general\n"
        out += "% document-term matrix written by zhtext: rows = documents (FILE.rows.txt), columns = terms (FILE.cols.txt)\n"
        out += "\(documents.count) \(terms.count) \(nonZero)\n"
        for (r, row) in cells.enumerated() {
            for cell in row.map({ (column[Int($0.term)], $0.count) }).sorted(by: { $0.0 < $1.0 }) {
                out += "\(r + 1) \(cell.0) \(cell.1)\n"
            }
        }
        return out
    }

    /// `FILE.rows.txt`: one document per line (line breaks inside a name written as `\n`, backslashes as `\\`).
    public func rowsText() -> String { documents.map { Self.line($0.document) + "\n" }.joined() }

    /// `FILE.cols.txt`: one term per line, in column order.
    public func colsText() -> String { columns.map { Self.line($0) + "\n" }.joined() }

    static func line(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { $0 == "\\" || $0 == "\n" || $0 == "\r" }) else { return s }
        return s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r")
    }
}

/// A reader of Matrix Market coordinate files (`matrix coordinate integer|real general`), as written by
/// ``DocumentTermMatrix/matrixMarket()``: to check files and to read them back.
public struct MatrixMarket: Sendable, Equatable {
    /// Rows of the matrix.
    public var rows: Int
    /// Columns of the matrix.
    public var columns: Int
    /// Non-zero entries: 1-based row, 1-based column, value.
    public var entries: [(row: Int, column: Int, value: Double)]

    public static func == (a: MatrixMarket, b: MatrixMarket) -> Bool {
        a.rows == b.rows && a.columns == b.columns && a.entries.map(\.row) == b.entries.map(\.row)
            && a.entries.map(\.column) == b.entries.map(\.column) && a.entries.map(\.value) == b.entries.map(\.value)
    }

    /// Parses `text`; errors read `file:line: reason: "content"`.
    /// - Complexity: O(n).
    public static func parse(_ text: String, file: String) throws(ZhTextError) -> MatrixMarket {
        var lineNumber = 0
        var size: (Int, Int, Int)? = nil
        var entries: [(row: Int, column: Int, value: Double)] = []
        var sawBanner = false
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            func bad(_ reason: String) -> ZhTextError { .malformedLine(file: file, line: lineNumber, reason: reason, content: String(line)) }
            if lineNumber == 1 {
                let words = line.lowercased().split(separator: " ")
                guard words.count == 5, words[0] == "%%matrixmarket", words[1] == "matrix", words[2] == "coordinate",
                      words[3] == "integer" || words[3] == "real", words[4] == "general" else {
                    throw bad("expected \"%%MatrixMarket matrix coordinate integer general\"")
                }
                sawBanner = true
                continue
            }
            if line.hasPrefix("%") { continue }
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if fields.isEmpty { continue }
            guard let (m, n, nnz) = size else {
                guard fields.count == 3, let m = Int(fields[0]), let n = Int(fields[1]), let nnz = Int(fields[2]), m >= 0, n >= 0, nnz >= 0 else {
                    throw bad("expected the size line \"rows columns entries\"")
                }
                size = (m, n, nnz)
                entries.reserveCapacity(min(nnz, 1 << 24))
                continue
            }
            guard fields.count == 3, let i = Int(fields[0]), let j = Int(fields[1]), let v = Double(fields[2]) else {
                throw bad("expected \"row column value\"")
            }
            guard (1...max(m, 1)).contains(i) && i <= m, (1...max(n, 1)).contains(j) && j <= n else { throw bad("entry outside the \(m) × \(n) matrix") }
            guard entries.count < nnz else { throw bad("more entries than the \(nnz) announced") }
            entries.append((i, j, v))
        }
        guard sawBanner else { throw .malformedLine(file: file, line: 1, reason: "empty file", content: "") }
        guard let (m, n, nnz) = size else { throw .malformedLine(file: file, line: lineNumber, reason: "no size line", content: "") }
        guard entries.count == nnz else {
            throw .malformedLine(file: file, line: lineNumber, reason: "\(entries.count) entries, \(nnz) announced", content: "")
        }
        return MatrixMarket(rows: m, columns: n, entries: entries)
    }
}
