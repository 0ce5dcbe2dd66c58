import ArgumentParser
import ZhText

struct KeywordsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keywords",
        abstract: "Extract the keywords of each input: phrase keywords (default), TF-IDF or TextRank.",
        discussion: """
        Each keyword has its term, score, count (occurrences as a token, or as a word sequence for phrases) and \
        start (Unicode-scalar offset of its first occurrence in the decoded input). Ordered by score, then term. \
        Stop words, punctuation, bare numbers and single characters are left out by default. Beyond 2 million \
        characters TF-IDF over streamed counts is used whatever --method says (memory stays bounded), and JSON's \
        "method" says "tfidf". \
        --format jsonl writes one object per input: {"file": …, "keywords": [{"term", "score", "count", "start", "end"}, …]}.
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var extraction: ExtractionOptions
    @OptionGroup var adaptation: AdaptOptions
    @OptionGroup var store: StoreOptions

    @Option(help: "How many keywords per input (at least 1).")
    var top: Int = 10

    @Option(help: "phrase (multi-word terms; default), tfidf or textrank.")
    var method: Keywords.Method = Keywords.defaultMethod

    @OptionGroup var filters: KeywordFilterOptions

    @Flag(help: "Keywords of each input against the other inputs of the run (quanteda's target-against-rest): the IDF comes from the run's own documents, and the general and genre references are not used. Needs files (not standard input).")
    var contrast = false

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if top < 1 { throw ValidationError("--top must be at least 1 (got \(top))") }
        try store.validate(paths: input.paths)
        if contrast && store.corpus != nil {
            throw ValidationError("--contrast reads files; it cannot be used with --corpus")
        }
        try adaptation.validate(store: store)
        if contrast && (input.paths.isEmpty || input.paths.contains("-")) {
            throw ValidationError("--contrast compares the inputs with each other: give files or directories, not standard input")
        }
    }

    func run() throws {
        let decoder = input.prepare()
        let console = Console()
        let options: KeywordOptions
        let adapted = adaptation.lexicon(store.lexicon(), input: input, decoder: decoder) { TextPreparation.prepare($0, options: PreparationOptions(extract: !extraction.noExtract)).normalized }
        let segmenter = LexiconSegmenter(lexicon: adapted.lexicon)
        do {
            var o = try filters.keywordOptions()
            if contrast {
                o.idf = runIDF(decoder: decoder)
                o.genreWeight = 0
                o.generalReferenceWeight = 0
            }
            options = o
        } catch {
            console.fail(error)
            try console.finish()
            return
        }
        var table = ReportTable(columns: [ReportColumn("file"), ReportColumn("rank", alignment: .right), ReportColumn("term"),
                                          ReportColumn("score", alignment: .right), ReportColumn("count", alignment: .right),
                                          ReportColumn("start", alignment: .right)])
        var json = JSONReport(format: output.format)
        let duplicates = DuplicateFilter(extraction.duplicates)
        func emit(_ file: String, _ text: NormalizedText) throws {
            // Texts of millions of characters: the library falls back to TF-IDF from streamed counts (bounded
            // memory) and says so in `method`.
            let result = try KeywordExtraction.extract(from: text, method: method, limit: top, options: options, segmenter: segmenter)
            let keywords = result.keywords
            if keywords.isEmpty { console.warn(Keywords.noKeywordsWarning(file: file)) }
            if output.format.isTabular {
                for (rank, k) in keywords.enumerated() {
                    table.append([file, String(rank + 1), k.term, ReportNumber.format(k.score, decimals: 4),
                                  String(k.count), String(k.start)])
                }
            } else {
                json.add(.object([
                    ("file", .string(file)),
                    ("method", .string(result.method.rawValue)),
                    ("keywords", .array(keywords.map { k in
                        .object([("term", .string(k.term)), ("score", .double(k.score)), ("count", .int(k.count)),
                                 ("start", .int(k.range.lowerBound)), ("end", .int(k.range.upperBound))]
                                + (k.variants.isEmpty ? [] : [("variants", .array(k.variants.map { .string($0) }))]))
                    })),
                ]), console: console)
            }
        }
        if store.corpus != nil {
            // The stored normalized text carries the original and its offset map: the same keywords and offsets as
            // from the files, without reading them again.
            guard let corpus = store.open(console: console) else { try console.finish(); return }
            let entries = try corpus.entries(matching: store.filter)
            json.expect(inputs: entries.count)
            try corpus.forEachText(of: entries) { e, text in
                if let text { try emit(e.record.file, text) }
            }
        } else {
            let inputs = InputCollector.collect(input.paths)
            json.expect(inputs: inputs.count)
            forEachInput(inputs, console: console, decoder: decoder, stdin: adapted.stdin) { source in
                let text = analysisText(of: source, extraction: extraction, console: console, normalizer: input.normalizer)
                guard duplicates.admit(source.file, text: text, console: console) else { return }
                try emit(source.file, text)
            }
        }
        if let rendered = output.format.render(table, excel: output.excel) { console.write(rendered) }
        json.finish(console: console)
        try console.finish()
    }
}

extension KeywordsCommand {
    /// The IDF table of the run's own documents (`--contrast`): ln(N / df) over the inputs, read once before the
    /// keywords are taken. Inputs that cannot be read are skipped here and reported by the main pass.
    func runIDF(decoder: TextDecoder) -> IDFTable {
        var builder = IDFBuilder()
        let segmenter = LexiconSegmenter.default
        for case let .success(item) in InputCollector.collect(input.paths) {
            guard let source = try? InputReader.load(item, decoder: decoder) else { continue }
            let prepared = TextPreparation.prepare(source, options: PreparationOptions(extract: !extraction.noExtract, normalizer: input.normalizer))
            builder.add(text: prepared.normalized, segmenter: segmenter)
        }
        return builder.table()
    }
}

extension Keywords.Method: ExpressibleByArgument {}
