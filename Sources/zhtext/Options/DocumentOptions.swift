import ArgumentParser
import ZhText

/// Options of the corpus tools (`collocates`, `dispersion`, `matrix`): where dates and labels come from, and an
/// optional grouping. Dates are only required with `--by`.
struct DocumentOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Dates, labels and titles of the documents: CSV with a header naming path,date[,label,title], or JSONL. Without PATHs, the manifest's documents are read.", valueName: "file"))
    var manifest: String?

    @Option(help: ArgumentHelp("The date of a single input (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
    var date: String?

    @Option(help: "With --by: documents without a date: error (list them, exit 1) or skip (list them in a warning).")
    var undated: UndatedPolicy = .error

    @OptionGroup var duplicates: DuplicateOptions

    func validate() throws {
        if let date, DateParsing.parse(date) == nil {
            throw ValidationError("--date \(date): not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")
        }
    }

    /// The same choices as `trend`'s options, grouping by `by` (dates required only when `by` is given).
    func corpus(by: PeriodUnit?) -> CorpusOptions {
        var c = CorpusOptions()
        c.manifest = manifest
        c.date = date
        c.undated = undated
        c.grouping = .period(by ?? .year)
        c.duplicates = duplicates
        return c
    }
}

/// Documents grouped into periods as they are read (for `--by` without holding every document).
struct PeriodGroups<Value> {
    private(set) var periods: [Period] = []
    private(set) var values: [String: Value] = [:]
    private var labels: [String] = []

    /// The value of `document`'s period (created with `make` on first sight), or `nil` when it has no period.
    mutating func update(_ document: DatedDocument, by unit: PeriodUnit, make: () -> Value, _ change: (inout Value) -> Void) -> Bool {
        guard let period = DatedCorpus.period(of: document, by: unit, labels: labels) else { return false }
        if values[period.label] == nil {
            labels.append(period.label)
            periods.append(period)
            values[period.label] = make()
        }
        change(&values[period.label]!)
        return true
    }

    /// Periods in time order with their values.
    var sorted: [(period: Period, value: Value)] { periods.sorted().map { ($0, values[$0.label]!) } }
}
