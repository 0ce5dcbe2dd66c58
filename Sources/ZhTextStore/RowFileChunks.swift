import Foundation
import ZhText

/// The rows of JSONL and CSV files as ``CorpusInput``s for ``CorpusStore/add(next:loader:jobs:batchSize:warning:problem:keep:)``,
/// a chunk at a time, so that files of any size are added in bounded memory: a chunk holds at most `maximumRows`
/// rows, and passes `maximumBytes` of text by one row at most. Files are read in the order given (`-` is standard input);
/// a JSONL line is parsed later, with its analysis, on the worker threads.
public struct RowFileChunks {
    /// How a file's rows are written.
    public enum Format: Sendable { case jsonl, csv }

    private enum Stream {
        case csv(CSVRowStream)
        case jsonl(LineStream)
    }

    private var pending: [(path: String, format: Format)]
    private let fields: RowFields
    private let maximumRows: Int
    private let maximumBytes: Int
    private var current: (path: String, descriptor: Int32, stream: Stream)?
    /// The most rows asked of a stream at a time (a short answer is a pipe with nothing more yet: the chunk ends
    /// there).
    private static let pull = 256

    /// The rows of `files`, their fields named by `fields`.
    public init(_ files: [(path: String, format: Format)], fields: RowFields, maximumRows: Int = 4096, maximumBytes: Int = 16 << 20) {
        pending = files
        self.fields = fields
        self.maximumRows = max(1, maximumRows)
        self.maximumBytes = maximumBytes
    }

    /// The next chunk of rows, `nil` when every file is read. `problem` gets each file that cannot be opened or read
    /// and each malformed row (`file:line: reason`); the other rows are still given.
    public mutating func next(problem: (ZhTextError) -> Void) -> [CorpusInput]? {
        while true {
            if current == nil {
                guard !pending.isEmpty else { return nil }
                let (path, format) = pending.removeFirst()
                let descriptor = path == "-" ? 0 : open(path, O_RDONLY)
                if descriptor < 0 {
                    problem(.unreadable(file: path, reason: String(cString: strerror(errno))))
                    continue
                }
                current = (path, descriptor, format == .csv ? .csv(CSVRowStream(descriptor: descriptor, file: path, fields: fields))
                                                            : .jsonl(LineStream(descriptor: descriptor)))
            }
            var chunk: [CorpusInput] = []
            var bytes = 0
            var ended = false, short = false
            repeat {
                // As many rows as the chunk has room for, judged by the rows so far (one at first), so that a chunk
                // passes `maximumBytes` by one row at most.
                let room = chunk.isEmpty ? 1 : max(1, (maximumBytes - bytes) / max(1, bytes / chunk.count))
                let want = min(Self.pull, maximumRows - chunk.count, room)
                do {
                    let got = try pull(want, problem: problem)
                    (ended, short) = (got.pieces == 0, got.pieces < want)
                    for (input, size) in got.inputs { chunk.append(input); bytes += size }
                } catch {
                    problem(error)
                    ended = true
                }
            } while !ended && !short && chunk.count < maximumRows && bytes < maximumBytes
            if ended {
                if let c = current, c.descriptor > 0 { close(c.descriptor) }
                current = nil
            }
            if !chunk.isEmpty { return chunk }
        }
    }

    /// Up to `count` pieces of the current file: the inputs with their sizes in bytes; malformed ones go to `problem`.
    private mutating func pull(_ count: Int, problem: (ZhTextError) -> Void) throws(ZhTextError) -> (pieces: Int, inputs: [(CorpusInput, Int)]) {
        guard let c = current else { return (0, []) }
        var inputs: [(CorpusInput, Int)] = []
        switch c.stream {
        case var .csv(rows):
            let got = try rows.nextBatch(count)
            current?.stream = .csv(rows)
            for r in got {
                switch r {
                case let .success(row): inputs.append((.row(row), row.text.utf8.count))
                case let .failure(e): problem(e)
                }
            }
            return (got.count, inputs)
        case var .jsonl(lines):
            let got = try lines.nextBatch(count, file: c.path)
            current?.stream = .jsonl(lines)
            for piece in got {
                switch piece {
                case let .line(n, bytes): inputs.append((.jsonLine(file: c.path, line: n, bytes: bytes, fields: fields), bytes.count))
                case let .tooLong(n, length):
                    problem(.malformedLine(file: c.path, line: n, reason: "line of \(length) bytes is too long", content: ""))
                }
            }
            return (got.count, inputs)
        }
    }
}
