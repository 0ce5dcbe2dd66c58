/// Renders ``DocumentAnalysis`` and ``CorpusSummary`` as JSON, terminal tables, Markdown and HTML.
public enum AnalysisReport {
    // MARK: JSON

    /// One document as a JSON object (fields per the output contract: plain values, null when absent).
    public static func json(_ a: DocumentAnalysis) -> JSON {
        func s(_ v: String?) -> JSON { v.map(JSON.string) ?? .null }
        let st = a.statistics
        return .object([
            ("file", .string(a.file)),
            ("encoding", .string(a.encoding)),
            ("extraction", .string(a.extraction)),
            ("title", s(a.title)),
            ("date", s(a.date)),
            ("date_source", s(a.dateSource)),
            ("source", s(a.source)),
            ("author", s(a.author)),
            ("script", s(a.script)),
            ("statistics", .object([
                ("characters", .int(st.characters)), ("han_characters", .int(st.hanCharacters)),
                ("sentences", .int(st.sentences)), ("tokens", .int(st.tokens)), ("distinct_terms", .int(st.distinctTerms)),
            ])),
            ("keyword_method", .string(a.keywordMethod)),
            ("keywords", .array(a.keywords.map {
                .object([("term", .string($0.term)), ("score", .double(rounded($0.score))), ("count", .int($0.count)), ("start", .int($0.start))]
                        + Self.variants($0.variants))
            })),
            ("phrases", .array(a.phrases.map {
                .object([("phrase", .string($0.phrase)), ("category", .string($0.category)), ("count", .int($0.count)),
                         ("longest_count", .int($0.longestCount)), ("start", .int($0.start))])
            })),
            ("top_terms", .array(a.topTerms.map {
                .object([("term", .string($0.term)), ("count", .int($0.count)), ("per_10k", .double(rounded($0.per10k)))]
                        + Self.variants($0.variants))
            })),
        ])
    }

    /// The `variants` field: the forms a term merged (only when it merged more than one).
    static func variants(_ forms: [String]) -> [(String, JSON)] {
        forms.isEmpty ? [] : [("variants", .array(forms.map { .string($0) }))]
    }

    // MARK: Text (terminal table or Markdown)

    /// One document as a block of text: a header, metadata and statistics lines, then tables.
    public static func text(_ a: DocumentAnalysis, markdown: Bool) -> String {
        var out = markdown ? "## \(escapeMarkdown(a.file))\n\n" : "== \(a.file) ==\n"
        var meta: [(String, String)] = [("encoding", a.encoding), ("extraction", a.extraction)]
        if let v = a.title { meta.append(("title", v)) }
        if let v = a.date { meta.append(("date", v + (a.dateSource.map { " (\($0))" } ?? ""))) }
        if let v = a.source { meta.append(("source", v)) }
        if let v = a.author { meta.append(("author", v)) }
        if let v = a.script { meta.append(("script", v)) }
        let st = a.statistics
        meta.append(("statistics", "\(st.characters) characters, \(st.hanCharacters) Han, \(st.sentences) sentences, \(st.tokens) tokens, \(st.distinctTerms) distinct terms"))
        for (k, v) in meta { out += markdown ? "- **\(k)**: \(escapeMarkdown(v))\n" : "\(k): \(v)\n" }
        out += "\n"
        var keywords = ReportTable(columns: [ReportColumn("#", alignment: .right), ReportColumn("keyword"),
                                             ReportColumn("score", alignment: .right), ReportColumn("count", alignment: .right)])
        for (i, k) in a.keywords.enumerated() { keywords.append([String(i + 1), k.term, format(k.score, digits: 4), String(k.count)]) }
        out += section("Keywords (\(a.keywordMethod))", keywords, markdown: markdown)
        // Leftmost-longest count first (十四五 inside 十四五规划 is not counted twice by a reader), then every occurrence.
        var phrases = ReportTable(columns: [ReportColumn("phrase"), ReportColumn("category"), ReportColumn("longest_count", alignment: .right),
                                            ReportColumn("count", alignment: .right)])
        for p in longestFirst(a.phrases) { phrases.append([p.phrase, p.category, String(p.longestCount), String(p.count)]) }
        out += section("Policy phrases", phrases, markdown: markdown)
        var terms = ReportTable(columns: [ReportColumn("term"), ReportColumn("count", alignment: .right), ReportColumn("per 10k", alignment: .right)])
        for t in a.topTerms { terms.append([t.term, String(t.count), format(t.per10k, digits: 2)]) }
        out += section("Top terms", terms, markdown: markdown)
        return out
    }

    /// The corpus summary as text; empty for fewer than two documents.
    public static func text(_ c: CorpusSummary, limit: Int, markdown: Bool) -> String {
        guard c.documents >= 2 else { return "" }
        var out = markdown ? "## Corpus\n\n" : "== Corpus ==\n"
        out += "\(c.documents) documents, \(c.characters) characters\n\n"
        var terms = ReportTable(columns: [ReportColumn("term"), ReportColumn("count", alignment: .right),
                                          ReportColumn("per 10k", alignment: .right), ReportColumn("documents", alignment: .right)])
        for e in c.topTerms(limit) { terms.append([e.term, String(e.count), format(e.per10k, digits: 2), String(e.documents)]) }
        out += section("Top terms", terms, markdown: markdown)
        var phrases = ReportTable(columns: [ReportColumn("phrase"), ReportColumn("longest_count", alignment: .right), ReportColumn("count", alignment: .right),
                                            ReportColumn("per 10k", alignment: .right), ReportColumn("documents", alignment: .right)])
        for e in c.topPhrases(limit) { phrases.append([e.term, String(e.longestCount), String(e.count), format(e.per10k, digits: 2), String(e.documents)]) }
        out += section("Policy phrases", phrases, markdown: markdown)
        let trends = c.phraseTrends(5)
        if !trends.isEmpty {
            let heading = "Trend of the top phrases (count per year; \(c.datedDocuments) dated documents)"
            out += section(heading, trendTable(trends, labels: c.periodLabels), markdown: markdown)
            out += markdown ? "More: `zhtext trend`, `zhtext compare`, `zhtext report PATH… --html report.html`.\n\n"
                            : "More: zhtext trend --phrases PATH…, zhtext compare A B, zhtext report PATH… --html report.html\n\n"
        }
        return out
    }

    /// Periods up to which the trend table has one column per period; longer series of years get one row per
    /// phrase and decade with a column per year digit, so the table stays about 80 characters wide.
    public static let widePeriodLimit = 8

    /// The phrase trend as a table: one column per period for a short series; for a long series of years one row
    /// per phrase and decade (`1990s`) with columns `0`…`9` (empty where no document of that year was analysed,
    /// so a gap is not read as 0); other long series in long format (phrase, period, count).
    static func trendTable(_ trends: [CorpusSummary.PhraseTrend], labels: [String]) -> ReportTable {
        if labels.count <= widePeriodLimit {
            var table = ReportTable(columns: [ReportColumn("phrase"), ReportColumn("first"), ReportColumn("last")]
                                    + labels.map { ReportColumn($0, alignment: .right) })
            for t in trends { table.append([t.phrase, t.firstSeen, t.lastSeen] + t.periods.map { String($0.count) }) }
            return table
        }
        let years = labels.compactMap { label in label.count == 4 ? Int(label) : nil }
        guard years.count == labels.count else {
            var table = ReportTable(columns: [ReportColumn("phrase"), ReportColumn("period"), ReportColumn("count", alignment: .right)])
            for t in trends { for p in t.periods { table.append([t.phrase, p.period, String(p.count)]) } }
            return table
        }
        var table = ReportTable(columns: [ReportColumn("phrase"), ReportColumn("first"), ReportColumn("last"), ReportColumn("decade")]
                                + (0...9).map { ReportColumn(String($0), alignment: .right) })
        let decades = Array(Set(years.map { $0 / 10 })).sorted()
        for t in trends {
            let counts = Dictionary(uniqueKeysWithValues: t.periods.map { (Int($0.period)!, $0.count) })
            for (k, decade) in decades.enumerated() {
                let cells = (0...9).map { digit in counts[decade * 10 + digit].map(String.init) ?? "" }
                table.append(k == 0 ? [t.phrase, t.firstSeen, t.lastSeen, "\(decade * 10)s"] + cells : ["", "", "", "\(decade * 10)s"] + cells)
            }
        }
        return table
    }

    // MARK: CSV

    /// The CSV columns of ``csvRow(_:)``: one row per document.
    public static let csvColumns = ["file", "title", "date", "date_source", "source", "author", "extraction", "encoding", "characters",
                                    "han_characters", "sentences", "tokens", "distinct_terms", "keyword_method", "keywords", "phrases"]

    /// One document as a CSV row (cells in ``csvColumns`` order): title and date as tables show them
    /// (``DocumentAnalysis/shownTitle``, ``DocumentAnalysis/shownDate``), keywords joined by spaces in rank order,
    /// phrases as `phrase:longest_count` joined by spaces.
    public static func csvRow(_ a: DocumentAnalysis) -> [String] {
        let st = a.statistics
        let date = a.shownDate
        return [a.file, a.shownTitle, date?.date ?? "", date?.source ?? "", a.source ?? "", a.author ?? "", a.extraction, a.encoding,
                String(st.characters), String(st.hanCharacters), String(st.sentences), String(st.tokens), String(st.distinctTerms),
                a.keywordMethod, a.keywords.map(\.term).joined(separator: " "),
                longestFirst(a.phrases).filter { $0.longestCount > 0 }.map { "\($0.phrase):\($0.longestCount)" }.joined(separator: " ")]
    }

    /// CSV text for `rows`, after the header and byte-order mark when `header` is true (RFC 4180, see
    /// ``ReportTable/renderCSV(excel:)``), so that documents can be written as they are analysed.
    public static func csv(_ rows: [[String]], header: Bool, excel: Bool) -> String {
        let table = ReportTable(columns: csvColumns.map { ReportColumn($0) }, rows: rows)
        return header ? table.renderCSV(excel: excel) : table.renderCSVRows(excel: excel)
    }

    // MARK: HTML

    /// A self-contained HTML page (inline CSS and SVG, no script): per-document sections and the corpus summary.
    public static func html(_ documents: [DocumentAnalysis], summary: CorpusSummary, limit: Int) -> String {
        var sections: [HTMLReport.Section] = []
        let phrases = summary.topPhrases(limit)
        if !phrases.isEmpty {
            let chart = SVGBarChart(bars: phrases.map { .init(name: $0.term, value: Double($0.longestCount)) }, negativeLabel: "", positiveLabel: "count")
            sections.append(.init(heading: "Policy phrases", note: "Occurrences across all documents (longest match: 十四五 inside 十四五规划 counts as 十四五规划 only).", svg: chart.render()))
        }
        let terms = summary.topTerms(limit)
        if !terms.isEmpty {
            let chart = SVGBarChart(bars: terms.map { .init(name: $0.term, value: Double($0.count)) }, negativeLabel: "", positiveLabel: "count")
            sections.append(.init(heading: "Top terms", note: "Content words counted as tokens (stop words removed).", svg: chart.render()))
        }
        let rows = documents.map { a in
            HTMLReport.DocumentRow(date: a.shownDate?.date ?? "", title: a.shownTitle, file: a.file, characters: a.statistics.characters,
                                   keywords: a.keywords.map(\.term))
        }
        let title = documents.count == 1 ? "ZhText analysis: \(documents[0].title ?? documents[0].file)" : "ZhText analysis: \(documents.count) documents"
        let summaryText = "\(summary.documents) document\(summary.documents == 1 ? "" : "s"), \(summary.characters) characters."
        return HTMLReport(title: title, summary: summaryText, sections: sections, documents: rows).render()
    }

    // MARK: Helpers

    /// Phrases as tables show them: leftmost-longest count descending, then phrase.
    static func longestFirst(_ phrases: [DocumentAnalysis.PhraseSummary]) -> [DocumentAnalysis.PhraseSummary] {
        phrases.filter { $0.longestCount > 0 || $0.count > 0 }
            .sorted { $0.longestCount != $1.longestCount ? $0.longestCount > $1.longestCount : $0.phrase < $1.phrase }
    }

    static func section(_ heading: String, _ table: ReportTable, markdown: Bool) -> String {
        if table.rows.isEmpty { return markdown ? "### \(heading)\n\n(none)\n\n" : "\(heading): none\n\n" }
        return markdown ? "### \(heading)\n\n" + table.renderMarkdown() + "\n" : "\(heading)\n" + table.renderTable() + "\n"
    }

    static func format(_ d: Double, digits: Int) -> String {
        let s = String(format6: d)
        guard let dot = s.firstIndex(of: ".") else { return s }
        return String(s[..<s.index(dot, offsetBy: digits + 1, limitedBy: s.endIndex)!])
    }

    static func rounded(_ d: Double) -> Double { (d * 1_000_000).rounded() / 1_000_000 }

    static func escapeMarkdown(_ s: String) -> String {
        s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "*", with: "\\*").replacingOccurrences(of: "_", with: "\\_")
    }
}
