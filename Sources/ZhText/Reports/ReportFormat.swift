/// The output formats of report-producing commands (see the output contract in ARCHITECTURE.md).
public enum ReportFormat: String, Sendable, Equatable, CaseIterable {
    /// Aligned for a terminal (``ReportTable/renderTable()``).
    case table
    /// One JSON document: an object for one input, an array of objects for several.
    case json
    /// One compact JSON object per input per line.
    case jsonl
    /// RFC 4180 CSV with a header row (``ReportTable/renderCSV(excel:)``).
    case csv
    /// A Markdown table (``ReportTable/renderMarkdown()``).
    case md

    /// Whether the format is a table rendering (table, csv, md) rather than JSON.
    public var isTabular: Bool { self == .table || self == .csv || self == .md }

    /// Renders `table` in this tabular format (`excel` applies to CSV only); `nil` for the JSON formats.
    public func render(_ table: ReportTable, excel: Bool = false) -> String? {
        switch self {
        case .table: return table.renderTable()
        case .csv: return table.renderCSV(excel: excel)
        case .md: return table.renderMarkdown()
        case .json, .jsonl: return nil
        }
    }
}
