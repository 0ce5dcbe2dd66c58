import ArgumentParser
import Foundation
import ZhText
import ZhTextStore

struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Analyse documents: metadata, statistics, keywords, policy phrases, top terms, and a corpus summary.",
        discussion: """
        Files are analysed in parallel (--jobs); output comes in input order and is the same whatever --jobs. \
        HTML and saved web pages are reduced to their article first (--no-extract to turn that off). With several \
        documents a corpus summary follows (table, md and html formats; json and jsonl hold one object per document). \
        Dated documents (a date in the file name such as 2025.txt or 2026-01-22_x.txt, or in page metadata) get a \
        short trend of the top policy phrases; `zhtext trend` and `zhtext report` go further. Inputs over 8 MB are \
        read and analysed in pieces cut at sentence ends (same results, bounded memory) as plain text.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, jsonl, md, html, csv }

    @OptionGroup var input: InputOptions
    @OptionGroup var extraction: ExtractionOptions
    @OptionGroup var adaptation: AdaptOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup(title: "Streaming JSONL (the map step of Spark, Hadoop Streaming, GNU parallel)") var stream: StreamOptions

    @Option(help: "Output format: table, json, jsonl, md, html or csv (one row per document: file, title, date, source, characters, tokens, keywords joined by spaces, …).")
    var format: Format = .table

    @Flag(help: "With --format csv: start with a UTF-8 BOM (Excel opens Chinese correctly) and guard cells starting with = + - @.")
    var excel = false

    @Option(help: "Keywords per document.")
    var top: Int = 10

    @Option(help: "Top terms per document (and phrases and terms in the corpus summary).")
    var terms: Int = 15

    @Option(help: "Keyword method: tfidf, textrank or phrase.")
    var method: String = Keywords.defaultMethod.rawValue

    @Option(help: "Files analysed at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "No progress bar.")
    var quiet = false

    @Flag(help: "Top terms: every word token, stop words and numbers included (default: content terms only).")
    var allTerms = false

    func validate() throws {
        if top < 1 { throw ValidationError("--top must be at least 1") }
        if terms < 1 { throw ValidationError("--terms must be at least 1") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if excel && format != .csv { throw ValidationError("--excel needs --format csv") }
        if Keywords.Method(rawValue: method) == nil {
            throw ValidationError("unknown --method \"\(method)\" (tfidf, textrank or phrase)")
        }
        try stream.validate(format: format.rawValue)
        try store.validate(paths: input.paths)
        try adaptation.validate(store: store)
        if store.corpus != nil && stream.input == .jsonl { throw ValidationError("--input jsonl reads standard input; it cannot be used with --corpus") }
    }

    func run() throws {
        let decoder = input.prepare()
        let console = Console()
        if stream.input == .jsonl {
            AnalyzeStream.run(paths: input.paths, options: stream, extract: !extraction.noExtract, decoder: decoder, jobs: jobs, console: console)
            try console.finish()
            return
        }
        var options = AnalysisOptions()
        options.keywordLimit = top
        options.termLimit = terms
        options.keywordMethod = Keywords.Method(rawValue: method)!
        options.preparation.extract = !extraction.noExtract
        options.preparation.normalizer = input.normalizer
        options.allTerms = allTerms
        let analyzer: DocumentAnalyzer
        let adapted = adaptation.lexicon(store.lexicon(), input: input, decoder: decoder) { TextPreparation.prepare($0, options: options.preparation).normalized }
        do { analyzer = try DocumentAnalyzer(options: options, segmenter: LexiconSegmenter(lexicon: adapted.lexicon)) } catch { console.fail(error); try console.finish(); return }

        if store.corpus != nil {
            try runOnStore(analyzer: analyzer, console: console)
            return
        }
        var items: [InputItem] = []
        for entry in InputCollector.collect(input.paths) {
            switch entry {
            case let .success(item): items.append(item)
            case let .failure(error): console.fail(error)
            }
        }
        let sizes = items.map { item in item.path.flatMap { try? FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int } ?? 0 }
        let progress = Progress(total: items.count, totalBytes: sizes.reduce(0, +), quiet: quiet)
        var renderer = AnalysisRenderer(format: format, terms: terms, several: items.count > 1)
        renderer.excel = excel
        var summary = CorpusSummary()
        let duplicates = DuplicateFilter(extraction.duplicates)

        OrderedParallel.forEach(Array(items.enumerated()), jobs: jobs, transform: { (index, item) -> Result<DocumentAnalysis, Error> in
            Result { try item.path == nil && adapted.stdin != nil ? analyzer.analyze(adapted.stdin!) : analyzer.analyze(item, decoder: decoder) }
        }, consume: { index, result in
            progress.advance(bytes: sizes[index])
            switch result {
            case let .failure(error):
                progress.finish()
                console.fail(error)
            case let .success(analysis):
                guard duplicates.admit(analysis.file, identity: analysis.identity, console: console,
                                       beforeWarning: progress.finish) else { return }
                analysis.warnings.forEach { progress.finish(); console.warn($0) }
                summary.add(analysis, period: Self.period(of: analysis))
                renderer.document(analysis, console: console)
            }
        })
        progress.finish()
        renderer.finish(summary: summary, console: console)
        try console.finish()
    }

    /// `--corpus`: every stored document (that `--where` admits) analysed from its normalized text, in the store's
    /// order, 64 texts in memory at a time, with the metadata ``document(of:text:)`` gives.
    func runOnStore(analyzer: DocumentAnalyzer, console: Console) throws {
        guard let corpus = store.open(console: console) else { try console.finish(); return }
        let entries = try corpus.entries(matching: store.filter)
        var renderer = AnalysisRenderer(format: format, terms: terms, several: entries.count > 1)
        renderer.excel = excel
        var summary = CorpusSummary()
        let progress = Progress(total: entries.count, totalBytes: 0, quiet: quiet)
        try corpus.forEachTextBatch(of: entries) { part in
            let work = part.compactMap { e, text in text.map { (e.record, $0) } }
            OrderedParallel.forEach(work, jobs: jobs, transform: { (record, text) -> Result<DocumentAnalysis, Error> in
                Result {
                    let document = Self.document(of: record, text: text)
                    var analysis = try analyzer.analyze(text, document: document.document, plain: document.plain)
                    if record.origin == nil { analysis.extraction = "unknown" }
                    return analysis
                }
            }, consume: { _, result in
                progress.advance(bytes: 0)
                switch result {
                case let .failure(error):
                    progress.finish()
                    console.fail(error)
                case let .success(analysis):
                    analysis.warnings.forEach { progress.finish(); console.warn($0) }
                    summary.add(analysis, period: Self.period(of: analysis))
                    renderer.document(analysis, console: console)
                }
            })
        }
        progress.finish()
        renderer.finish(summary: summary, console: console)
        try console.finish()
    }

    /// The metadata of a stored document as the analysis reports it, and whether its first line is the original's
    /// (plain text) or the extracted body's. What `analyze` reported for the input when it was stored comes back
    /// as it was: the encoding, what extraction did, a page's own title and date (``DocumentOrigin``). What the
    /// store knows beyond that is added: a title given by a manifest or a JSONL/CSV row (a plain text's first line
    /// is no title, as for the file), the document's date and where it came from when the page gives none (file
    /// name, manifest, row), and the `source` and `author` fields. A document stored by an older zhtext has no
    /// origin: its encoding and extraction are `unknown`.
    static func document(of record: DocumentRecord, text: NormalizedText) -> (document: Document, plain: Bool) {
        let origin = record.origin
        let given = record.title.isEmpty || record.title == DocumentLoader.firstLine(of: text) ? nil : record.title
        let pageDate = origin?.date
        let document = Document(
            file: record.file, title: origin?.title ?? given,
            date: pageDate ?? record.date?.description, dateSource: pageDate != nil ? origin?.dateSource : record.dateSource?.rawValue,
            source: record.fields["source"], author: record.fields["author"], url: record.fields["url"],
            body: "", bodyMap: .identity(count: 0), encoding: origin?.encoding ?? "unknown", kind: origin?.extraction ?? .plain)
        // Without an origin: a stored page keeps its whole input as the original, so its first line is the body's.
        let plain = origin?.isPlain ?? (text.original.first { !$0.properties.isWhitespace } != "<")
        return (document, plain)
    }

    /// The year a document belongs to: from its file name, else from page metadata.
    static func period(of analysis: DocumentAnalysis) -> String? {
        if case let .date(date) = DateParsing.fromFileName(analysis.file) { return String(date.year) }
        if let date = analysis.date, date.count >= 4, let year = Int(date.prefix(4)), DocumentDate.plausibleYears.contains(year) {
            return String(year)
        }
        return nil
    }
}
