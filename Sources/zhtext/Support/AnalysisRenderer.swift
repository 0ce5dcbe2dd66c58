import ZhText

/// Writes `analyze` output as documents arrive (in input order), then the corpus summary.
struct AnalysisRenderer {
    let format: Analyze.Format
    let terms: Int
    /// Whether `json` is an array (several inputs) or one object; the array is written element by element.
    let several: Bool
    private var written = 0
    /// With csv: a byte-order mark and formula guarding.
    var excel = false
    private var wroteHeader = false
    private var documents: [DocumentAnalysis] = []

    init(format: Analyze.Format, terms: Int, several: Bool = false) {
        self.format = format
        self.terms = terms
        self.several = several
    }

    /// Writes one document's result (and flushes it: a crash or kill later in the run loses nothing written).
    mutating func document(_ analysis: DocumentAnalysis, console: Console) {
        defer { console.flush() }
        switch format {
        case .jsonl: console.line(AnalysisReport.json(analysis).compact)
        case .json:
            // Bytes equal to `JSON.array(objects).pretty`, written as each document arrives.
            if several {
                console.write(written == 0 ? "[\n  " : ",\n  ")
                console.write(AnalysisReport.json(analysis).pretty(level: 1))
            } else {
                console.line(AnalysisReport.json(analysis).pretty)
            }
            written += 1
        case .table: console.write(AnalysisReport.text(analysis, markdown: false))
        case .md: console.write(AnalysisReport.text(analysis, markdown: true))
        case .csv:
            console.write(AnalysisReport.csv([AnalysisReport.csvRow(analysis)], header: !wroteHeader, excel: excel))
            wroteHeader = true
        case .html:
            var light = analysis
            light.contentTerms = TermCounts()
            documents.append(light)
        }
    }

    func finish(summary: CorpusSummary, console: Console) {
        switch format {
        case .jsonl: break
        case .csv:
            // No document at all: still a header, so that a script reading the file finds its columns.
            if !wroteHeader { console.write(AnalysisReport.csv([], header: true, excel: excel)) }
        case .json:
            if several && written > 0 { console.line("\n]") }
        case .table: console.write(AnalysisReport.text(summary, limit: terms, markdown: false))
        case .md: console.write(AnalysisReport.text(summary, limit: terms, markdown: true))
        case .html: if !documents.isEmpty { console.write(AnalysisReport.html(documents, summary: summary, limit: terms)) }
        }
    }
}
