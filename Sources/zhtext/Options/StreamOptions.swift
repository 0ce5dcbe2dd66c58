import ArgumentParser
import ZhText

/// How `analyze` reads its input: files (the default), or JSONL documents streamed one per line
/// (`--input jsonl --full`, the map step of Spark, Hadoop Streaming or GNU parallel).
struct StreamOptions: ParsableArguments {
    enum Input: String, ExpressibleByArgument, CaseIterable { case files, jsonl }

    @Option(help: "Input: files (text, HTML, folders) or jsonl (one JSON document per line, from standard input or the given JSONL files).")
    var input: Input = .files

    @Flag(help: "With --input jsonl --format jsonl: write one record per document with everything `zhtext corpus import` stores (id, metadata, term and phrase counts, normalized text and offsets).")
    var full = false

    @Flag(help: "With --input jsonl: exit 1 when any line gives no document (the other lines are still written).")
    var strict = false

    @Option(help: ArgumentHelp("JSONL: the field holding the text (default: text, content or body).", valueName: "name"))
    var textField: String?

    @Option(help: ArgumentHelp("JSONL: the field holding the date (default: date, published or time).", valueName: "name"))
    var dateField: String?

    @Option(help: ArgumentHelp("JSONL: the field holding the document's identity (default: id when present, else the sha256 of the normalized text).", valueName: "name"))
    var idField: String?

    @Option(help: ArgumentHelp("JSONL: the date of every document that has none of its own.", valueName: "date"))
    var date: String?

    @Option(help: ArgumentHelp("JSONL from standard input: the name it goes by in `file` fields and messages (default: -).", valueName: "name"))
    var name: String = "-"

    @Option(help: ArgumentHelp("JSONL: the number of the first input line (a split of a larger file starts further on).", valueName: "n"))
    var firstLine: Int = 1

    func validate(format: String) throws {
        guard input == .jsonl else {
            if full || strict { throw ValidationError("--full and --strict need --input jsonl") }
            if textField != nil || dateField != nil || idField != nil || date != nil || name != "-" || firstLine != 1 {
                throw ValidationError("--text-field, --date-field, --id-field, --date, --name and --first-line need --input jsonl")
            }
            return
        }
        if !full || format != "jsonl" {
            throw ValidationError("--input jsonl writes the records `corpus import` loads: give --full --format jsonl")
        }
        if firstLine < 1 { throw ValidationError("--first-line must be at least 1") }
        if let date, DateParsing.parse(date) == nil { throw ValidationError("--date \(date): not a date (use YYYY, YYYY-MM or YYYY-MM-DD)") }
    }

    var rowFields: RowFields { RowFields(text: textField, date: dateField, id: idField) }
}
