extension ReportTable {
    /// The table aligned for a terminal: a header, a rule of `-`, then one line per row; columns separated by two
    /// spaces, widths measured with ``DisplayWidth`` (CJK characters are two columns). Line breaks and tabs inside a
    /// cell are shown as spaces so that every row stays on one line. No trailing spaces; ends with a line break
    /// (an empty string when the table has no columns).
    /// - Complexity: O(total characters).
    public func renderTable() -> String {
        var out = ""
        renderTable { out += $0 }
        return out
    }

    /// ``renderTable()`` handed to `sink` a line at a time (each line with its line break), so that a table of
    /// millions of rows is never held twice nor as one string. Cells are measured in a first pass and flattened
    /// again as each line is written.
    public func renderTable(_ sink: (String) -> Void) {
        guard !columns.isEmpty else { return }
        let header = columns.map(\.name)
        var widths = header.map(DisplayWidth.of)
        for row in rows {
            for i in columns.indices { widths[i] = max(widths[i], DisplayWidth.of(Self.flatten(cell(row, i)))) }
        }
        func emit(_ cells: [String]) {
            var line = ""
            for (i, text) in cells.enumerated() {
                let pad = String(repeating: " ", count: widths[i] - DisplayWidth.of(text))
                if i > 0 { line += "  " }
                line += columns[i].alignment == .right ? pad + text : text + pad
            }
            while line.unicodeScalars.last == " " { line.unicodeScalars.removeLast() }
            sink(line + "\n")
        }
        emit(header)
        emit(widths.map { String(repeating: "-", count: $0) })
        for row in rows { emit(columns.indices.map { Self.flatten(cell(row, $0)) }) }
    }

    /// A cell's text on one line: CR, LF, tab and other line breaks become spaces.
    static func flatten(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "\t" || Script.isLineBreak($0) }) else { return text }
        var out = String.UnicodeScalarView()
        var lastWasCR = false
        for s in text.unicodeScalars {
            if s == "\n" && lastWasCR { lastWasCR = false; continue }
            lastWasCR = s == "\r"
            out.append(s == "\t" || Script.isLineBreak(s) ? " " : s)
        }
        return String(out)
    }
}
