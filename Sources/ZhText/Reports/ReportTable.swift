/// A column of a ``ReportTable``.
public struct ReportColumn: Sendable, Equatable {
    /// How cells line up in a terminal table (and in Markdown).
    public enum Alignment: Sendable, Equatable {
        case left
        case right
    }

    /// The header (also the CSV header field; use `snake_case` names for machine-readable columns).
    public var name: String
    /// Alignment; numbers read best right-aligned.
    public var alignment: Alignment

    public init(_ name: String, alignment: Alignment = .left) {
        self.name = name
        self.alignment = alignment
    }
}

/// A table of strings that every command renders in the same three ways: an aligned terminal table, CSV and
/// Markdown. Commands build the rows (numbers already formatted); the renderers only lay them out.
///
/// ```swift
/// let table = ReportTable(columns: [ReportColumn("term"), ReportColumn("count", alignment: .right)],
///                         rows: [["高质量发展", "12"], ["GDP", "3"]])
/// print(table.renderTable())
/// ```
public struct ReportTable: Sendable, Equatable {
    public var columns: [ReportColumn]
    /// Rows of cells; a short row is padded with empty cells, extra cells are ignored.
    public var rows: [[String]]

    public init(columns: [ReportColumn], rows: [[String]] = []) {
        self.columns = columns
        self.rows = rows
    }

    /// Appends a row.
    public mutating func append(_ row: [String]) { rows.append(row) }

    /// The cell at (`row`, `column`), empty when the row is short.
    func cell(_ row: [String], _ column: Int) -> String { column < row.count ? row[column] : "" }
}
