import Foundation

/// RFC 4180 records, parsed as the text arrives: `,` separates, `"` quotes (doubled inside quotes), CRLF or LF ends a
/// record outside quotes, a byte order mark at the very start is skipped. Feeding a text whole or in any number of
/// pieces gives the same records.
struct CSVRecordParser {
    /// A record's cells, or the reason it is malformed.
    enum Record: Equatable { case success([String]), failure(String) }

    /// The most scalars one record may hold; a longer one is reported (its cells are dropped, not kept in memory).
    let maximumLength: Int
    private var cells: [String] = []
    private var cell = String.UnicodeScalarView()
    private var quoted = false, wasQuoted = false, afterQuote = false
    private var line = 1, recordLine = 1
    private var bad: String?
    private var any = false
    private var pendingCR = false
    private var atStart = true
    private var length = 0

    init(maximumLength: Int = 64 << 20) { self.maximumLength = maximumLength }

    /// The line the next scalar is on (1-based).
    var currentLine: Int { line }

    /// Feeds the next scalars; `body` gets each record they complete with the line it starts on.
    /// - Complexity: O(n); memory O(longest record, at most `maximumLength` scalars).
    mutating func feed<S: Sequence>(_ scalars: S, _ body: (Record, Int) -> Void) where S.Element == Unicode.Scalar {
        for c in scalars {
            if atStart {
                atStart = false
                if c == "\u{FEFF}" { continue }
            }
            if pendingCR {
                pendingCR = false
                if c == "\n" { line += 1; endRecord(body); recordLine = line; continue }
                line += 1; endRecord(body); recordLine = line
            }
            any = true
            length += 1
            if length > maximumLength && bad == nil {
                bad = "record longer than \(maximumLength) characters"
                cells = []
                cell = String.UnicodeScalarView()
            }
            if quoted {
                if c == "\"" { quoted = false; afterQuote = true; continue }
                if c == "\n" { line += 1 }
                keep(c)
                continue
            }
            if afterQuote && c == "\"" { quoted = true; afterQuote = false; keep("\""); continue }
            switch c {
            case ",":
                if bad == nil || length <= maximumLength { cells.append(String(cell)) }
                cell = String.UnicodeScalarView(); wasQuoted = false; afterQuote = false
            case "\n":
                line += 1; endRecord(body); recordLine = line
            case "\r":
                pendingCR = true
            case "\"" where cell.isEmpty && !wasQuoted:
                quoted = true; wasQuoted = true
            default:
                if afterQuote && bad == nil { bad = "text after a closing quote" }
                if c == "\"" && bad == nil { bad = "quote inside an unquoted field" }
                keep(c)
            }
        }
    }

    /// Ends the text: the last record (without a line break) goes to `body`; an open quote is an error.
    mutating func finish(_ body: (Record, Int) -> Void) {
        if quoted && bad == nil { bad = "unterminated quote" }
        if pendingCR || any || !cells.isEmpty || !cell.isEmpty || quoted { endRecord(body) }
        pendingCR = false
        quoted = false
    }

    private mutating func keep(_ c: Unicode.Scalar) {
        if length <= maximumLength { cell.append(c) }
    }

    private mutating func endRecord(_ body: (Record, Int) -> Void) {
        cells.append(String(cell))
        body(bad.map { .failure($0) } ?? .success(cells), recordLine)
        cells = []; cell = String.UnicodeScalarView(); bad = nil; wasQuoted = false; afterQuote = false; any = false
        length = 0
    }
}

/// The header logic of CSV input: the first record names the fields; each later record becomes a ``DocumentRow``
/// (through ``RowFields``) or an error naming `file:line`. Records holding one empty cell (blank lines) are skipped.
struct CSVRows {
    let file: String
    let fields: RowFields
    private var header: [String]?
    private var headerLine = 0

    init(file: String, fields: RowFields) {
        self.file = file
        self.fields = fields
    }

    /// Takes one record; `body` gets the row it makes or the error it is.
    mutating func take(_ record: CSVRecordParser.Record, line: Int, _ body: (Result<DocumentRow, ZhTextError>) -> Void) {
        switch record {
        case let .failure(reason):
            body(.failure(.malformedLine(file: file, line: line, reason: reason, content: "")))
        case let .success(cells):
            if cells.count == 1 && cells[0].isEmpty { return }
            guard let header else {
                let names = cells.map { $0.trimmingCharacters(in: .whitespaces) }
                if let dup = Dictionary(names.map { ($0, 1) }, uniquingKeysWith: +).first(where: { $0.value > 1 }) {
                    body(.failure(.malformedLine(file: file, line: line, reason: "header names \"\(dup.key)\" twice", content: "")))
                }
                header = names
                headerLine = line
                return
            }
            guard cells.count == header.count else {
                body(.failure(.malformedLine(file: file, line: line,
                                             reason: "\(cells.count) fields, the header (line \(headerLine)) has \(header.count)",
                                             content: String(cells.joined(separator: ",").prefix(40)))))
                return
            }
            var values: [String: String] = [:]
            for (k, v) in zip(header, cells) where !v.isEmpty { values[k] = v }
            body(fields.row(values, file: file, line: line))
        }
    }
}

/// CSV rows from UTF-8 bytes fed in chunks (chunks may end inside a character): the parser behind ``CSVRowStream``.
/// At the first ill-formed byte sequence it gives the rows before it, then `file:line: not UTF-8`, and takes no more.
struct CSVRowParser: StreamPieceParser {
    typealias Piece = Result<DocumentRow, ZhTextError>

    private let file: String
    private var parser: CSVRecordParser
    private var rows: CSVRows
    private var carry: [UInt8] = []
    private(set) var isDone = false

    init(file: String, fields: RowFields, maximumLength: Int = 64 << 20) {
        self.file = file
        parser = CSVRecordParser(maximumLength: maximumLength)
        rows = CSVRows(file: file, fields: fields)
    }

    mutating func feed(_ chunk: UnsafeRawBufferPointer, _ emit: (Piece) -> Void) {
        guard !isDone else { return }
        carry.append(contentsOf: chunk)
        // An incomplete UTF-8 sequence at the end waits for the next chunk.
        var cut = carry.count
        var back = 0
        while back < 3, cut > 0, carry[cut - 1] & 0xC0 == 0x80 { cut -= 1; back += 1 }
        if cut > 0 {
            let lead = carry[cut - 1]
            let needed = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
            cut = needed > back + 1 ? cut - 1 : carry.count
        } else {
            cut = carry.count
        }
        guard let text = String(validating: carry[0..<cut], as: UTF8.self) else {
            // Read the rows up to the first ill-formed sequence, then stop with the line it is on.
            var bytes = carry[0..<cut].makeIterator()
            var decoder = Unicode.UTF8.ForwardParser()
            var valid = 0
            while case let .valid(s) = decoder.parseScalar(from: &bytes) { valid += s.count }
            parse(String(decoding: carry[0..<valid], as: UTF8.self), emit)
            return fail(emit)
        }
        carry.removeFirst(cut)
        parse(text, emit)
    }

    mutating func finish(_ emit: (Piece) -> Void) {
        guard !isDone else { return }
        if !carry.isEmpty { return fail(emit) }
        var rows = self.rows
        parser.finish { record, line in rows.take(record, line: line, emit) }
        self.rows = rows
        isDone = true
    }

    private mutating func parse(_ text: String, _ emit: (Piece) -> Void) {
        var rows = self.rows
        parser.feed(text.unicodeScalars) { record, line in rows.take(record, line: line, emit) }
        self.rows = rows
    }

    private mutating func fail(_ emit: (Piece) -> Void) {
        emit(.failure(.malformedLine(file: file, line: parser.currentLine, reason: "not UTF-8; the rest of the file is not read", content: "")))
        isDone = true
        carry = []
    }
}

/// Reads the rows of a CSV file from a file descriptor (a file, a pipe, standard input) a batch at a time, in bounded
/// memory: the streaming form of ``DocumentRows/csv(_:file:fields:_:)``, with the same rows and errors.
///
/// The file must be UTF-8: at the first ill-formed byte sequence the stream reports `file:line: not UTF-8` and ends
/// (the rows before it were already given).
public struct CSVRowStream {
    private var reader: DescriptorReader<CSVRowParser>
    private let file: String

    /// A stream over `descriptor` (not closed by the stream), naming `file` in its errors.
    public init(descriptor: Int32, file: String, fields: RowFields, chunkSize: Int = 1 << 16, maximumLength: Int = 64 << 20) {
        self.file = file
        reader = DescriptorReader(descriptor: descriptor, parser: CSVRowParser(file: file, fields: fields, maximumLength: maximumLength),
                                  chunkSize: chunkSize)
    }

    /// Up to `count` next rows (or row errors), fewer at the end of the stream (empty then).
    /// - Throws: ``ZhTextError/unreadable(file:reason:)`` when reading fails.
    public mutating func nextBatch(_ count: Int) throws(ZhTextError) -> [Result<DocumentRow, ZhTextError>] {
        try reader.nextBatch(count, file: file)
    }
}
