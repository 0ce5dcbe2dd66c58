import ArgumentParser
import Foundation
import ZhText

struct Freq: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Term-frequency report: counts, per 10,000 characters, and document frequency across the inputs.",
        discussion: """
        Content terms by default: no stop words, bare numbers, function words (adverbs, pronouns, time words …) or \
        stray single characters; --all-terms counts every word token. Forms of one term (發展/发展, AI/ai) count \
        together under the form written most often; json lists the merged forms as `variants`. \
        count = occurrences as a token (or as a word sequence, with --ngram); per_10k = per 10,000 non-white-space \
        characters of the normalized text; documents = inputs containing the term; share = documents / inputs. \
        Rows by count, then term. table and md add a second table of totals per file and overall; json holds the \
        terms, the files and the total in one object; jsonl writes one object per input with that input's counts; \
        csv holds the term rows only.
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var extraction: ExtractionOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var adaptation: AdaptOptions

    @Option(help: "Count sequences of N words (2 = word bigrams).")
    var ngram: Int = 1

    @Option(help: ArgumentHelp("Leave out terms found in fewer than N inputs (the `documents` column; clusters with --ngram).", valueName: "n"))
    var minRange: Int = 1

    @Option(help: "Leave out terms seen fewer times than this.")
    var minCount: Int = 1

    @Option(help: "Only the N most frequent terms (default: all).")
    var top: Int?

    @Option(name: .customLong("pos"), help: ArgumentHelp("Only words with these part-of-speech tags (comma-separated, e.g. n,nr,ns,vn).", valueName: "tags"))
    var includePOS: String?

    @Option(name: .customLong("exclude-pos"), help: ArgumentHelp("Leave out words with these tags (comma-separated).", valueName: "tags"))
    var excludePOS: String?

    @Flag(help: "Count every word token: stop words, numbers, function words and single characters too (default: content terms only). --min-length and --pos still apply.")
    var allTerms = false

    @Flag(help: ArgumentHelp("Same as --all-terms (kept for older scripts).", visibility: .hidden))
    var keepStopwords = false

    @Option(name: .customLong("stopwords"), help: ArgumentHelp("Also leave out the words of this file (repeatable).", valueName: "file"))
    var stopWordFiles: [String] = []

    @Flag(help: "Count bare numbers too.")
    var keepNumbers = false

    @Option(help: "Shortest term counted, in characters.")
    var minLength: Int = 1

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if ngram < 1 { throw ValidationError("--ngram must be at least 1 (got \(ngram))") }
        if minCount < 1 { throw ValidationError("--min-count must be at least 1 (got \(minCount))") }
        if let top, top < 1 { throw ValidationError("--top must be at least 1 (got \(top))") }
        if minLength < 1 { throw ValidationError("--min-length must be at least 1 (got \(minLength))") }
        if minRange < 1 { throw ValidationError("--min-range must be at least 1 (got \(minRange))") }
        if minRange > 1 && output.format == .jsonl { throw ValidationError("--min-range needs the pooled formats (table, json, csv, md): jsonl lists each input alone") }
        try store.validate(paths: input.paths)
        try adaptation.validate(store: store)
    }

    /// Content terms (``TermFilter/content(extra:)``) unless `--all-terms`; the other flags narrow it.
    func filter() throws -> TermFilter {
        var extra = StopWords()
        for path in stopWordFiles { extra = extra.union(try StopWords.load(path: path)) }
        var f = allTerms || keepStopwords ? TermFilter.allTerms : try TermFilter.content(extra: extra)
        if allTerms || keepStopwords { f.stopWords = extra; f.excludeNumbers = !keepNumbers && !allTerms } else { f.excludeNumbers = !keepNumbers }
        f.minimumLength = minLength
        if let includePOS { f.includePOS = KeywordFilterOptions.tags(includePOS) }
        if let excludePOS { f.excludePOS = KeywordFilterOptions.tags(excludePOS) }
        return f
    }

    func run() throws {
        let decoder = input.prepare()
        let console = Console()
        let termFilter: TermFilter
        do { termFilter = try filter() } catch {
            console.fail(error)
            try console.finish()
            return
        }
        let adapted = adaptation.lexicon(store.lexicon(), input: input, decoder: decoder) { TextPreparation.prepare($0, options: PreparationOptions(extract: !extraction.noExtract)).normalized }
        let segmenter = LexiconSegmenter(lexicon: adapted.lexicon)
        var files: [String] = []
        var table = FrequencyTable()
        func emit(_ file: String, _ counts: TermCounts) {
            if output.format == .jsonl {
                let table = FrequencyTable(documents: [counts])
                console.line(JSON.object([
                    ("file", .string(file)), ("tokens", .int(counts.total)), ("characters", .int(counts.characters)),
                    ("terms", .array(table.rows(minimumCount: minCount, top: top).map { r in
                        .object([("term", .string(r.term)), ("count", .int(r.count)), ("per_10k", .double(r.per10k))] + Self.variants(r))
                    })),
                ]).compact)
            } else {
                files.append(file)
                table.add(counts)
            }
        }
        if store.corpus != nil {
            guard let corpus = store.open(console: console) else { try console.finish(); return }
            let entries = try corpus.entries(matching: store.filter)
            try CorpusQueries.forEachFrequency(of: entries, in: corpus, filter: termFilter, ngram: ngram, segmenter: segmenter) { entry, counts in
                emit(entry.record.file, counts)
            }
        } else {
            let duplicates = DuplicateFilter(extraction.duplicates)
            forEachInput(input, console: console, decoder: decoder, stdin: adapted.stdin) { source in
                let text = analysisText(of: source, extraction: extraction, console: console, normalizer: input.normalizer)
                guard duplicates.admit(source.file, text: text, console: console) else { return }
                emit(source.file, TermCounts(text: text, segmenter: segmenter, filter: termFilter, ngram: ngram))
            }
        }
        if output.format != .jsonl && !table.documents.isEmpty { write(table, files: files, console: console) }
        try console.finish()
    }

    /// The `variants` field of a row (only when the term merged several forms).
    static func variants(_ r: FrequencyTable.Row) -> [(String, JSON)] {
        r.variants.isEmpty ? [] : [("variants", .array(r.variants.map { .string($0) }))]
    }

    func write(_ table: FrequencyTable, files: [String], console: Console) {
        let rows = table.rows(minimumCount: minCount, minimumRange: minRange, top: top)
        switch output.format {
        case .json:
            func totals(_ c: FrequencyTable.DocumentTotals) -> [(String, JSON)] {
                [("tokens", .int(c.tokens)), ("characters", .int(c.characters)), ("distinct_terms", .int(c.distinctTerms))]
            }
            console.line(JSON.object([
                ("files", .array(zip(files, table.documents).map { .object([("file", .string($0))] + totals($1)) })),
                ("total", .object([("files", .int(files.count))] + totals(FrequencyTable.DocumentTotals(table.total)))),
                ("terms", .array(rows.map { r in
                    .object([("term", .string(r.term)), ("count", .int(r.count)), ("per_10k", .double(r.per10k)),
                             ("documents", .int(r.documents)), ("share", .double(r.share))] + Self.variants(r))
                })),
            ]).pretty)
        case .table, .md, .csv:
            var terms = ReportTable(columns: [ReportColumn("term"), ReportColumn("count", alignment: .right),
                                              ReportColumn("per_10k", alignment: .right), ReportColumn("documents", alignment: .right),
                                              ReportColumn("share", alignment: .right)])
            for r in rows {
                terms.append([r.term, String(r.count), ReportNumber.format(r.per10k, decimals: 2), String(r.documents),
                              ReportNumber.format(r.share, decimals: 3)])
            }
            if output.format == .csv { console.write(terms.renderCSV(excel: output.excel)); return }
            var totals = ReportTable(columns: [ReportColumn("file"), ReportColumn("tokens", alignment: .right),
                                               ReportColumn("characters", alignment: .right), ReportColumn("distinct_terms", alignment: .right)])
            for (file, c) in zip(files, table.documents) {
                totals.append([file, String(c.tokens), String(c.characters), String(c.distinctTerms)])
            }
            totals.append(["(all \(files.count) files)", String(table.total.total), String(table.total.characters), String(table.total.counts.count)])
            let render = output.format == .md ? ReportTable.renderMarkdown : ReportTable.renderTable
            console.write(render(terms)())
            console.write("\n")
            console.write(render(totals)())
        case .jsonl:
            break
        }
    }
}
