import ZhText

/// Writes `analyze` output as documents arrive (in input order), then the corpus summary.
struct AnalysisRenderer {
    let format: Analyze.Format
    let terms: Int
    private var objects: [JSON] = []
    private var documents: [DocumentAnalysis] = []

    init(format: Analyze.Format, terms: Int) {
        self.format = format
        self.terms = terms
    }

    mutating func document(_ analysis: DocumentAnalysis, console: Console) {
        switch format {
        case .jsonl: console.line(AnalysisReport.json(analysis).compact)
        case .json: objects.append(AnalysisReport.json(analysis))
        case .table: console.write(AnalysisReport.text(analysis, markdown: false))
        case .md: console.write(AnalysisReport.text(analysis, markdown: true))
        case .html:
            var light = analysis
            light.contentTerms = TermCounts()
            documents.append(light)
        }
    }

    func finish(summary: CorpusSummary, console: Console) {
        switch format {
        case .jsonl: break
        case .json:
            if objects.count == 1 { console.line(objects[0].pretty) } else if !objects.isEmpty { console.line(JSON.array(objects).pretty) }
        case .table: console.write(AnalysisReport.text(summary, limit: terms, markdown: false))
        case .md: console.write(AnalysisReport.text(summary, limit: terms, markdown: true))
        case .html: if !documents.isEmpty { console.write(AnalysisReport.html(documents, summary: summary, limit: terms)) }
        }
    }
}
