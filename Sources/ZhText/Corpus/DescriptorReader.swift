import Foundation

/// A parser fed a byte stream in chunks, giving pieces (lines, rows) as they complete: what ``DescriptorReader``
/// drives.
public protocol StreamPieceParser {
    associatedtype Piece
    /// Feeds the next bytes; `emit` gets each piece they complete, in order.
    mutating func feed(_ chunk: UnsafeRawBufferPointer, _ emit: (Piece) -> Void)
    /// Ends the stream; `emit` gets what the last bytes make.
    mutating func finish(_ emit: (Piece) -> Void)
    /// Whether the parser wants no more bytes (it met input it cannot go past).
    var isDone: Bool { get }
}

extension StreamPieceParser {
    public var isDone: Bool { false }
}

/// Reads a file descriptor (a file, a pipe, standard input) in chunks through a ``StreamPieceParser`` and hands out
/// its pieces a batch at a time, reading no more than it must: a document's result can be written before the next
/// line is read, and a pipe's pieces are handed out as soon as they are complete. The streaming JSONL readers
/// (``LineStream``) and CSV reader (``CSVRowStream``) are this with their parsers.
public struct DescriptorReader<Parser: StreamPieceParser> {
    private let descriptor: Int32
    private var parser: Parser
    private var ready: [Parser.Piece] = []
    private var next = 0
    private var ended = false
    private var buffer: [UInt8]

    /// A reader of `descriptor` (not closed by the reader) in chunks of `chunkSize` bytes.
    public init(descriptor: Int32, parser: Parser, chunkSize: Int = 1 << 16) {
        self.descriptor = descriptor
        self.parser = parser
        buffer = [UInt8](repeating: 0, count: max(1, chunkSize))
    }

    /// Up to `count` next pieces, fewer at the end of the stream (empty then) or when a pipe has nothing more yet.
    /// - Throws: ``ZhTextError/unreadable(file:reason:)`` when reading fails (`file` names the stream).
    public mutating func nextBatch(_ count: Int, file: String) throws(ZhTextError) -> [Parser.Piece] {
        var out: [Parser.Piece] = []
        var lastReadShort = false
        while true {
            if next < ready.count {
                let take = min(count - out.count, ready.count - next)
                out.append(contentsOf: ready[next..<(next + take)])
                next += take
            }
            if next >= ready.count { ready.removeAll(keepingCapacity: true); next = 0 }
            // Full, finished, or a pipe with nothing more at the moment: hand out what is complete.
            if out.count >= count || (ended && ready.isEmpty) || (lastReadShort && !out.isEmpty) { break }
            if parser.isDone {
                ended = true
                continue
            }
            let fd = descriptor
            let n = buffer.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .unreadable(file: file, reason: String(cString: strerror(errno)))
            }
            lastReadShort = n < buffer.count
            if n == 0 {
                ended = true
                parser.finish { ready.append($0) }
            } else {
                buffer.withUnsafeBytes { raw in parser.feed(UnsafeRawBufferPointer(rebasing: raw[0..<n])) { ready.append($0) } }
            }
        }
        return out
    }
}
