import ArgumentParser
import ZhText

extension ReportFormat: ExpressibleByArgument {}

/// `--format` and `--excel`, shared by the report commands (keywords, freq, kwic, …).
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: table, json, jsonl, csv or md.")
    var format: ReportFormat = .table

    @Flag(help: "With --format csv: start with a UTF-8 BOM (Excel opens Chinese correctly) and guard cells starting with = + - @.")
    var excel = false

    func validate() throws {
        if excel && format != .csv { throw ValidationError("--excel needs --format csv") }
    }
}

/// Collects one JSON object per input and writes them as the output contract says: `json` one object for one input
/// and an array for several, `jsonl` one line per input as it comes.
struct JSONReport {
    let format: ReportFormat
    private(set) var objects: [JSON] = []

    init(format: ReportFormat) { self.format = format }

    mutating func add(_ object: JSON, console: Console) {
        if format == .jsonl { console.line(object.compact) } else { objects.append(object) }
    }

    func finish(console: Console) {
        guard format == .json else { return }
        if objects.count == 1 { console.line(objects[0].pretty) } else if !objects.isEmpty { console.line(JSON.array(objects).pretty) }
    }
}
