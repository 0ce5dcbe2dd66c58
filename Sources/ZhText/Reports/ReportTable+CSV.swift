extension ReportTable {
    /// The table as CSV (RFC 4180): a header row of column names, then the rows; records end with CRLF (as RFC 4180
    /// specifies and Excel expects; Python's `csv`, R and pandas read it as is). A field is quoted when it contains a
    /// comma, a double quote, CR or LF, and quotes inside are doubled.
    ///
    /// With `excel`, the text starts with a UTF-8 byte order mark (so Excel opens Chinese text as UTF-8) and every
    /// cell that starts with `=`, `+`, `-`, `@`, tab or CR is prefixed with `'` so that a spreadsheet does not run it
    /// as a formula (OWASP "CSV injection"). A guarded negative number such as `-3` then reads `'-3` in Excel; leave
    /// `excel` off for data meant for programs.
    /// - Complexity: O(total characters).
    public func renderCSV(excel: Bool = false) -> String {
        (excel ? "\u{FEFF}" : "") + Self.csvRecord(columns.map(\.name), excel: excel) + renderCSVRows(excel: excel)
    }

    /// The rows only, as ``renderCSV(excel:)`` writes them (no header, no byte-order mark): for output written a
    /// row at a time after the header.
    public func renderCSVRows(excel: Bool = false) -> String {
        var out = ""
        for row in rows { out += Self.csvRecord(columns.indices.map { cell(row, $0) }, excel: excel) }
        return out
    }

    /// One CSV record (RFC 4180, CRLF), fields quoted as ``renderCSV(excel:)`` quotes them.
    public static func csvRecord(_ cells: [String], excel: Bool = false) -> String {
        var out = ""
        for (i, cell) in cells.enumerated() {
            if i > 0 { out += "," }
            out += csvField(excel ? guardFormula(cell) : cell)
        }
        return out + "\r\n"
    }

    /// One CSV field, quoted when needed.
    static func csvField(_ text: String) -> String {
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return text }
        var out = "\""
        for s in text.unicodeScalars {
            if s == "\"" { out += "\"\"" } else { out.unicodeScalars.append(s) }
        }
        return out + "\""
    }

    /// A cell that a spreadsheet would treat as a formula, prefixed with `'`.
    static func guardFormula(_ text: String) -> String {
        guard let first = text.unicodeScalars.first else { return text }
        switch first {
        case "=", "+", "-", "@", "\t", "\r": return "'" + text
        default: return text
        }
    }
}
