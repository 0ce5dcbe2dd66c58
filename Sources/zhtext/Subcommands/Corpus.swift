import ArgumentParser
import Foundation
import ZhText
import ZhTextStore

struct Corpus: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Keep a corpus in one file: add documents once, then ask trend, compare, freq, kwic … with --corpus.",
        discussion: """
        A corpus store is one SQLite file holding each document's metadata, its normalized text (with the offsets \
        back to the original) and its word and policy-phrase counts, so later questions need no segmenting again. \
        Only `corpus add` creates a store; every other command refuses a missing or foreign file (exit 1).
        """,
        subcommands: [CorpusAdd.self, CorpusInfoCommand.self, CorpusList.self, CorpusRemove.self, CorpusCheck.self, CorpusReindex.self, CorpusImport.self, CorpusMerge.self]
    )
}

/// Table or JSON, for the corpus maintenance commands.
enum CorpusFormat: String, ExpressibleByArgument, CaseIterable { case table, json }

/// What to do with documents without a date when adding.
enum AddUndatedPolicy: String, ExpressibleByArgument, CaseIterable {
    /// Store them without a date (time grouping leaves them out with a warning).
    case keep
    /// Do not store them (listed in a warning).
    case skip
}

struct CorpusAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add files, folders, standard input (-), JSONL or CSV rows to a corpus store (created when missing).",
        discussion: """
        Files and folders are read as every command reads them (any encoding, HTML and saved pages extracted); \
        their date comes from --manifest, the file name, the page's metadata or --date. JSONL and CSV give one \
        document per line or row: the text from --text-field (default: the first of text, content, body), the date \
        from --date-field (default: date, published, time), every other field kept as metadata (title fills the \
        title). Identity: --id-field (default id when the rows have one), else the path for files, else the sha256 \
        of the normalized text. A document already stored with the same content is skipped; a changed one is \
        replaced. A malformed line is reported as FILE:LINE: reason and the other rows are still added (exit 1).
        """
    )

    @Argument(help: ArgumentHelp("The corpus store (an SQLite file; created when missing).", valueName: "corpus"))
    var store: String

    @Argument(help: ArgumentHelp("Files or folders to add (`-` for standard input).", valueName: "path"))
    var paths: [String] = []

    @Option(help: ArgumentHelp("A JSONL file of documents, one JSON object per line (repeatable; `-` for standard input).", valueName: "file"))
    var jsonl: [String] = []

    @Option(help: ArgumentHelp("A CSV file of documents with a header row (repeatable; `-` for standard input).", valueName: "file"))
    var csv: [String] = []

    @Option(help: ArgumentHelp("JSONL/CSV: the field holding the text (default: text, content or body).", valueName: "name"))
    var textField: String?

    @Option(help: ArgumentHelp("JSONL/CSV: the field holding the date (default: date, published or time).", valueName: "name"))
    var dateField: String?

    @Option(help: ArgumentHelp("JSONL/CSV: the field holding the document's identity (default: id when present).", valueName: "name"))
    var idField: String?

    @Option(help: ArgumentHelp("Dates (and labels) of the files: CSV path,date[,label,title] or JSONL, as for trend.", valueName: "file"))
    var manifest: String?

    @Option(help: ArgumentHelp("The date of every document added by this command that has none of its own.", valueName: "date"))
    var date: String?

    @Option(help: "Documents without a date: keep (stored undated) or skip.")
    var undated: AddUndatedPolicy = .keep

    @Option(help: ArgumentHelp("Decode every file with this encoding instead of detecting it.", valueName: "name"))
    var encoding: String?

    @Flag(name: .customLong("no-extract"), help: "Store HTML and saved pages whole: no article extraction.")
    var noExtract = false

    @Option(help: ArgumentHelp("Threads that read and analyse (default: the number of cores).", valueName: "n"))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Output format: table or json.")
    var format: CorpusFormat = .table

    @Option(help: ArgumentHelp("Read bundled dictionaries from this folder.", valueName: "dir"))
    var dictionaries: String?

    @Flag(help: "After adding, give the store an adapted lexicon of its own: the words every stored document shows to be words (as --adapt on the other commands) join the bundled lexicon, every document is counted again with it, and every later add uses it (until corpus reindex without --adapt).")
    var adapt = false

    func validate() throws {
        if paths.isEmpty && jsonl.isEmpty && csv.isEmpty && manifest == nil {
            throw ValidationError("nothing to add: give paths (`-` for standard input), --jsonl FILE, --csv FILE or --manifest FILE")
        }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let date, DateParsing.parse(date) == nil { throw ValidationError("--date \(date): not a date (use YYYY, YYYY-MM or YYYY-MM-DD)") }
        if let encoding, !TextDecoder.isKnownEncoding(encoding) { throw ValidationError("unknown encoding \"\(encoding)\"") }
        if (paths + jsonl + csv).filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
    }

    func run() throws {
        if let dictionaries { setenv("ZHTEXT_DICTIONARIES", dictionaries, 1) }
        let console = Console()
        var manifestValue: Manifest?
        if let manifest {
            do { manifestValue = try Manifest.load(manifest) } catch { console.fail(error); try console.finish(); return }
        }
        let loader = DocumentLoader(decoder: TextDecoder(encoding: encoding), extract: !noExtract,
                                    dates: DateResolver(manifest: manifestValue, given: date.flatMap(DateParsing.parse)))
        var inputs: [CorpusInput] = []
        var files = paths
        if files.isEmpty, let manifestValue { files = manifestValue.entries.map(\.resolvedPath) }
        if !files.isEmpty {
            for entry in InputCollector.collect(files) {
                switch entry {
                case let .failure(e): console.fail(e)
                case let .success(item): inputs.append(.file(item))
                }
            }
        }
        let fields = RowFields(text: textField, date: dateField, id: idField)
        var rowFailures = 0
        let store: CorpusStore
        do { store = try CorpusStore(path: self.store, create: true) } catch { console.fail(error); try console.finish(); return }
        var undatedNames: [String] = []
        let skipUndated = undated == .skip
        var summary: CorpusAddSummary
        do {
            // Files first, then each CSV and each JSONL file streamed in chunks (bounded memory at any length).
            var rows = RowFileChunks(csv.map { ($0, .csv) } + jsonl.map { ($0, .jsonl) }, fields: fields)
            var first = true
            let next = { () -> [CorpusInput]? in
                if first { first = false; return inputs }
                return rows.next { console.fail($0); rowFailures += 1 }
            }
            summary = try store.add(next: next, loader: loader, jobs: jobs, warning: console.warn, problem: console.fail,
                                    keep: { doc in
                                        if doc.record.date == nil { undatedNames.append(doc.record.file); return !skipUndated }
                                        return true
                                    })
        } catch { console.fail(error); try console.finish(); return }
        summary.failed += rowFailures
        if adapt {
            do {
                _ = try store.reindex(jobs: jobs, adapt: true)
                let words = try store.adaptedWords().count
                console.warn("\(store.path): adapted lexicon of \(words) word\(words == 1 ? "" : "s"); every document counted with it")
            } catch { console.fail(error) }
        }
        if !undatedNames.isEmpty {
            let list = undatedNames.prefix(10).joined(separator: "; ") + (undatedNames.count > 10 ? "; …" : "")
            console.warn("\(undatedNames.count) document\(undatedNames.count == 1 ? "" : "s") without a date \(skipUndated ? "not added" : "stored undated"): \(list)")
        }
        switch format {
        case .json:
            console.line(JSON.object([("added", .int(summary.added)), ("updated", .int(summary.updated)), ("unchanged", .int(summary.unchanged)),
                                      ("failed", .int(summary.failed)), ("documents", .int(summary.documents))]).pretty)
        case .table:
            var t = ReportTable(columns: [ReportColumn("added", alignment: .right), ReportColumn("updated", alignment: .right),
                                          ReportColumn("unchanged", alignment: .right), ReportColumn("failed", alignment: .right),
                                          ReportColumn("documents", alignment: .right)])
            t.append([String(summary.added), String(summary.updated), String(summary.unchanged), String(summary.failed), String(summary.documents)])
            console.write(t.renderTable())
        }
        try console.finish()
    }
}

/// Opens an existing store or reports why not (one line, exit 1).
func openStore(_ path: String, console: Console) throws -> CorpusStore? {
    do { return try CorpusStore(path: path) } catch {
        console.fail(error)
        try console.finish()
        return nil
    }
}

struct CorpusInfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "info", abstract: "What a corpus store holds: documents, characters, dates, fields, size.")

    @Argument(help: ArgumentHelp("The corpus store.", valueName: "corpus"))
    var store: String

    @Option(help: "Output format: table or json.")
    var format: CorpusFormat = .table

    func run() throws {
        let console = Console()
        guard let store = try openStore(store, console: console) else { return }
        let info = try store.info()
        if !info.current { console.warn("\(store.path): counts were made with other dictionaries; run `zhtext corpus reindex \(store.path)`") }
        switch format {
        case .json:
            console.line(info.json.pretty)
        case .table:
            var t = ReportTable(columns: [ReportColumn("key"), ReportColumn("value")])
            t.append(["documents", String(info.documents)])
            t.append(["undated", String(info.undated)])
            t.append(["characters", String(info.characters)])
            t.append(["first_date", info.firstDate?.description ?? "-"])
            t.append(["last_date", info.lastDate?.description ?? "-"])
            t.append(["fields", info.fields.joined(separator: ", ")])
            t.append(["bytes", String(info.bytes)])
            t.append(["schema", String(info.schema)])
            t.append(["adapted_words", String(info.adaptedWords)])
            console.write(t.renderTable())
        }
        try console.finish()
    }
}

struct CorpusList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "The documents of a corpus store (those --where selects), in corpus order.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, jsonl, csv }

    @Argument(help: ArgumentHelp("The corpus store.", valueName: "corpus"))
    var store: String

    @Option(name: .customLong("where"), help: ArgumentHelp("Only documents satisfying COND (repeatable): FIELD=VALUE, !=, >=, <=, ~ (contains).", valueName: "cond"))
    var conditions: [String] = []

    @Option(help: "Output format: table, json, jsonl or csv.")
    var format: Format = .table

    @Option(help: ArgumentHelp("Skip the first N selected documents (paging).", valueName: "n"))
    var offset: Int = 0

    @Option(help: ArgumentHelp("At most N documents (paging; default: all).", valueName: "n"))
    var limit: Int?

    func validate() throws {
        do { _ = try DocumentFilter(parsing: conditions) } catch { throw ValidationError(error.description) }
        if offset < 0 { throw ValidationError("--offset cannot be negative (got \(offset))") }
        if let limit, limit < 0 { throw ValidationError("--limit cannot be negative (got \(limit))") }
    }

    func run() throws {
        let console = Console()
        guard let store = try openStore(store, console: console) else { return }
        let all = try store.entries(matching: try DocumentFilter(parsing: conditions))
        let entries = CorpusPaging.page(all, offset: offset, limit: limit)
        let fieldNames = try store.fieldNames()
        switch format {
        case .json, .jsonl:
            let objects = entries.map { $0.record.json(fieldNames: fieldNames) }
            if format == .json { console.line(JSON.array(objects).pretty) } else { objects.forEach { console.line($0.compact) } }
        case .table, .csv:
            var t = ReportTable(columns: [ReportColumn("id"), ReportColumn("file"), ReportColumn("date"), ReportColumn("title"),
                                          ReportColumn("characters", alignment: .right)] + fieldNames.map { ReportColumn($0) })
            for e in entries {
                let r = e.record
                t.append([r.id, r.file, r.date?.description ?? "", r.title, String(r.characters)] + fieldNames.map { r.fields[$0] ?? "" })
            }
            console.write(format == .csv ? t.renderCSV(excel: false) : t.renderTable())
        }
        try console.finish()
    }
}

struct CorpusRemove: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove the documents --where selects from a corpus store.")

    @Argument(help: ArgumentHelp("The corpus store.", valueName: "corpus"))
    var store: String

    @Option(name: .customLong("where"), help: ArgumentHelp("Remove documents satisfying COND (repeatable, all must hold; at least one).", valueName: "cond"))
    var conditions: [String] = []

    func validate() throws {
        if conditions.isEmpty { throw ValidationError("give --where COND (e.g. --where id=X, --where date<=2020)") }
        do { _ = try DocumentFilter(parsing: conditions) } catch { throw ValidationError(error.description) }
    }

    func run() throws {
        let console = Console()
        guard let store = try openStore(store, console: console) else { return }
        let removed = try store.remove(where: try DocumentFilter(parsing: conditions))
        console.line("removed \(removed) document\(removed == 1 ? "" : "s"); \(try store.count()) left")
        try console.finish()
    }
}

struct CorpusCheck: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Check a corpus store's integrity (exit 0 when sound, 1 with the problems listed).")

    @Argument(help: ArgumentHelp("The corpus store.", valueName: "corpus"))
    var store: String

    func run() throws {
        let console = Console()
        guard let store = try openStore(store, console: console) else { return }
        let problems = try store.check()
        if problems.isEmpty {
            console.line("ok: \(try store.count()) documents")
        } else {
            for p in problems { console.fail(CorpusStoreError.damaged(path: store.path, reason: p)) }
        }
        try console.finish()
    }
}

struct CorpusReindex: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reindex",
        abstract: "Count every stored document's words and phrases again (after the dictionaries or zhtext changed).")

    @Argument(help: ArgumentHelp("The corpus store.", valueName: "corpus"))
    var store: String

    @Option(help: ArgumentHelp("Threads (default: the number of cores).", valueName: "n"))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: ArgumentHelp("Read bundled dictionaries from this folder.", valueName: "dir"))
    var dictionaries: String?

    @Flag(help: "Give the store an adapted lexicon of its own (the words its documents show to be words join the bundled lexicon), used for these counts and every later add. Without it the store goes back to the bundled lexicon.")
    var adapt = false

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        if let dictionaries { setenv("ZHTEXT_DICTIONARIES", dictionaries, 1) }
        let console = Console()
        guard let store = try openStore(store, console: console) else { return }
        let n: Int
        do { n = try store.reindex(jobs: jobs, adapt: adapt) } catch { console.fail(error); try console.finish(); return }
        let words = try store.adaptedWords().count
        console.line("reindexed \(n) document\(n == 1 ? "" : "s") with " + (words == 0 ? "the bundled lexicon" : "an adapted lexicon (\(words) word\(words == 1 ? "" : "s") added)"))
        try console.finish()
    }
}
