import ArgumentParser
import Foundation
import ZhText

struct DispersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dispersion",
        abstract: "How evenly terms spread over the documents: count, range, Juilland's D, Gries's DP, and a dispersion plot.",
        discussion: """
        Each --term is found as a string in the normalized text (as `kwic` and `trend --term` count it). Parts are the \
        documents (range = the number of documents a term occurs in); with a single document, or with --parts N, the \
        pooled text cut into N parts of equal size (default 10); with --by, the periods. A part's size is its number of non-white-space \
        characters. juilland_d = 1 − V/√(n−1), V the coefficient of variation of the per-part relative frequencies \
        (1 = even, 0 = all in one part); gries_dp = ½ Σ |f_i/F − s_i/S| (0 = as the part sizes predict, towards 1 = \
        concentrated); gries_dp_norm = DP / (1 − min s_i/S). Undefined values are empty (null in JSON). --format svg \
        writes a dispersion plot to standard output: for each term a strip per document and a tick per hit.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, jsonl, csv, md, svg }

    @Option(name: .customLong("term"), help: ArgumentHelp("A term to look at (repeatable).", valueName: "term"))
    var terms: [String] = []

    @OptionGroup var input: InputOptions
    @OptionGroup var documents: DocumentOptions
    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("Cut the pooled text into N parts of equal size instead of using the documents as parts (the default for a single document: 10).", valueName: "n"))
    var parts: Int?

    @Option(help: ArgumentHelp("Use periods as the parts: year, quarter, month, week, day or label (dates as for `trend`).", valueName: "period"))
    var by: PeriodUnit?

    @Option(help: "Output format: table, json, jsonl, csv, md or svg.")
    var format: Format = .table

    @Flag(help: "With --format csv: UTF-8 BOM and formula guarding for Excel.")
    var excel = false

    func validate() throws {
        try store.validate(paths: input.paths)
        if store.corpus != nil && (documents.manifest != nil || documents.date != nil) {
            throw ValidationError("--manifest and --date apply to paths; a corpus store keeps each document's date")
        }
        if terms.isEmpty { throw ValidationError("give at least one --term") }
        for t in terms where Normalizer.default.normalize(t).scalars.isEmpty { throw ValidationError("--term must not be empty") }
        if let parts, parts < 2 { throw ValidationError("--parts must be at least 2 (got \(parts))") }
        if parts != nil && by != nil { throw ValidationError("--parts and --by are alternatives") }
        if excel && format != .csv { throw ValidationError("--excel needs --format csv") }
    }

    func run() throws {
        let console = Console()
        var query = Dispersion(terms: terms)
        var labels: [String?] = [], periods: [Period] = []
        try store.eachDocument(input.paths, input: input, corpus: documents.corpus(by: by), console: console, requireDates: by != nil) { doc in
            query.add(name: doc.file, text: doc.text)
            if let by {
                let period = DatedCorpus.period(of: doc, by: by, labels: periods.map(\.label))
                if let period, !periods.contains(period) { periods.append(period) }
                if period == nil { console.fail(ZhTextError.invalidArgument("\(doc.file): date \(doc.date?.description ?? "-") is not precise enough for --by \(by.rawValue)")) }
                labels.append(period?.label)
            }
        }
        guard !query.documents.isEmpty else { try console.finish(); return }
        if format == .svg {
            console.line(SVGDispersionPlot(query).render())
            try console.finish()
            return
        }
        let result = by == nil ? query.result(equalParts: parts) : query.result(groups: labels, order: periods.sorted().map(\.label))
        Self.write(result, format: format, excel: excel, console: console)
        try console.finish()
    }

    static func optional(_ d: Double?) -> JSON { d.map(JSON.double) ?? .null }

    static func write(_ result: Dispersion.Result, format: Format, excel: Bool, console: Console) {
        func number(_ d: Double?) -> String { d.map { ReportNumber.format($0, decimals: 3) } ?? "" }
        switch format {
        case .table, .csv, .md:
            var table = ReportTable(columns: [ReportColumn("term"), ReportColumn("count", alignment: .right), ReportColumn("range", alignment: .right),
                                              ReportColumn("parts", alignment: .right), ReportColumn("per_10k", alignment: .right),
                                              ReportColumn("juilland_d", alignment: .right), ReportColumn("gries_dp", alignment: .right),
                                              ReportColumn("gries_dp_norm", alignment: .right)])
            for r in result.rows {
                table.append([r.term, String(r.count), String(r.range), "\(r.partsWithHits)/\(result.parts.count)",
                              ReportNumber.format(r.per10k, decimals: 2), number(r.juillandD), number(r.griesDP), number(r.griesDPNormalized)])
            }
            let rendered: String
            switch format {
            case .csv: rendered = table.renderCSV(excel: excel)
            case .md: rendered = table.renderMarkdown()
            default: rendered = table.renderTable()
            }
            console.write(rendered)
            if format == .table {
                let kind: String
                switch result.partKind {
                case .documents: kind = "the \(result.parts.count) documents"
                case .equal: kind = "\(result.parts.count) equal part\(result.parts.count == 1 ? "" : "s") of the pooled text"
                case .groups: kind = "\(result.parts.count) periods"
                }
                console.line("\nparts: \(kind); range = documents containing the term")
            }
        case .json, .jsonl:
            let json = JSON.object([
                ("parts", .string(result.partKind.rawValue)),
                ("part_count", .int(result.parts.count)),
                ("characters", .int(result.parts.reduce(0) { $0 + $1.characters })),
                ("terms", .array(result.rows.map { r in
                    .object([("term", .string(r.term)), ("count", .int(r.count)), ("range", .int(r.range)),
                             ("parts_with_hits", .int(r.partsWithHits)), ("per_10k", .double(r.per10k)),
                             ("juilland_d", optional(r.juillandD)), ("gries_dp", optional(r.griesDP)),
                             ("gries_dp_norm", optional(r.griesDPNormalized)), ("part_counts", .array(r.partCounts.map(JSON.int)))])
                })),
                ("part_names", .array(result.parts.map { .string($0.name) })),
                ("part_sizes", .array(result.parts.map { .int($0.characters) })),
            ])
            console.line(format == .jsonl ? json.compact : json.pretty)
        case .svg:
            break
        }
    }
}
