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

/// Writes one JSON object per input as the output contract says: `json` one object for one input and an array for
/// several (decided by the number of inputs named, before any is read: ``expect(inputs:)``), `jsonl` one line per
/// input. Each object is written as it is made (``JSONWriter``), so a document with millions of hits never exists as
/// a JSON tree, and each document's result is on standard output before the next input is read.
struct JSONReport {
    let format: ReportFormat
    private var several = false
    private var written = 0

    init(format: ReportFormat) { self.format = format }

    /// The number of inputs of the run (an array for anything but one).
    mutating func expect(inputs: Int) { several = inputs != 1 }

    /// Adds a whole object.
    mutating func add(_ object: JSON, console: Console) {
        add(console: console) { $0.value(object) }
    }

    /// Adds an object written by `write` (one value).
    mutating func add(console: Console, _ write: (inout JSONWriter) -> Void) {
        guard format == .json || format == .jsonl else { return }
        if format == .json && several { console.write(written == 0 ? "[\n  " : ",\n  ") }
        var writer = JSONWriter(pretty: format == .json, level: format == .json && several ? 1 : 0) { console.write($0) }
        write(&writer)
        writer.flush()
        if format == .jsonl || !several { console.write("\n") }
        written += 1
        console.flush()
    }

    func finish(console: Console) {
        if format == .json && several && written > 0 { console.write("\n]\n") }
    }
}
