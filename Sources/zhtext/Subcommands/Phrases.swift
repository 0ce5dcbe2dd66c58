import ArgumentParser
import ZhText

struct Phrases: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find policy formulations (提法): counts, offsets, quotation, context, and family patterns.",
        discussion: """
        Matching is exact, on normalized text (line breaks, zero-width characters, full-width forms and quotation \
        marks do not hide a phrase). `longest_count` counts leftmost-longest occurrences only (十四五 inside \
        十四五规划 is counted as 十四五规划); tables lead with it and are ordered by it. `count` counts every \
        occurrence, nested ones included. Offsets are Unicode scalars into the input, end exclusive.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, jsonl, csv, md }

    @OptionGroup var input: InputOptions
    @OptionGroup var extraction: ExtractionOptions
    @OptionGroup var store: StoreOptions

    @Option(help: "Output format: table, json, jsonl, csv or md.")
    var format: Format = .table

    @Option(name: .customLong("category"), help: ArgumentHelp("Only phrases of this category (repeatable).", valueName: "category"))
    var categories: [String] = []

    @Option(name: .customLong("phrases"), help: ArgumentHelp("A phrase list in the lexicon's format, added to the bundled one (repeatable).", valueName: "file"))
    var phraseFiles: [String] = []

    @Flag(help: "With --phrases: match only the given lists, not the bundled lexicon.")
    var replace = false

    @Option(help: ArgumentHelp("Characters of context on each side of an occurrence.", valueName: "n"))
    var context: Int = 20

    @Flag(help: "No effect, kept for older scripts: Traditional text is folded to Simplified before matching by default (--keep-script turns that off).")
    var toSimplified = false

    @Flag(help: "Do not report family pattern hits.")
    var noPatterns = false

    @Flag(help: "With --format csv: add a UTF-8 byte-order mark and guard cells starting with = + - @ (for Excel).")
    var excel = false

    func validate() throws {
        if context < 0 { throw ValidationError("--context must be 0 or more") }
        if replace && phraseFiles.isEmpty { throw ValidationError("--replace needs --phrases FILE") }
        try store.validate(paths: input.paths)
        if store.corpus != nil && toSimplified { throw ValidationError("--to-simplified cannot apply to a corpus store (its texts are already normalized)") }
    }

    func run() throws {
        let decoder = input.prepare()
        let console = Console()
        let lexicon: PolicyLexicon
        do {
            var merged = replace ? PolicyLexicon(phrases: []) : try PolicyLexicon.bundled()
            for file in phraseFiles { merged = merged.adding(try PolicyLexicon.load(file: file)) }
            lexicon = merged
        } catch {
            console.fail(error)
            try console.finish()
            return
        }
        let known = Set(lexicon.categories)
        for c in categories where !known.contains(c) {
            throw ValidationError("unknown category \"\(c)\" (known: \(lexicon.categories.joined(separator: ", ")))")
        }
        let options = PhraseOptions(contextWidth: context, convertToSimplified: toSimplified,
                                    categories: categories.isEmpty ? nil : Set(categories), families: !noPatterns)
        let finder = PolicyPhrases(lexicon: lexicon, options: options)
        var json = JSONReport(format: format == .jsonl ? .jsonl : .json)
        var table = ReportTable(columns: [ReportColumn("file"), ReportColumn("kind"), ReportColumn("phrase"), ReportColumn("category"),
                                          ReportColumn("longest_count", alignment: .right), ReportColumn("count", alignment: .right),
                                          ReportColumn("quoted", alignment: .right), ReportColumn("first_start", alignment: .right)])
        func emit(_ file: String, _ report: PhraseReport) {
            switch format {
            case .json, .jsonl:
                json.add(console: console) { PhraseReportJSON.write(file: file, report: report, into: &$0) }
            case .table, .csv, .md:
                // Tables lead with the leftmost-longest count (十四五 inside 十四五规划 is not counted twice by a
                // reader) and are ordered by it; JSON keeps the library's order and every occurrence.
                let byLongest = report.phrases.sorted { $0.longestCount != $1.longestCount ? $0.longestCount > $1.longestCount : $0.phrase < $1.phrase }
                for p in byLongest {
                    table.append([file, "phrase", p.phrase, p.category, String(p.longestCount), String(p.count),
                                  String(p.occurrences.quotedCount), String(p.occurrences[0].range.lowerBound)])
                }
                for p in report.patterns {
                    table.append([file, "pattern", p.text, p.family, String(p.count), String(p.count), "", String(p.occurrences[0].range.lowerBound)])
                }
            }
        }
        if store.corpus != nil {
            guard let corpus = store.open(console: console) else { try console.finish(); return }
            let entries = try corpus.entries(matching: store.filter)
            json.expect(inputs: entries.count)
            try corpus.forEachText(of: entries) { e, text in
                if let text { emit(e.record.file, finder.report(for: text)) }
            }
        } else {
            let duplicates = DuplicateFilter(extraction.duplicates)
            let inputs = InputCollector.collect(input.paths)
            json.expect(inputs: inputs.count)
            forEachInput(inputs, console: console, decoder: decoder) { source in
                let prepared = TextPreparation.prepare(source, options: PreparationOptions(extract: !extraction.noExtract, normalizer: Self.normalizer(options)))
                guard duplicates.admit(source.file, text: prepared.normalized, console: console) else { return }
                prepared.warnings.forEach(console.warn)
                emit(source.file, finder.report(for: prepared.normalized))
            }
        }
        switch format {
        case .json, .jsonl: json.finish(console: console)
        case .table, .csv, .md:
            if let text = ReportFormat(rawValue: format.rawValue)?.render(table, excel: excel), !table.rows.isEmpty || format != .table {
                console.write(text.unicodeScalars.last == "\n" ? text : text + "\n")
            }
        }
        try console.finish()
    }

    /// The normalizer phrase matching runs after article extraction (for HTML and saved pages; offsets still point
    /// into the input), with `--to-simplified` when given.
    static func normalizer(_ options: PhraseOptions) -> Normalizer {
        Normalizer(options: NormalizationOptions())   // Traditional text is folded by default (foldScript)
    }
}
