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

    /// A section: a heading, an explanation, one chart and the chart's data.
    public struct Section: Sendable {
        /// The section's heading.
        public var heading: String
        /// A sentence or two on how to read the chart.
        public var note: String
        /// The `<svg>` markup (from ``SVGLineChart``, ``SVGTimeline`` or ``SVGBarChart``).
        public var svg: String
        /// The numbers behind the chart: shown after it in a collapsible table, with a CSV download.
        public var data: ReportTable?
        /// The CSV download's file name (`rising-terms.csv`).
        public var dataName: String
        /// A section with one chart and, optionally, its data.
        public init(heading: String, note: String, svg: String, data: ReportTable? = nil, dataName: String = "data.csv") {
            self.heading = heading
            self.note = note
            self.svg = svg
            self.data = data
            self.dataName = dataName
        }
    }

    /// The page's fixed words, in English or Chinese.
    public struct Labels: Sendable, Equatable {
        /// Heading of the document table.
        public var documents: String
        /// Column headers of the document table.
        public var date: String, title: String, file: String, characters: String, keywords: String
        /// The collapsible data table's summary line.
        public var data: String
        /// The CSV link's text.
        public var downloadCSV: String
        /// The footer.
        public var footer: String
        /// The `lang` attribute of the page.
        public var language: String

        /// English labels.
        public static let english = Labels(documents: "Documents", date: "date", title: "title", file: "file", characters: "characters",
                                           keywords: "top keywords", data: "Data", downloadCSV: "Download CSV",
                                           footer: "Made by zhtext report. Frequencies are per 10,000 non-white-space characters of the normalized text.",
                                           language: "en")
        /// Chinese labels.
        public static let chinese = Labels(documents: "文档", date: "日期", title: "标题", file: "文件", characters: "字数",
                                           keywords: "主要关键词", data: "数据", downloadCSV: "下载 CSV",
                                           footer: "由 zhtext report 生成。频率为每万字（规范化文本中的非空白字符）出现次数。",
                                           language: "zh")
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
    /// The page's fixed words.
    public var labels: Labels

    /// A report; call ``render()`` for the HTML.
    public init(title: String, summary: String, sections: [Section], documents: [DocumentRow], warnings: [String] = [],
                labels: Labels = .english) {
        self.title = title
        self.summary = summary
        self.sections = sections
        self.documents = documents
        self.warnings = warnings
        self.labels = labels
    }

    /// The whole HTML document.
    /// - Complexity: O(size of the output).
    public func render() -> String {
        let h = HTMLEscaping.escape
        var s = """
        <!DOCTYPE html>
        <html lang="\(labels.language)">
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
            s += "<section>\n<h2>\(h(section.heading))</h2>\n<p class=\"note\">\(h(section.note))</p>\n<div class=\"figure\">\(section.svg)</div>\n"
            if let data = section.data { s += dataBlock(data, name: section.dataName) }
            s += "</section>\n"
        }
        s += "<section>\n<h2>\(h(labels.documents))</h2>\n<table>\n<thead><tr><th>\(h(labels.date))</th><th>\(h(labels.title))</th><th>\(h(labels.file))</th><th class=\"num\">\(h(labels.characters))</th><th>\(h(labels.keywords))</th></tr></thead>\n<tbody>\n"
        for d in documents {
            s += "<tr><td>\(h(d.date))</td><td>\(h(d.title))</td><td class=\"file\">\(h(d.file))</td><td class=\"num\">\(d.characters)</td><td>\(h(d.keywords.joined(separator: " · ")))</td></tr>\n"
        }
        s += "</tbody>\n</table>\n</section>\n<footer>\(h(labels.footer))</footer>\n</body>\n</html>\n"
        return s
    }

    /// A chart's data: a collapsible table and the same rows as a CSV download (a `data:` URI, so the page stays
    /// one self-contained file).
    func dataBlock(_ table: ReportTable, name: String) -> String {
        let h = HTMLEscaping.escape
        var s = "<details class=\"data\"><summary>\(h(labels.data))</summary>\n<table>\n<thead><tr>"
        for c in table.columns { s += c.alignment == .right ? "<th class=\"num\">\(h(c.name))</th>" : "<th>\(h(c.name))</th>" }
        s += "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            s += "<tr>"
            for (k, c) in table.columns.enumerated() {
                let cell = table.cell(row, k)
                s += c.alignment == .right ? "<td class=\"num\">\(h(cell))</td>" : "<td>\(h(cell))</td>"
            }
            s += "</tr>\n"
        }
        s += "</tbody>\n</table>\n"
        s += "<p><a download=\"\(h(name))\" href=\"data:text/csv;charset=utf-8,\(Self.percentEncoded(table.renderCSV()))\">\(h(labels.downloadCSV))</a></p>\n</details>\n"
        return s
    }

    /// `text` percent-encoded for a `data:` URI: unreserved ASCII as is, every other UTF-8 byte as `%XX` (so
    /// quotes, `<`, `&` and line breaks cannot end the attribute or the URI).
    static func percentEncoded(_ text: String) -> String {
        let hex = Array("0123456789ABCDEF".unicodeScalars)
        var out = String.UnicodeScalarView()
        for b in text.utf8 {
            switch b {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x2E, 0x5F, 0x7E: out.append(Unicode.Scalar(b))
            default: out.append("%"); out.append(hex[Int(b >> 4)]); out.append(hex[Int(b & 15)])
            }
        }
        return String(out)
    }

    static let css = """
    body{font-family:"WenQuanYi Micro Hei","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;margin:2em auto;max-width:820px;color:#222;padding:0 1em}
    h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #ddd}
    .summary,.note{color:#555}.figure{overflow-x:auto}
    svg .grid{stroke:#eee;stroke-width:1}svg .axis{stroke:#888;stroke-width:1}
    svg text{font-size:12px;fill:#333}svg .tick{fill:#666;font-size:11px}svg .axis-label{fill:#555}
    table{border-collapse:collapse;width:100%;font-size:.9em}th,td{border-bottom:1px solid #eee;padding:.3em .5em;text-align:left;vertical-align:top}
    td.num,th.num{text-align:right}td.file{color:#777;word-break:break-all}
    details.data{margin:.4em 0 1em}details.data summary{cursor:pointer;color:#555}details.data table{font-size:.85em}
    .warnings{background:#fff8e1;border:1px solid #f0d78c;padding:.6em 2em}footer{margin-top:2em;color:#888;font-size:.8em}
    """
}
