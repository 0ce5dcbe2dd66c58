import ArgumentParser
import ZhText

extension PeriodUnit: ExpressibleByArgument {}

extension CorpusGrouping: ExpressibleByArgument {
    public init?(argument: String) {
        guard !argument.isEmpty else { return nil }
        self.init(parsing: argument)
    }
}

/// What to do with documents that have no date.
enum UndatedPolicy: String, ExpressibleByArgument, CaseIterable {
    /// List them in one error (exit 1); the dated documents are still analysed.
    case error
    /// List them in a warning and leave them out (exit 0).
    case skip
}

/// Options of the commands that work on dated documents (`trend`, `compare`, `report`).
struct CorpusOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Dates (and labels) of the documents: CSV with a header naming path,date[,label,title], or JSONL {\"path\",\"date\",\"label\"}. Paths relative to the manifest. Without PATHs, the manifest's documents are read.", valueName: "file"))
    var manifest: String?

    @Option(help: ArgumentHelp("The date of a single input (YYYY, YYYY-MM or YYYY-MM-DD), when neither a manifest nor its file name gives one.", valueName: "date"))
    var date: String?

    @Option(help: "Documents without a date: error (list them, exit 1) or skip (list them in a warning).")
    var undated: UndatedPolicy = .error

    @Option(name: .customLong("by"), help: ArgumentHelp("Group documents by year, quarter, month, week (ISO), day or label; with --corpus also by any metadata field (source, author, …).", valueName: "period|field"))
    var grouping: CorpusGrouping = .period(.year)

    /// The period unit of `--by` (files have no metadata fields: `validate()` refuses a field without `--corpus`).
    var by: PeriodUnit {
        if case let .period(unit) = grouping { return unit }
        return .label
    }

    @OptionGroup var duplicates: DuplicateOptions

    func validate() throws {
        if let date, DateParsing.parse(date) == nil {
            throw ValidationError("--date \(date): not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")
        }
    }

    var givenDate: DocumentDate? { date.flatMap(DateParsing.parse) }
}

/// Output formats of `trend` and `compare`.
enum ComparisonFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json, md
}
