import ArgumentParser
import Foundation
import ZhText
import ZhTextStore

/// Table or JSON summary of `corpus import` and `corpus merge`.
enum ImportSummaryFormat: String, ExpressibleByArgument, CaseIterable { case table, json }

struct CorpusImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Load records made by `zhtext analyze --input jsonl --full` (e.g. a Spark job's DIR/part-*) into a corpus store, without analysing again.",
        discussion: """
        The store is created when missing. Importing is idempotent by document id: a record whose document is \
        already stored with the same content (a part imported twice, a retried task) is skipped; a changed one \
        replaces it. Error records ({"line": N, "error": …}) are counted and reported, not stored. Records made with \
        other dictionaries or another zhtext version than this one are refused (exit 1): analyse again, or import with \
        the zhtext that made them. A malformed line is reported as FILE:LINE: reason (exit 1); the other lines are \
        still imported.
        """
    )

    @Argument(help: ArgumentHelp("The corpus store (an SQLite file; created when missing).", valueName: "corpus"))
    var store: String

    @Argument(help: ArgumentHelp("Record files (JSONL; `-` for standard input).", valueName: "file"))
    var files: [String]

    @Option(help: ArgumentHelp("Threads that decode records (default: the number of cores).", valueName: "n"))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Output format: table or json.")
    var format: ImportSummaryFormat = .table

    @Option(help: ArgumentHelp("Read bundled dictionaries from this folder (the analysis fingerprint is theirs).", valueName: "dir"))
    var dictionaries: String?

    func validate() throws {
        if files.isEmpty { throw ValidationError("give the record files to import (e.g. DIR/part-*), `-` for standard input") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if files.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
    }

    func run() throws {
        if let dictionaries { setenv("ZHTEXT_DICTIONARIES", dictionaries, 1) }
        let console = Console()
        var importer: CorpusImporter
        do { importer = try CorpusImporter(store: try CorpusStore(path: store, create: true)) } catch {
            console.fail(error)
            try console.finish()
            return
        }
        do {
            for file in files { try Self.importFile(file, into: &importer, jobs: jobs, console: console) }
            ImportSummaryOutput.write(try importer.finish(), format: format, console: console)
        } catch { console.fail(error) }
        try console.finish()
    }

    /// Streams one record file into the importer; store errors end the run, line problems are reported and counted.
    static func importFile(_ file: String, into importer: inout CorpusImporter, jobs: Int, console: Console) throws(CorpusStoreError) {
        let descriptor: Int32
        if file == "-" {
            descriptor = 0
        } else {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: file, isDirectory: &isDir), isDir.boolValue {
                console.fail(ZhTextError.unreadable(file: file, reason: "a directory; give its files (DIR/part-*)"))
                importer.countFailure()
                return
            }
            descriptor = open(file, O_RDONLY)
            if descriptor < 0 {
                console.fail(ZhTextError.unreadable(file: file, reason: String(cString: strerror(errno))))
                importer.countFailure()
                return
            }
        }
        defer { if descriptor != 0 { close(descriptor) } }
        var stream = LineStream(descriptor: descriptor, maximumLength: 1 << 30)
        var refused = 0
        var firstRefused: (line: Int, analysis: String)?
        while true {
            let pieces: [LineSplitter.Piece]
            do { pieces = try stream.nextBatch(jobs == 1 ? 16 : 16 * jobs, file: file) } catch {
                console.fail(error)
                importer.countFailure()
                break
            }
            if pieces.isEmpty { break }
            var storeError: CorpusStoreError?
            OrderedParallel.forEach(pieces, jobs: jobs, transform: { piece -> (Int, Result<AnalysisLine, ZhTextError>) in
                switch piece {
                case let .tooLong(n, length):
                    return (n, .failure(.malformedLine(file: file, line: n, reason: "line of \(length) bytes is too long", content: "")))
                case let .line(n, bytes):
                    do throws(ZhTextError) { return (n, .success(try AnalysisLine.decode(bytes, file: file, line: n))) } catch { return (n, .failure(error)) }
                }
            }) { _, result in
                guard storeError == nil else { return }
                switch result.1 {
                case let .failure(e):
                    console.fail(e)
                    importer.countFailure()
                case let .success(.error(inputLine, message)):
                    console.warn("\(file):\(result.0): error record (input line \(inputLine)), not stored: \(message)")
                    importer.countErrorRecord()
                case let .success(.record(record)):
                    guard importer.accepts(record) else {
                        refused += 1
                        if firstRefused == nil { firstRefused = (result.0, record.analysis) }
                        return
                    }
                    do throws(CorpusStoreError) { try importer.add(record) } catch { storeError = error }
                }
            }
            if let storeError { throw storeError }
        }
        if let firstRefused {
            importer.countFailure(refused)
            console.fail(ZhTextError.malformedLine(
                file: file, line: firstRefused.line,
                reason: "\(refused) record\(refused == 1 ? "" : "s") made with other dictionaries or another zhtext (analysis \(firstRefused.analysis), this zhtext's: \(importer.analysis)) not imported; analyse again with this zhtext and its dictionaries",
                content: ""))
        }
    }
}

struct CorpusMerge: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge corpus stores built elsewhere into one (created when missing), without analysing again.",
        discussion: """
        Every document of each PART is copied, in the part's order. As with import, a document already stored with \
        the same content is skipped and a changed one replaced, so merging a part twice changes nothing. A part built \
        with other dictionaries or another zhtext version is refused (exit 1); the other parts are still merged.
        """
    )

    @Argument(help: ArgumentHelp("The corpus store merged into (created when missing).", valueName: "corpus"))
    var store: String

    @Argument(help: ArgumentHelp("Corpus stores to merge in.", valueName: "part"))
    var parts: [String]

    @Option(help: "Output format: table or json.")
    var format: ImportSummaryFormat = .table

    @Option(help: ArgumentHelp("Read bundled dictionaries from this folder (the analysis fingerprint is theirs).", valueName: "dir"))
    var dictionaries: String?

    func validate() throws {
        if parts.isEmpty { throw ValidationError("give the corpus stores to merge in") }
    }

    func run() throws {
        if let dictionaries { setenv("ZHTEXT_DICTIONARIES", dictionaries, 1) }
        let console = Console()
        // Open every part first: a missing or foreign part must not leave an empty target behind.
        var opened: [CorpusStore] = []
        for part in parts {
            do { opened.append(try CorpusStore(path: part, readOnly: true)) } catch { console.fail(error) }
        }
        var importer: CorpusImporter
        do { importer = try CorpusImporter(store: try CorpusStore(path: store, create: true)) } catch {
            console.fail(error)
            try console.finish()
            return
        }
        importer.countFailure(parts.count - opened.count)
        for part in opened {
            do { try CorpusStore.merge(part, into: &importer) } catch {
                console.fail(error)
                importer.countFailure()
            }
        }
        do { ImportSummaryOutput.write(try importer.finish(), format: format, console: console) } catch { console.fail(error) }
        try console.finish()
    }
}

/// The summary line of `corpus import` and `corpus merge`.
enum ImportSummaryOutput {
    static func write(_ s: CorpusImportSummary, format: ImportSummaryFormat, console: Console) {
        let pairs: [(String, Int)] = [("added", s.added), ("updated", s.updated), ("unchanged", s.unchanged), ("failed", s.failed),
                                      ("error_records", s.errorRecords), ("documents", s.documents)]
        switch format {
        case .json:
            console.line(JSON.object(pairs.map { ($0.0, JSON.int($0.1)) }).pretty)
        case .table:
            var t = ReportTable(columns: pairs.map { ReportColumn($0.0, alignment: .right) })
            t.append(pairs.map { String($0.1) })
            console.write(t.renderTable())
        }
    }
}
