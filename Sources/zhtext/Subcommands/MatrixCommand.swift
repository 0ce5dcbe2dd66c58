import ArgumentParser
import Foundation
import ZhText

struct MatrixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "matrix",
        abstract: "Write the document-term matrix for R (quanteda, Matrix) and Python (pandas, scipy).",
        discussion: """
        Counts are those of `freq` (content terms by their counting key: case and width folded; --all-terms as freq's) \
        plus policy phrases counted whole (a phrase's count replaces the token count of the same spelling; --no-phrases leaves them out). \
        --format csv writes FILE as long CSV `document,term,count` (one row per non-zero cell, document by document as \
        read; `document` is the input's `file` field) and FILE.documents.csv (document,title,date,date_source,label,\
        characters,terms). --format mtx writes FILE in Matrix Market coordinate format (rows = documents, columns = \
        terms by total count, then term) with FILE.rows.txt and FILE.cols.txt, one name per line. In R: \
        Matrix::readMM(FILE); in Python: scipy.io.mmread(FILE) or pandas.read_csv(FILE). A one-line summary goes to \
        standard output.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, mtx }

    @OptionGroup var input: InputOptions
    @OptionGroup var documents: DocumentOptions
    @OptionGroup var store: StoreOptions

    @Option(help: "Output format: csv (long) or mtx (Matrix Market).")
    var format: Format = .csv

    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("The file to write (side files are named after it).", valueName: "file"))
    var output: String

    @Flag(help: "Do not count policy phrases whole (words only).")
    var noPhrases = false

    @Flag(help: "Count every word token as `freq --all-terms` does (default: content terms, as `freq`).")
    var allTerms = false

    @Flag(help: "With --format csv: UTF-8 BOM and formula guarding for Excel.")
    var excel = false

    func validate() throws {
        try store.validate(paths: input.paths)
        if store.corpus != nil && (documents.manifest != nil || documents.date != nil) {
            throw ValidationError("--manifest and --date apply to paths; a corpus store keeps each document's date")
        }
        if output.isEmpty || output == "-" { throw ValidationError("-o needs a file name (the matrix comes with side files)") }
        if excel && format != .csv { throw ValidationError("--excel needs --format csv") }
    }

    func run() throws {
        let console = Console()
        var terms: CorpusTerms
        do { terms = try CorpusTerms.standard(phrases: noPhrases ? nil : .default, allTerms: allTerms) } catch {
            console.fail(error); try console.finish(); return
        }
        // A store with an adapted lexicon of its own segments with it (as its counts were made).
        if store.corpus != nil { terms.segmenter = LexiconSegmenter(lexicon: store.lexicon()) }
        var long: FileOutput?
        if format == .csv {
            do {
                long = try FileOutput(path: output)
                long!.write((excel ? "\u{FEFF}" : "") + ReportTable.csvRecord(DocumentTermMatrix.longHeader))
            } catch { console.fail(error); try console.finish(); return }
        }
        var matrix = DocumentTermMatrix()
        var failed = false
        try store.eachDocument(input.paths, input: input, corpus: documents.corpus(by: nil), console: console, requireDates: false) { doc in
            let counts = terms.counts(in: doc.text)
            if let out = long {
                out.write(DocumentTermMatrix.longCSV(document: doc.file, counts: counts, excel: excel))
                if let error = out.error, !failed { failed = true; console.fail(error) }
            }
            matrix.add(DocumentTermMatrix.DocumentInfo(document: doc.file, title: doc.title, date: doc.date?.description ?? "",
                                                       dateSource: doc.dateSource?.rawValue ?? "", label: doc.label ?? "",
                                                       characters: doc.characters), counts: counts, keepCells: format == .mtx)
        }
        var files: [(String, String)] = []
        switch format {
        case .csv:
            long?.close()
            if let error = long?.error, !failed { failed = true; console.fail(error) }
            files = [(output + ".documents.csv", matrix.documentsCSV(excel: excel))]
        case .mtx:
            files = [(output, matrix.matrixMarket()), (output + ".rows.txt", matrix.rowsText()), (output + ".cols.txt", matrix.colsText())]
        }
        for (path, text) in files {
            do { try FileOutput.write(text, to: path) } catch { console.fail(error) }
        }
        let n = matrix.documents.count
        let docs = "\(n) document\(n == 1 ? "" : "s")"
        let shape = format == .mtx ? "\(docs) × \(matrix.columns.count) terms, \(matrix.nonZero) non-zero cells" : docs
        console.line("\(output): \(shape)")
        try console.finish()
    }
}

/// A file written in pieces through a buffer; the first error is kept (and reported once by the caller).
final class FileOutput {
    let path: String
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private(set) var error: ZhTextError?

    init(path: String) throws {
        self.path = path
        guard FileManager.default.createFile(atPath: path, contents: nil) , let h = FileHandle(forWritingAtPath: path) else {
            throw ZhTextError.failed(file: path, reason: "cannot write (\(FileProblem.writing(path) ?? "cannot create the file"))")
        }
        handle = h
    }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 20 { flush() }
    }

    private func flush() {
        guard error == nil, !buffer.isEmpty else { buffer.removeAll(keepingCapacity: true); return }
        do { try handle.write(contentsOf: buffer) } catch {
            self.error = .failed(file: path, reason: "cannot write (\((error as NSError).localizedDescription))")
        }
        buffer.removeAll(keepingCapacity: true)
    }

    func close() {
        flush()
        try? handle.close()
    }

    /// Writes `text` to `path` in one go.
    static func write(_ text: String, to path: String) throws {
        do { try text.write(toFile: path, atomically: true, encoding: .utf8) } catch {
            throw ZhTextError.failed(file: path, reason: "cannot write (\(FileProblem.writing(path) ?? (error as NSError).localizedDescription))")
        }
    }
}
