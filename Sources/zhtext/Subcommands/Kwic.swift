import ArgumentParser
import ZhText

struct Kwic: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Keyword in context: every occurrence of a term, with the text around it.",
        discussion: """
        The term is found as a string in the normalized text, so multi-word terms work and counts do not depend on \
        segmentation. Default format (text): one line per hit, `file:start:<left context> [hit] <right context>`, \
        with the left context right-aligned; nothing else is written. start/end are Unicode-scalar offsets into \
        the decoded input; the hit is shown in its original characters, the context as normalized text.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, table, json, jsonl, csv, md }

    @Argument(help: "The term to find.")
    var term: String

    @OptionGroup var input: InputOptions
    @OptionGroup var extraction: ExtractionOptions
    @OptionGroup var store: StoreOptions

    @Option(help: "Characters of context on each side.")
    var width: Int = 20

    @Option(help: "Output format: text (default), table, json, jsonl, csv or md.")
    var format: Format = .text

    @Flag(help: "With --format csv: UTF-8 BOM and formula guarding for Excel.")
    var excel = false

    func validate() throws {
        if Normalizer.default.normalize(term).scalars.isEmpty { throw ValidationError("the term is empty") }
        if width < 0 { throw ValidationError("--width cannot be negative (got \(width))") }
        if excel && format != .csv { throw ValidationError("--excel needs --format csv") }
        try store.validate(paths: input.paths)
    }

    func run() throws {
        let decoder = input.prepare()
        let console = Console()
        var table = ReportTable(columns: [ReportColumn("file"), ReportColumn("start", alignment: .right), ReportColumn("end", alignment: .right),
                                          ReportColumn("left", alignment: .right), ReportColumn("hit"), ReportColumn("right")])
        var json = JSONReport(format: format == .jsonl ? .jsonl : .json)
        func emit(_ file: String, _ hits: [ConcordanceHit]) {
            switch format {
            case .text:
                for h in hits {
                    let pad = String(repeating: " ", count: max(0, 2 * width - DisplayWidth.of(h.left)))
                    console.line("\(file):\(h.range.lowerBound):\(pad)\(h.left) [\(h.text)] \(h.right)")
                }
            case .table, .csv, .md:
                for h in hits {
                    table.append([file, String(h.range.lowerBound), String(h.range.upperBound), h.left, h.text, h.right])
                }
            case .json, .jsonl:
                json.add(.object([
                    ("file", .string(file)), ("term", .string(term)), ("count", .int(hits.count)),
                    ("hits", .array(hits.map { h in
                        .object([("start", .int(h.range.lowerBound)), ("end", .int(h.range.upperBound)), ("text", .string(h.text)),
                                 ("left", .string(h.left)), ("right", .string(h.right))])
                    })),
                ]), console: console)
            }
        }
        if store.corpus != nil {
            guard let corpus = store.open(console: console) else { try console.finish(); return }
            for (entry, hits) in try CorpusQueries.concordance(of: term, in: corpus.entries(matching: store.filter), source: corpus, context: width) {
                emit(entry.record.file, hits)
            }
        } else {
            forEachInput(input, console: console, decoder: decoder) { source in
                emit(source.file, Concordance.hits(of: term, in: analysisText(of: source, extraction: extraction, console: console), context: width))
            }
        }
        switch format {
        case .table: console.write(table.renderTable())
        case .csv: console.write(table.renderCSV(excel: excel))
        case .md: console.write(table.renderMarkdown())
        case .json, .jsonl: json.finish(console: console)
        case .text: break
        }
        try console.finish()
    }
}
