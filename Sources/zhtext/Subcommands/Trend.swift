import ArgumentParser
import ZhText

struct Trend: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Follow terms and policy phrases across dated documents: per-period counts, first seen, peak, slope.",
        discussion: """
        A document's date comes from --manifest, else its file name (2025.txt, 2025-03-05_x.txt, 20250305.md, \
        x_2025-03.txt), else the page's metadata (HTML and saved pages only), else --date (one input). `count` is \
        the number of occurrences of the string in the normalized text (independent of segmentation); per_10k is per \
        10,000 non-white-space characters of the period's text; `documents` is how many of the period's documents \
        contain it. The slope is Theil–Sen (median of pairwise slopes) of per_10k per period step (per year with \
        --by year). Without --term, --group or --phrases: the terms (tokens) that rose and fell the most.
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var adaptation: AdaptOptions

    @Option(name: .customLong("term"), help: ArgumentHelp("A term to follow (repeatable).", valueName: "term"))
    var terms: [String] = []

    @Option(name: .customLong("group"), help: ArgumentHelp("Terms counted together: NAME=T1,T2,… (repeatable).", valueName: "name=terms"))
    var groups: [String] = []

    @Flag(help: "Follow every policy phrase of the bundled lexicon that occurs (variants counted with their phrase).")
    var phrases = false

    @Option(name: .customLong("category"), help: ArgumentHelp("Follow the policy phrases of this category (repeatable).", valueName: "category"))
    var categories: [String] = []

    @Option(help: ArgumentHelp("Without --term: how many rising and falling terms to list.", valueName: "n"))
    var top: Int = 20

    @Option(help: ArgumentHelp("Without --term: the least total count of a term to be considered.", valueName: "n"))
    var minCount: Int = 3

    @Flag(help: "Without --term: consider every word token, not only content terms.")
    var allTerms = false

    @Option(help: "Output format: table, csv, json or md.")
    var format: ComparisonFormat = .table

    @Flag(help: "With --format csv: add a UTF-8 byte-order mark and guard cells starting with = + - @ (for Excel).")
    var excel = false

    @Flag(help: "Mark spikes: periods where a term jumps against the median of its preceding periods (see --spike-*).")
    var spikes = false

    @Option(help: ArgumentHelp("With --spikes: preceding periods the baseline looks at.", valueName: "k"))
    var spikeWindow: Int = 3

    @Option(help: ArgumentHelp("With --spikes: least count / baseline.", valueName: "r"))
    var spikeRatio: Double = 3

    @Option(help: ArgumentHelp("With --spikes: least count in the period.", valueName: "n"))
    var spikeMinCount: Int = 3

    func validate() throws {
        if top < 1 { throw ValidationError("--top must be at least 1") }
        if minCount < 1 { throw ValidationError("--min-count must be at least 1") }
        for g in groups {
            guard let eq = g.firstIndex(of: "="), !g[..<eq].isEmpty, !g[g.index(after: eq)...].split(separator: ",").isEmpty else {
                throw ValidationError("--group \(g): expected NAME=TERM1,TERM2,…")
            }
        }
        for t in terms where t.isEmpty { throw ValidationError("--term must not be empty") }
        if spikeWindow < 1 { throw ValidationError("--spike-window must be at least 1") }
        if !(spikeRatio >= 1) { throw ValidationError("--spike-ratio must be at least 1") }
        if spikeMinCount < 1 { throw ValidationError("--spike-min-count must be at least 1") }
        try store.validate(paths: input.paths)
        try adaptation.validate(store: store)
        if case let .field(f) = corpus.grouping, store.corpus == nil { throw ValidationError("--by \(f): not a period (year, quarter, month, week, day, label); fields need --corpus") }
    }

    func run() throws {
        let console = Console()
        if try runOnWholeStore(console: console) { return }
        guard let (source, selection) = try CorpusRun.groups(input: input, corpus: corpus, store: store, adaptation: adaptation, console: console) else {
            try console.finish()
            return
        }
        let followPhrases = phrases || !categories.isEmpty
        let question = TrendQuestion(
            terms: terms, groups: groups.compactMap(TrendQuestion.group(parsing:)),
            phrases: followPhrases ? try PhraseSelection.matcher(categories: categories) : nil, foldScript: !input.keepScript,
            top: top, minimumCount: minCount, allTerms: allTerms, spikes: spikes ? detector : nil)
        let (sections, found) = try question.answer(in: source, groups: selection)
        TrendOutput(format: format, excel: excel, by: corpus.grouping.description, buckets: selection.buckets)
            .write(sections: sections, spikes: found, to: console)
        try console.finish()
    }
}

extension Trend {
    /// The `--term` and `--group` queries, normalized as documents are (``TrendQuestion/queries``).
    var queries: [TrendQuery] {
        TrendQuestion(terms: terms, groups: groups.compactMap(TrendQuestion.group(parsing:)), foldScript: !input.keepScript).queries
    }

    /// Terms over a whole store by a period (no `--where`, no phrases): answered from the store's per-day totals and
    /// text index without reading every record (``CorpusStore/periodTrend(of:by:)``), with the same output as the
    /// general path. Returns false when the question is not of that kind.
    func runOnWholeStore(console: Console) throws -> Bool {
        guard store.corpus != nil, store.conditions.isEmpty, !phrases, categories.isEmpty, !queries.isEmpty,
              case .period = corpus.grouping else { return false }
        _ = input.prepare()
        guard let corpusStore = store.open(console: console) else { try console.finish(); return true }
        let question = TrendQuestion(terms: terms, groups: groups.compactMap(TrendQuestion.group(parsing:)),
                                     foldScript: !input.keepScript, spikes: spikes ? detector : nil)
        guard let (result, found) = try corpusStore.wholeStoreTrend(question, filter: store.filter, grouping: corpus.grouping) else { return false }
        CorpusRun.warnLeftOut(result.skipped, grouping: corpus.grouping, console: console)
        TrendOutput(format: format, excel: excel, by: corpus.grouping.description, buckets: result.buckets)
            .write(sections: [("terms", result.trends)], spikes: found, to: console)
        try console.finish()
        return true
    }
}

/// Which policy phrases to follow or compare.
enum PhraseSelection {
    /// The bundled lexicon's matcher, limited to `categories` (all when empty).
    static func matcher(categories: [String]) throws -> PolicyPhrases {
        let lexicon = try PolicyLexicon.bundled()
        let known = Set(lexicon.categories)
        for c in categories where !known.contains(c) {
            throw ValidationError("unknown category \"\(c)\" (known: \(lexicon.categories.joined(separator: ", ")))")
        }
        return PolicyPhrases(lexicon: lexicon, options: PhraseOptions(categories: categories.isEmpty ? nil : Set(categories), families: false))
    }
}

extension Trend {
    var detector: SpikeDetector { SpikeDetector(window: spikeWindow, ratio: spikeRatio, minimumCount: spikeMinCount) }
}
