import ArgumentParser
import Foundation
import ZhText

struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "What B says that A does not: keyness (G², Log Ratio, %DIFF), new and vanished terms, rank changes, similarity.",
        discussion: """
        A and B are two documents, two folders, or — with --from P1 --to P2 — two periods of one dated corpus \
        (dates as for `trend`). Terms are the segmenter's words of two or more characters plus every policy phrase \
        of the bundled lexicon counted as a whole (so 新质生产力 counts even where the segmenter splits it). \
        Keyness: signed log-likelihood G² (4-cell form, Rayson & Garside 2000; positive = more frequent in B) with \
        its p-value (chi-square, 1 d.f.), Log Ratio (Hardie 2014; a zero count is taken as 0.5), %DIFF \
        (Gabrielatos & Marchi 2012; inf when absent from A); sizes in word tokens. Similarity: cosine of TF-IDF \
        vectors (idf over the documents of both sides) and overlap of each side's top keywords.
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var adaptation: AdaptOptions

    @Option(name: .customLong("a"), help: ArgumentHelp("With --corpus: side A is the documents satisfying COND (repeatable, all must hold), e.g. --a source=人民日报.", valueName: "cond"))
    var sideA: [String] = []

    @Option(name: .customLong("b"), help: ArgumentHelp("With --corpus: side B is the documents satisfying COND (repeatable).", valueName: "cond"))
    var sideB: [String] = []

    @Option(help: ArgumentHelp("With --to: the period of A (as labelled by --by: 2015, 2025-Q1, 2025-03, 2025-W10, a label).", valueName: "period"))
    var from: String?

    @Option(help: ArgumentHelp("With --from: the period of B.", valueName: "period"))
    var to: String?

    @Option(help: ArgumentHelp("Least count across both sides for a term to be listed.", valueName: "n"))
    var minCount: Int = 2

    @Option(help: ArgumentHelp("Rows per list: the top N terms for and against B, new and vanished (0 = all).", valueName: "n"))
    var top: Int = 50

    @Option(help: ArgumentHelp("Terms from the top of each side in the rank-change table.", valueName: "n"))
    var rankLimit: Int = 20

    @Option(help: "Output format: table, csv, json or md.")
    var format: ComparisonFormat = .table

    @Flag(help: "With --format csv: add a UTF-8 byte-order mark and guard cells starting with = + - @ (for Excel).")
    var excel = false

    func validate() throws {
        if (from == nil) != (to == nil) { throw ValidationError("--from and --to go together") }
        try store.validate(paths: input.paths)
        try adaptation.validate(store: store)
        if sideA.isEmpty != sideB.isEmpty { throw ValidationError("--a and --b go together") }
        if !sideA.isEmpty && from != nil { throw ValidationError("compare either periods (--from/--to) or sides (--a/--b)") }
        if !sideA.isEmpty && store.corpus == nil { throw ValidationError("--a/--b select documents of a corpus store: give --corpus CORPUS") }
        for c in sideA + sideB {
            do { _ = try WhereCondition(parsing: c) } catch { throw ValidationError(error.description) }
        }
        if store.corpus != nil && from == nil && sideA.isEmpty { throw ValidationError("with --corpus give periods (--from P1 --to P2) or sides (--a COND --b COND)") }
        if store.corpus == nil && from == nil && input.paths.count != 2 { throw ValidationError("give two documents or folders (A B), or a corpus with --from P1 --to P2") }
        if case let .field(f) = corpus.grouping, store.corpus == nil { throw ValidationError("--by \(f): not a period; fields need --corpus") }
        if minCount < 1 { throw ValidationError("--min-count must be at least 1") }
        if top < 0 || rankLimit < 1 { throw ValidationError("--top must be 0 or more and --rank-limit at least 1") }
    }

    func run() throws {
        let console = Console()
        let source: any CorpusSource
        let a: (name: String, entries: [CorpusEntry]), b: (name: String, entries: [CorpusEntry])
        if let from, let to {
            guard let (src, groups) = try CorpusRun.groups(input: input, corpus: corpus, store: store, adaptation: adaptation, console: console) else {
                try console.finish()
                return
            }
            func side(_ label: String) throws -> [CorpusEntry] {
                guard let bucket = groups.buckets.first(where: { $0.period.label == label }) else {
                    throw ValidationError("no documents in period \(label) (--by \(corpus.grouping); periods: \(groups.buckets.map(\.period.label).joined(separator: ", ")))")
                }
                return bucket.documents.map { groups.entries[$0] }
            }
            source = src
            a = (from, try side(from))
            b = (to, try side(to))
        } else if !sideA.isEmpty {
            guard let src = store.open(console: console) else { try console.finish(); return }
            let base = store.filter
            func side(_ conditions: [String]) throws -> [CorpusEntry] {
                try src.entries(matching: DocumentFilter(base.conditions + (try DocumentFilter(parsing: conditions)).conditions))
            }
            source = src
            a = (sideA.joined(separator: " "), try side(sideA))
            b = (sideB.joined(separator: " "), try side(sideB))
            for (flag, s) in [("--a", a), ("--b", b)] where s.entries.isEmpty {
                console.fail(ZhTextError.invalidArgument("\(flag) \(s.name): no documents in \(store.corpus!)"))
            }
        } else {
            let docsA = try DatedInputs.loadDocuments([input.paths[0]], input: input, corpus: corpus, console: console, requireDates: false)
            let docsB = try DatedInputs.loadDocuments([input.paths[1]], input: input, corpus: corpus, console: console, requireDates: false)
            var memory = InMemoryCorpus(documents: docsA + docsB)
            if adaptation.adapt {
                let segmenter = LexiconSegmenter(lexicon: adaptation.lexicon(.default, texts: (docsA + docsB).map(\.text)))
                memory = InMemoryCorpus(documents: docsA + docsB, analyze: { DocumentTerms(text: $0, segmenter: segmenter) })
            }
            let all = memory.entries(matching: DocumentFilter())
            source = memory
            a = (input.paths[0], Array(all.prefix(docsA.count)))
            b = (input.paths[1], Array(all.dropFirst(docsA.count)))
        }
        guard !a.entries.isEmpty, !b.entries.isEmpty else { try console.finish(); return }
        let comparison = try CorpusQueries.compare(a: a.name, a.entries, b: b.name, b.entries, in: source, model: try .series(),
                                                   options: ComparisonOptions(minimumCount: minCount, rankLimit: rankLimit))
        let categories = ComparisonJSON.bundledCategories
        CompareOutput(format: format, excel: excel, top: top, categories: categories).write(comparison, to: console)
        try console.finish()
    }
}
