import ArgumentParser
import ZhText

extension KWICSort: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
    public static var allValueStrings: [String] { ["L1", "L2", "L3", "R1", "R2", "R3"] }
}

struct Kwic: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Keyword in context: every occurrence of a term, with the text around it.",
        discussion: """
        The term is found as a string in the normalized text, so multi-word terms work and counts do not depend on \
        segmentation. A `*` in the term stands for up to 10 characters within one sentence (加强*建设 finds \
        加强生态文明建设); --regex PATTERN finds a regular expression instead of a term (then every argument is a \
        path). Default format (text): one line per hit, `file:start:<left context> [hit] <right context>`, with \
        the left context right-aligned; a line break inside a hit or its context shows as ⏎ (text, table, csv, md; \
        JSON keeps it). start/end are Unicode-scalar offsets into the decoded input; the hit is shown in its \
        original characters, the context as normalized text. --sort L1|L2|L3|R1|R2|R3 orders the lines of all \
        inputs by the first to third word left (L) or right (R) of the hit, as AntConc does; ties keep input order.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, table, json, jsonl, csv, md }

    @Argument(help: "The term to find (`*` = up to 10 characters within a sentence); with --regex, the first path.")
    var term: String?

    @OptionGroup var input: InputOptions
    @OptionGroup var extraction: ExtractionOptions
    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("Find this regular expression (on normalized text) instead of a term.", valueName: "pattern"))
    var regex: String?

    @Option(help: ArgumentHelp("Order lines by the 1st–3rd word left (L1–L3) or right (R1–R3) of the hit.", valueName: "L1|L2|L3|R1|R2|R3"))
    var sort: KWICSort?

    @Option(help: "Characters of context on each side.")
    var width: Int = 20

    @Option(help: "Output format: text (default), table, json, jsonl, csv or md.")
    var format: Format = .text

    @Flag(help: "With --format csv: UTF-8 BOM and formula guarding for Excel.")
    var excel = false

    @Option(help: ArgumentHelp("With --corpus: skip the first N lines of the whole concordance (paging; JSON: one page object).", valueName: "n"))
    var offset: Int?

    @Option(help: ArgumentHelp("With --corpus: at most N lines (paging; JSON: one page object with the total).", valueName: "n"))
    var limit: Int?

    func validate() throws {
        if width < 0 { throw ValidationError("--width cannot be negative (got \(width))") }
        if excel && format != .csv { throw ValidationError("--excel needs --format csv") }
        do { _ = try query() } catch { throw ValidationError(String(describing: error)) }
        try store.validate(paths: inputs.paths)
        if offset != nil || limit != nil {
            if store.corpus == nil { throw ValidationError("--offset and --limit page a corpus: give --corpus CORPUS") }
            if let offset, offset < 0 { throw ValidationError("--offset cannot be negative (got \(offset))") }
            if let limit, limit < 0 { throw ValidationError("--limit cannot be negative (got \(limit))") }
        }
    }

    /// The library query these flags describe.
    func query() throws -> KWICQuery {
        if let regex { return try KWICQuery(regex: regex, context: width, sort: sort) }
        guard let term else { throw ZhTextError.invalidArgument("give a term to find (or --regex PATTERN)") }
        if Normalizer.default.normalize(term).scalars.isEmpty { throw ZhTextError.invalidArgument("the term is empty") }
        return try KWICQuery(term: term, context: width, sort: sort)
    }

    /// With --regex the positional `term` is the first path.
    var inputs: InputOptions {
        var options = input
        if regex != nil, let term { options.paths.insert(term, at: 0) }
        return options
    }

    func run() throws {
        let query = try query()
        let inputs = inputs
        let decoder = inputs.prepare()
        let console = Console()
        let shownTerm = regex ?? term ?? ""
        var files: [String] = []
        var sortedLines: [KWICLine] = []  // kept only when sorting across inputs
        var table = ReportTable(columns: [ReportColumn("file"), ReportColumn("start", alignment: .right), ReportColumn("end", alignment: .right),
                                          ReportColumn("left", alignment: .right), ReportColumn("hit"), ReportColumn("right")]
                                + (sort.map { [ReportColumn($0.description)] } ?? []))
        if format == .csv { console.write((excel ? "\u{FEFF}" : "") + ReportTable.csvRecord(table.columns.map(\.name), excel: excel)) }
        var json = JSONReport(format: format == .jsonl ? .jsonl : .json)
        // `text` is nil for a stored document that the store's index shows to hold no hit.
        func emit(_ file: String, _ text: NormalizedText?) {
            // Unsorted, each line is made as it is written (a 50 MB text may hold millions of hits); sorted, every
            // line must exist before the first is written.
            let document = files.count
            let found: [KWICLine], ranges: [Range<Int>]
            if sort != nil {
                found = text.map { query.ordered(query.lines(in: $0, document: document)) } ?? []
                ranges = []
            } else {
                found = []
                ranges = text.map { query.ranges(in: $0) } ?? []
            }
            let lines = sort != nil ? AnySequence(found) : AnySequence(ranges.lazy.map { KWICLine(document: document, hit: query.hit(at: $0, in: text!), sortKey: "") })
            let count = sort != nil ? found.count : ranges.count
            files.append(file)
            switch format {
            case .json, .jsonl:
                var fields: [(String, JSON)] = [("file", .string(file)), (regex == nil ? "term" : "regex", .string(shownTerm))]
                if let sort { fields.append(("sort", .string(sort.description))) }
                fields.append(("count", .int(count)))
                json.add(console: console) { w in
                    w.beginObject()
                    for (k, v) in fields { w.field(k, v) }
                    w.key("hits"); w.beginArray()
                    for line in lines {
                        let h = line.hit
                        var hit: [(String, JSON)] = [("start", .int(h.range.lowerBound)), ("end", .int(h.range.upperBound)), ("text", .string(h.text)),
                                                     ("left", .string(h.left)), ("right", .string(h.right))]
                        if sort != nil { hit.append(("sort_key", .string(line.sortKey))) }
                        w.value(.object(hit))
                    }
                    w.end()
                    w.end()
                }
            case .text, .table, .csv, .md:
                if sort != nil { sortedLines += found } else { render(lines, files: files, table: &table, console: console) }
            }
        }
        // A plain term (no wildcard, no pattern): the store narrows the documents to those that can hold it.
        let literal = KWICPage.literal(of: query)
        if store.corpus != nil, offset != nil || limit != nil {
            // A page of the whole concordance (the library's KWICPage, as the server's /api/kwic answers).
            guard let corpus = store.open(console: console) else { try console.finish(); return }
            let entries = try literal.map { try corpus.entries(matching: store.filter, mayContain: $0) } ?? corpus.entries(matching: store.filter)
            let page = try KWICPage.find(query, in: entries, source: corpus, offset: offset ?? 0, limit: limit ?? Int.max)
            switch format {
            case .json: console.line(page.json(query).pretty)
            case .jsonl: console.line(page.json(query).compact)
            case .text, .table, .csv, .md:
                files = page.lines.map(\.entry.record.file)
                render(page.lines.enumerated().map { k, l in var line = l.line; line.document = k; return line }, files: files, table: &table, console: console)
            }
            writeCollected(table, console: console)
            try console.finish()
            return
        }
        if store.corpus != nil {
            guard let corpus = store.open(console: console) else { try console.finish(); return }
            // A plain term narrows the documents through the store's index: only the records of those that can hold
            // it are made, and only their texts read (wildcards and patterns read every text). JSON has an object for
            // every document selected, hits or not, so it takes every record.
            let narrow = literal != nil && format != .json && format != .jsonl
            let entries = try narrow ? corpus.entries(matching: store.filter, mayContain: literal!) : corpus.entries(matching: store.filter)
            json.expect(inputs: entries.count)
            try corpus.forEachText(of: entries, containing: literal) { e, text in emit(e.record.file, text) }
        } else {
            let duplicates = DuplicateFilter(extraction.duplicates)
            let collected = InputCollector.collect(inputs.paths)
            json.expect(inputs: collected.count)
            forEachInput(collected, console: console, decoder: decoder) { source in
                let text = analysisText(of: source, extraction: extraction, console: console, normalizer: inputs.normalizer)
                guard duplicates.admit(source.file, text: text, console: console) else { return }
                emit(source.file, text)
            }
        }
        if sort != nil { render(query.ordered(sortedLines), files: files, table: &table, console: console) }
        writeCollected(table, console: console)
        if format == .json || format == .jsonl { json.finish(console: console) }
        try console.finish()
    }

    /// The rows collected for the formats that need every row first (aligned table, Markdown); text and CSV lines
    /// were written as they came (`render`), JSON by its report.
    func writeCollected(_ table: ReportTable, console: Console) {
        switch format {
        case .table: table.renderTable { console.write($0) }
        case .md: console.write(table.renderMarkdown())
        case .text, .csv, .json, .jsonl: break
        }
    }

    /// Text lines are written at once; table rows are collected. Every line break shows as ⏎.
    func render(_ found: some Sequence<KWICLine>, files: [String], table: inout ReportTable, console: Console) {
        for line in found {
            let h = line.hit, file = files[line.document]
            let left = ConcordanceHit.oneLine(h.left), hit = ConcordanceHit.oneLine(h.text), right = ConcordanceHit.oneLine(h.right)
            if format == .text {
                let pad = String(repeating: " ", count: max(0, 2 * width - DisplayWidth.of(left)))
                console.line("\(file):\(h.range.lowerBound):\(pad)\(left) [\(hit)] \(right)")
            } else {
                let cells = [file, String(h.range.lowerBound), String(h.range.upperBound), left, hit, right] + (sort == nil ? [] : [line.sortKey])
                // CSV is written a row at a time (millions of hits); aligned tables and Markdown need every row.
                if format == .csv { console.write(ReportTable.csvRecord(cells, excel: excel)) } else { table.append(cells) }
            }
        }
    }
}
