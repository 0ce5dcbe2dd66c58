extension ReportTable {
    /// The table as GitHub-flavoured Markdown: header, delimiter row (`---:` for right-aligned columns), rows.
    /// `|` and `\` in cells are escaped with a backslash and line breaks become `<br>`, so every row is one line.
    /// - Complexity: O(total characters).
    public func renderMarkdown() -> String {
        guard !columns.isEmpty else { return "" }
        var out = ""
        func emit(_ cells: [String]) { out += "| " + cells.joined(separator: " | ") + " |\n" }
        emit(columns.map { Self.markdownCell($0.name) })
        emit(columns.map { $0.alignment == .right ? "---:" : "---" })
        for row in rows { emit(columns.indices.map { Self.markdownCell(cell(row, $0)) }) }
        return out
    }

    static func markdownCell(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var lastWasCR = false
        for s in text.unicodeScalars {
            if s == "\n" && lastWasCR { lastWasCR = false; continue }
            lastWasCR = s == "\r"
            switch s {
            case "|": out.append("\\"); out.append("|")
            case "\\": out.append("\\"); out.append("\\")
            case "\r", "\n": out.append(contentsOf: "<br>".unicodeScalars)
            default: out.append(s)
            }
        }
        return String(out)
    }
}
