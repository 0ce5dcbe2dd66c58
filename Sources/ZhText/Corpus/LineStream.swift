import Foundation

/// Cuts a byte stream into numbered lines as it arrives, in bounded memory: the reader behind every streaming JSONL
/// input (`analyze --input jsonl`, `corpus import`). Lines end at LF (a CR before it is dropped); a UTF-8 byte order
/// mark at the very start is skipped; blank lines (only spaces and tabs) are counted but not returned, as
/// ``DocumentRows/jsonl(_:file:fields:_:)`` does, so both number lines alike.
public struct LineSplitter: Sendable {
    /// A piece of the stream.
    public enum Piece: Sendable, Equatable {
        /// A non-blank line (without its line break) and its 1-based number.
        case line(number: Int, bytes: [UInt8])
        /// A line longer than the limit: its number and length; its bytes were dropped.
        case tooLong(number: Int, length: Int)
    }

    /// The longest line kept, in bytes.
    public let maximumLength: Int
    private var pending: [UInt8] = []
    private var pendingLength = 0
    private var number: Int
    private var atStart = true

    /// A splitter whose first line is numbered `firstLine`.
    public init(maximumLength: Int = 64 << 20, firstLine: Int = 1) {
        self.maximumLength = maximumLength
        number = firstLine - 1
    }

    /// Feeds the next bytes of the stream; `body` gets each line they complete, in order.
    /// - Complexity: O(n) in the bytes fed; memory O(longest line, at most `maximumLength`).
    public mutating func feed(_ chunk: UnsafeRawBufferPointer, _ body: (Piece) -> Void) {
        let bytes = chunk.bindMemory(to: UInt8.self)
        var start = 0
        while start < bytes.count {
            guard let newline = (start..<bytes.count).first(where: { bytes[$0] == 0x0A }) else {
                append(UnsafeBufferPointer(rebasing: bytes[start...]))
                return
            }
            append(UnsafeBufferPointer(rebasing: bytes[start..<newline]))
            emit(body)
            start = newline + 1
        }
    }

    /// Feeds bytes (convenience for tests and small inputs).
    public mutating func feed(_ bytes: [UInt8], _ body: (Piece) -> Void) {
        bytes.withUnsafeBytes { feed($0, body) }
    }

    /// Ends the stream: a last line without a line break is given to `body`.
    public mutating func finish(_ body: (Piece) -> Void) {
        if pendingLength > 0 { emit(body) }
    }

    private mutating func append(_ part: UnsafeBufferPointer<UInt8>) {
        pendingLength += part.count
        if pendingLength <= maximumLength { pending.append(contentsOf: part) } else { pending.removeAll() }
    }

    private mutating func emit(_ body: (Piece) -> Void) {
        number += 1
        if atStart {
            atStart = false
            if pending.starts(with: [0xEF, 0xBB, 0xBF]) { pending.removeFirst(3); pendingLength -= 3 }
        }
        defer { pending.removeAll(keepingCapacity: pending.count <= 1 << 20); pendingLength = 0 }
        if pendingLength > maximumLength { body(.tooLong(number: number, length: pendingLength)); return }
        if pending.last == 0x0D { pending.removeLast() }
        if pending.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return }
        body(.line(number: number, bytes: pending))
    }
}

extension LineSplitter: StreamPieceParser {}

/// Reads lines from a file descriptor (standard input, a pipe, a file) in chunks, a batch at a time.
public struct LineStream {
    private var reader: DescriptorReader<LineSplitter>

    /// A stream over `descriptor` (not closed by the stream).
    public init(descriptor: Int32, maximumLength: Int = 64 << 20, firstLine: Int = 1) {
        reader = DescriptorReader(descriptor: descriptor, parser: LineSplitter(maximumLength: maximumLength, firstLine: firstLine))
    }

    /// Up to `count` next pieces, fewer only at the end of the stream (empty then); reads no more than it must,
    /// so a document's result can be written before the next line is read.
    /// - Throws: ``ZhTextError/unreadable(file:reason:)`` when reading fails (`file` names the stream).
    public mutating func nextBatch(_ count: Int, file: String) throws(ZhTextError) -> [LineSplitter.Piece] {
        try reader.nextBatch(count, file: file)
    }
}
