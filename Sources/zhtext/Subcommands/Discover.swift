import ArgumentParser
import Foundation
import ZhText

struct Discover: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find candidate new words and phrases: frequent, cohesive (PMI) and free (neighbour entropy).",
        discussion: """
        All inputs are pooled into one corpus. Thresholds scale with its size (--min-count-per-million). Terms of the \
        policy lexicon, of Dictionaries/lexicon/words.tsv when present and of --known files are left out unless --all. \
        --format jsonl writes one candidate per line. --format dict writes the candidates that `--adapt` would add         to the lexicon (those the segmenter splits and whose pieces occur mostly inside them) as a user dictionary         (term, freq, pos) for --user-dict.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, jsonl, csv, md, dict }

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: table, json, jsonl, csv, md, or dict (a user dictionary of the words --adapt would add).")
    var format: Format = .table

    @Option(help: ArgumentHelp("Most candidates to show.", valueName: "n"))
    var top: Int = 50

    @Option(help: ArgumentHelp("Fixed minimum count (instead of the relative threshold).", valueName: "n"))
    var minCount: Int?

    @Option(help: ArgumentHelp("Minimum count per million characters (never below 3).", valueName: "x"))
    var minCountPerMillion: Double = 2

    @Option(help: ArgumentHelp("Minimum PMI over every split, in bits.", valueName: "x"))
    var minPmi: Double = 3

    @Option(help: ArgumentHelp("Minimum left and right neighbour entropy, in bits.", valueName: "x"))
    var minEntropy: Double = 1

    @Option(help: ArgumentHelp("Longest candidate in characters (2–6).", valueName: "n"))
    var maxLength: Int = 6

    @Option(name: .customLong("known"), help: ArgumentHelp("A word list (first column) whose terms are not new (repeatable).", valueName: "file"))
    var knownFiles: [String] = []

    @Flag(help: "Keep known terms (lexicon words) among the candidates.")
    var all = false

    @Flag(help: "With --format csv: add a UTF-8 byte-order mark and guard formula-like cells (for Excel).")
    var excel = false

    func validate() throws {
        if top < 1 { throw ValidationError("--top must be at least 1") }
        if !(2...6).contains(maxLength) { throw ValidationError("--max-length must be between 2 and 6") }
        if let minCount, minCount < 1 { throw ValidationError("--min-count must be at least 1") }
    }

    func run() throws {
        let decoder = input.prepare()
        let console = Console()
        var known = Set<String>()
        if !all {
            do {
                known = try KnownTerms.load(files: knownFiles)
            } catch {
                console.fail(error)
                try console.finish()
                return
            }
        }
        var options = DiscoveryOptions()
        options.limit = top
        options.maxLength = maxLength
        options.minPMI = minPmi
        options.minEntropy = minEntropy
        options.minCountPerMillion = minCountPerMillion
        if let minCount { options.minCountFloor = minCount; options.minCountPerMillion = 0 }
        if format == .dict {
            if top == 50 { options.limit = LexiconAdaptation.Options.defaultDiscovery.limit }
            writeDictionary(options: options, known: known, decoder: decoder, console: console)
            try console.finish()
            return
        }
        var discovery = Discovery(options: options, known: known)
        let normalizer = Normalizer.default
        // Two passes; standard input cannot be read twice, so it is kept.
        var stdinSource: SourceText?
        var files: [String] = []
        forEachInput(input, console: console, decoder: decoder) { source in
            if source.file == "-" { stdinSource = source }
            files.append(source.file)
            TextChunks.forEach(in: source.text) { piece, _ in discovery.count(normalizer.normalize(scalars: piece).scalars) }
        }
        let passTwo = InputCollector.collect(input.paths)
        for entry in passTwo {
            guard case let .success(item) = entry else { continue }
            let source: SourceText
            if item.path == nil, let cached = stdinSource { source = cached }
            else if let loaded = try? InputReader.load(item, decoder: decoder) { source = loaded }
            else { continue }
            TextChunks.forEach(in: source.text) { piece, _ in discovery.countNeighbours(normalizer.normalize(scalars: piece).scalars) }
        }
        let result = discovery.result()
        render(result, files: files, console: console)
        try console.finish()
    }

    /// `--format dict`: the words corpus adaptation would add, as a ZhText user dictionary.
    func writeDictionary(options: DiscoveryOptions, known: Set<String>, decoder: TextDecoder, console: Console) {
        let base: Lexicon
        do { base = try Lexicon.bundled() } catch { console.fail(error); return }
        var adaptation = LexiconAdaptation(base: base, options: LexiconAdaptation.Options(discovery: options))
        let normalizer = Normalizer.default
        var stdinSource: SourceText?
        var files: [String] = []
        forEachInput(input, console: console, decoder: decoder) { source in
            if source.file == "-" { stdinSource = source }
            files.append(source.file)
            adaptation.count(normalizer.normalize(source.text))
        }
        for entry in InputCollector.collect(input.paths) {
            guard case let .success(item) = entry else { continue }
            let source: SourceText
            if item.path == nil, let cached = stdinSource { source = cached }
            else if let loaded = try? InputReader.load(item, decoder: decoder) { source = loaded }
            else { continue }
            adaptation.countNeighbours(normalizer.normalize(source.text))
        }
        let words = adaptation.words().filter { !known.contains($0.term) }
        var out = "# ZhText user dictionary: words found by `zhtext discover --format dict` in \(files.count) input\(files.count == 1 ? "" : "s"). Use with --user-dict.\n"
        out += "# term\tfreq\tpos\n"
        for w in words { out += "\(w.term)\t\(w.frequency)\t\(w.pos)\n" }
        console.write(out)
    }

    func render(_ result: DiscoveryResult, files: [String], console: Console) {
        func round(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }
        let candidates = result.candidates.map { c -> JSON in
            .object([("term", .string(c.term)), ("count", .int(c.count)), ("pmi", .double(round(c.pmi))),
                     ("left_entropy", .double(round(c.leftEntropy))), ("right_entropy", .double(round(c.rightEntropy))),
                     ("score", .double(round(c.score)))])
        }
        switch format {
        case .json:
            console.line(JSON.object([("files", .array(files.map(JSON.string))), ("characters", .int(result.characters)),
                                      ("min_count", .int(result.minCount)), ("prune_level", .int(result.pruneLevel)),
                                      ("candidates", .array(candidates))]).pretty)
        case .jsonl:
            candidates.forEach { console.line($0.compact) }
        case .dict:
            break
        case .table, .csv, .md:
            var table = ReportTable(columns: [ReportColumn("term"), ReportColumn("count", alignment: .right),
                                              ReportColumn("pmi", alignment: .right), ReportColumn("left_entropy", alignment: .right),
                                              ReportColumn("right_entropy", alignment: .right), ReportColumn("score", alignment: .right)])
            for c in result.candidates {
                table.append([c.term, String(c.count), String(format: "%.2f", c.pmi), String(format: "%.2f", c.leftEntropy),
                              String(format: "%.2f", c.rightEntropy), String(format: "%.1f", c.score)])
            }
            if let text = ReportFormat(rawValue: format.rawValue)?.render(table, excel: excel), !(table.rows.isEmpty && format == .table) {
                console.write(text.unicodeScalars.last == "\n" ? text : text + "\n")
            }
        }
    }
}
