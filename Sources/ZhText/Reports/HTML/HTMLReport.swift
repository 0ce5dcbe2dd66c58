/// A self-contained HTML report: inline CSS and inline SVG charts, no script and no external requests, readable
/// offline in any browser. Every string that comes from a document is escaped (documents are untrusted).
public struct HTMLReport: Sendable {
    /// One row of the per-document table.
    public struct DocumentRow: Sendable, Equatable {
        /// The document's date as shown.
        public var date: String
        /// The document's title.
        public var title: String
        /// The input's name.
        public var file: String
        /// Non-white-space characters.
        public var characters: Int
        /// Its top keywords.
        public var keywords: [String]
        /// A table row.
        public init(date: String, title: String, file: String, characters: Int, keywords: [String]) {
            self.date = date
            self.title = title
            self.file = file
            self.characters = characters
            self.keywords = keywords
        }
    }

    /// A section: a heading, an explanation and one chart.
    public struct Section: Sendable {
        /// The section's heading.
        public var heading: String
        /// A sentence or two on how to read the chart.
        public var note: String
        /// The `<svg>` markup (from ``SVGLineChart``, ``SVGTimeline`` or ``SVGBarChart``).
        public var svg: String
        /// A section with one chart.
        public init(heading: String, note: String, svg: String) {
            self.heading = heading
            self.note = note
            self.svg = svg
        }
    }

    /// The page's title and main heading.
    public var title: String
    /// One line under the title (corpus size, span, grouping).
    public var summary: String
    /// The sections, in order.
    public var sections: [Section]
    /// The per-document table's rows.
    public var documents: [DocumentRow]
    /// Messages shown above the table (undated documents skipped, …).
    public var warnings: [String]

    /// A report; call ``render()`` for the HTML.
    public init(title: String, summary: String, sections: [Section], documents: [DocumentRow], warnings: [String] = []) {
        self.title = title
        self.summary = summary
        self.sections = sections
        self.documents = documents
        self.warnings = warnings
    }

    /// The whole HTML document.
    /// - Complexity: O(size of the output).
    public func render() -> String {
        let h = HTMLEscaping.escape
        var s = """
        <!DOCTYPE html>
        <html lang="zh">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
        <title>\(h(title))</title>
        <style>\(Self.css)</style>
        </head>
        <body>
        <header><h1>\(h(title))</h1><p class="summary">\(h(summary))</p></header>

        """
        if !warnings.isEmpty {
            s += "<ul class=\"warnings\">" + warnings.map { "<li>\(h($0))</li>" }.joined() + "</ul>\n"
        }
        for section in sections {
            s += "<section>\n<h2>\(h(section.heading))</h2>\n<p class=\"note\">\(h(section.note))</p>\n<div class=\"figure\">\(section.svg)</div>\n</section>\n"
        }
        s += "<section>\n<h2>Documents</h2>\n<table>\n<thead><tr><th>date</th><th>title</th><th>file</th><th class=\"num\">characters</th><th>top keywords</th></tr></thead>\n<tbody>\n"
        for d in documents {
            s += "<tr><td>\(h(d.date))</td><td>\(h(d.title))</td><td class=\"file\">\(h(d.file))</td><td class=\"num\">\(d.characters)</td><td>\(h(d.keywords.joined(separator: " · ")))</td></tr>\n"
        }
        s += "</tbody>\n</table>\n</section>\n<footer>Made by zhtext report. Frequencies are per 10,000 non-white-space characters of the normalized text.</footer>\n</body>\n</html>\n"
        return s
    }

    static let css = """
    body{font-family:"WenQuanYi Micro Hei","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;margin:2em auto;max-width:820px;color:#222;padding:0 1em}
    h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #ddd}
    .summary,.note{color:#555}.figure{overflow-x:auto}
    svg .grid{stroke:#eee;stroke-width:1}svg .axis{stroke:#888;stroke-width:1}
    svg text{font-size:12px;fill:#333}svg .tick{fill:#666;font-size:11px}svg .axis-label{fill:#555}
    table{border-collapse:collapse;width:100%;font-size:.9em}th,td{border-bottom:1px solid #eee;padding:.3em .5em;text-align:left;vertical-align:top}
    td.num,th.num{text-align:right}td.file{color:#777;word-break:break-all}
    .warnings{background:#fff8e1;border:1px solid #f0d78c;padding:.6em 2em}footer{margin-top:2em;color:#888;font-size:.8em}
    """
}
