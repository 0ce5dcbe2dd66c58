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
    @OptionGroup var adaptation: AdaptOptions

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
        if from == nil && input.paths.count != 2 { throw ValidationError("give two documents or folders (A B), or a corpus with --from P1 --to P2") }
        if minCount < 1 { throw ValidationError("--min-count must be at least 1") }
        if top < 0 || rankLimit < 1 { throw ValidationError("--top must be 0 or more and --rank-limit at least 1") }
    }

    func run() throws {
        let console = Console()
        let sideA: (name: String, documents: [DatedDocument]), sideB: (name: String, documents: [DatedDocument])
        if let from, let to {
            let documents = try DatedInputs.load(input.paths, input: input, corpus: corpus, console: console)
            let buckets: [DatedCorpus.Bucket]
            do { buckets = try DatedCorpus(documents: documents).buckets(by: corpus.by) } catch { console.fail(error); try console.finish(); return }
            func side(_ label: String) throws -> [DatedDocument] {
                guard let b = buckets.first(where: { $0.period.label == label }) else {
                    throw ValidationError("no documents in period \(label) (--by \(corpus.by.rawValue); periods: \(buckets.map(\.period.label).joined(separator: ", ")))")
                }
                return b.documents.map { documents[$0] }
            }
            sideA = (from, try side(from))
            sideB = (to, try side(to))
        } else {
            sideA = (input.paths[0], try DatedInputs.load([input.paths[0]], input: input, corpus: corpus, console: console, requireDates: false))
            sideB = (input.paths[1], try DatedInputs.load([input.paths[1]], input: input, corpus: corpus, console: console, requireDates: false))
        }
        guard !sideA.documents.isEmpty, !sideB.documents.isEmpty else { try console.finish(); return }
        let counting = try DatedInputs.termCounting(lexicon: adaptation.lexicon(.default, texts: (sideA.documents + sideB.documents).map(\.text)))
        let comparison = Comparison(a: sideA.name, counting.profiles(of: sideA.documents),
                                    b: sideB.name, counting.profiles(of: sideB.documents),
                                    options: ComparisonOptions(minimumCount: minCount, rankLimit: rankLimit))
        let categories = Dictionary(PolicyPhrases.default.lexicon.phrases.map { ($0.phrase, $0.category) }, uniquingKeysWith: { a, _ in a })
        CompareOutput(format: format, excel: excel, top: top, categories: categories).write(comparison, to: console)
        try console.finish()
    }
}
