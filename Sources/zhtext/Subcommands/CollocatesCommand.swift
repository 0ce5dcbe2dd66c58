import ArgumentParser
import ZhText

extension AssociationMeasure: ExpressibleByArgument {}

struct CollocatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "collocates",
        abstract: "Words and policy phrases near a term, with co-occurrence counts and an association score.",
        discussion: """
        The node is found as a string in the normalized text, as `kwic` finds it. Its window holds --window word \
        positions on each side (punctuation takes none) and never crosses a sentence end (。！？；…!?; or a line \
        break); overlapping windows count each position once. Collocates are terms as `freq` counts them (content \
        terms by their counting key; stop words, numbers and function words hold a position but are not listed) and policy phrases lying wholly inside a window. \
        Columns: cooccurrence (O, the collocate's occurrences inside the windows), node_count (f1), term_count (f2, \
        the collocate's occurrences in all inputs), expected (E = window positions × f2 / corpus positions), score. \
        Measures: logdice = 14 + log2(2·O/(f1+f2)) (Rychlý 2008); mi = log2(O/E) (Church & Hanks 1990); \
        t = (O−E)/√O; g2 = log-likelihood over the 2×2 table (Dunning 1993), negative when O < E. Rows by score, \
        then term. All inputs are pooled; with --by, one list per period.
        """
    )

    @Argument(help: "The node: the term whose company is listed.")
    var node: String

    @OptionGroup var input: InputOptions
    @OptionGroup var documents: DocumentOptions
    @OptionGroup var store: StoreOptions

    @Option(help: "Word positions on each side of the node.")
    var window: Int = 5

    @Option(help: "Score: logdice, mi, t or g2.")
    var measure: AssociationMeasure = .logdice

    @Option(help: "Leave out collocates seen fewer times than this near the node.")
    var minCount: Int = 1

    @Option(help: "Only the N best collocates (per period with --by).")
    var top: Int = 50

    @Option(name: .customLong("by"), help: ArgumentHelp("One list per period: year, quarter, month, week, day or label (dates as for `trend`); with --corpus also per value of a metadata field (source, author, …).", valueName: "period|field"))
    var grouping: CorpusGrouping?

    /// The period of `--by` (nil for none or a field).
    var by: PeriodUnit? {
        if case let .period(unit)? = grouping { return unit }
        return nil
    }

    @Flag(help: "Do not count policy phrases whole (words only).")
    var noPhrases = false

    @Flag(help: "Count every word token as `freq --all-terms` does (default: content terms, as `freq`).")
    var allTerms = false

    @OptionGroup var output: OutputOptions

    func validate() throws {
        try store.validate(paths: input.paths)
        if store.corpus != nil && (documents.manifest != nil || documents.date != nil) {
            throw ValidationError("--manifest and --date apply to paths; a corpus store keeps each document's date")
        }
        if Normalizer.default.normalize(node).scalars.isEmpty { throw ValidationError("the term is empty") }
        if window < 1 { throw ValidationError("--window must be at least 1 (got \(window))") }
        if minCount < 1 { throw ValidationError("--min-count must be at least 1 (got \(minCount))") }
        if top < 1 { throw ValidationError("--top must be at least 1 (got \(top))") }
        if case let .field(name)? = grouping, store.corpus == nil {
            throw ValidationError("--by \(name): no such period (year, quarter, month, week, day, label); metadata fields need --corpus")
        }
    }

    func run() throws {
        let console = Console()
        var terms: CorpusTerms
        do { terms = try CorpusTerms.standard(phrases: noPhrases ? nil : .default, allTerms: allTerms) } catch {
            console.fail(error); try console.finish(); return
        }
        // A store with an adapted lexicon of its own segments with it (as its counts were made).
        if store.corpus != nil { terms.segmenter = LexiconSegmenter(lexicon: store.lexicon()) }
        let empty = Collocates(node: node, window: window, terms: terms)
        var lists: [(period: Period?, query: Collocates)] = []
        if case let .field(name)? = grouping {
            guard let corpus = store.open(console: console) else { try console.finish(); return }
            let groups: CorpusGroups
            do { groups = try CorpusQueries.groups(in: corpus, where: store.filter, by: .field(name)) } catch let error as ZhTextError {
                if case .invalidArgument = error { throw ValidationError(error.description) }
                throw error
            }
            if !groups.skipped.isEmpty {
                console.warn("\(groups.skipped.count) document\(groups.skipped.count == 1 ? "" : "s") left out of --by \(name): " + groups.skipped.joined(separator: "; "))
            }
            for bucket in groups.buckets {
                var query = empty
                let keys = bucket.documents.map { groups.entries[$0].key }
                for start in stride(from: 0, to: keys.count, by: 64) {
                    try corpus.forEachText(of: Array(keys[start..<min(keys.count, start + 64)]), containing: nil) { _, text in query.add(text) }
                }
                lists.append((bucket.period, query))
            }
        } else if let by {
            var groups = PeriodGroups<Collocates>()
            var problems: [String] = []
            try store.eachDocument(input.paths, input: input, corpus: documents.corpus(by: by), console: console) { doc in
                let ok = groups.update(doc, by: by, make: { empty }) { $0.add(doc.text) }
                if !ok { problems.append("\(doc.file) (date \(doc.date?.description ?? "-") is not precise enough for --by \(by.rawValue))") }
            }
            if !problems.isEmpty { console.fail(ZhTextError.invalidArgument("cannot group by \(by.rawValue): " + problems.joined(separator: "; "))) }
            lists = groups.sorted.map { ($0.period, $0.value) }
        } else {
            var query = empty
            try store.eachDocument(input.paths, input: input, corpus: documents.corpus(by: nil), console: console, requireDates: false) {
                query.add($0.text)
            }
            if query.documents > 0 { lists = [(nil, query)] }
        }
        write(lists, console: console)
        try console.finish()
    }

    private func write(_ lists: [(period: Period?, query: Collocates)], console: Console) {
        let rows = lists.map { $0.query.rows(measure: measure, minimumCount: minCount, top: top) }
        func number(_ d: Double) -> String { ReportNumber.format(d, decimals: 3) }
        switch output.format {
        case .table, .csv, .md:
            var columns = [ReportColumn("term"), ReportColumn("cooccurrence", alignment: .right), ReportColumn("node_count", alignment: .right),
                           ReportColumn("term_count", alignment: .right), ReportColumn("expected", alignment: .right),
                           ReportColumn("score", alignment: .right)]
            if grouping != nil { columns.insert(ReportColumn("period"), at: 0) }
            var table = ReportTable(columns: columns)
            for (list, list_rows) in zip(lists, rows) {
                for r in list_rows {
                    var cells = [r.term, String(r.counts.observed), String(r.counts.nodeCount), String(r.counts.collocateCount),
                                 number(r.counts.expected), number(r.score)]
                    if let p = list.period { cells.insert(p.label, at: 0) }
                    table.append(cells)
                }
            }
            console.write(output.format.render(table, excel: output.excel)!)
        case .json, .jsonl:
            func object(_ list: (period: Period?, query: Collocates), _ rows: [Collocates.Row]) -> [(String, JSON)] {
                var fields: [(String, JSON)] = []
                if let p = list.period { fields.append(("period", .string(p.label))) }
                fields += [
                    ("documents", .int(list.query.documents)), ("node_count", .int(list.query.nodeCount)),
                    ("positions", .int(list.query.corpusPositions)), ("window_positions", .int(list.query.windowPositions)),
                    ("collocates", .array(rows.map { r in
                        .object([("term", .string(r.term)), ("cooccurrence", .int(r.counts.observed)), ("node_count", .int(r.counts.nodeCount)),
                                 ("term_count", .int(r.counts.collocateCount)), ("expected", .double(r.counts.expected)),
                                 ("score", .double(r.score))])
                    })),
                ]
                return fields
            }
            let head: [(String, JSON)] = [("node", .string(node)), ("window", .int(window)), ("measure", .string(measure.rawValue))]
            if let grouping {
                let periods = zip(lists, rows).map { JSON.object(object($0, $1)) }
                if output.format == .jsonl {
                    for p in periods { if case let .object(f) = p { console.line(JSON.object(head + f).compact) } }
                } else {
                    console.line(JSON.object(head + [("by", .string(grouping.description)), ("periods", .array(periods))]).pretty)
                }
            } else {
                let fields = lists.first.map { object($0, rows[0]) } ?? object((nil, Collocates(node: node, window: window, terms: CorpusTerms())), [])
                let json = JSON.object(head + fields)
                console.line(output.format == .jsonl ? json.compact : json.pretty)
            }
        }
    }
}
