import Foundation
import Testing
@testable import ZhText

@Suite struct LineStreamTests {
    static func split(_ bytes: [UInt8], chunks: [Int]? = nil, maximumLength: Int = 1 << 20, firstLine: Int = 1) -> [LineSplitter.Piece] {
        var splitter = LineSplitter(maximumLength: maximumLength, firstLine: firstLine)
        var out: [LineSplitter.Piece] = []
        var start = 0
        for size in chunks ?? [bytes.count] where start < bytes.count {
            let end = min(bytes.count, start + size)
            splitter.feed(Array(bytes[start..<end])) { out.append($0) }
            start = end
        }
        if start < bytes.count { splitter.feed(Array(bytes[start...])) { out.append($0) } }
        splitter.finish { out.append($0) }
        return out
    }

    static func line(_ n: Int, _ s: String) -> LineSplitter.Piece { .line(number: n, bytes: Array(s.utf8)) }

    @Test(arguments: [
        // (input, expected pieces, reason)
        ("a\nb\n", [line(1, "a"), line(2, "b")], "LF ends a line; no empty line after the last break"),
        ("a\r\nb", [line(1, "a"), line(2, "b")], "CR before LF is dropped; a last line without a break still counts"),
        ("\u{FEFF}a\n\u{FEFF}b", [line(1, "a"), line(2, "\u{FEFF}b")], "a byte order mark is skipped only at the very start"),
        ("\n \t\r\nx\n\n", [line(3, "x")], "blank lines are counted, not returned"),
        ("中文\n", [line(1, "中文")], "bytes are kept as they are"),
        ("", [], "empty input gives nothing"),
        ("a\rb\n", [line(1, "a\rb")], "a lone CR is part of the line (JSON strings cannot hold it raw)"),
    ] as [(String, [LineSplitter.Piece], String)])
    func splitsLines(_ input: String, _ expected: [LineSplitter.Piece], _ reason: String) {
        #expect(Self.split(Array(input.utf8)) == expected, "\(reason)")
    }

    @Test func overlongLineIsReportedAndTheNextLineStillRead() {
        let pieces = Self.split(Array("ok\n0123456789ABCDEF\nnext".utf8), chunks: [5, 5, 5, 5, 5], maximumLength: 10)
        #expect(pieces == [Self.line(1, "ok"), .tooLong(number: 2, length: 16), Self.line(3, "next")])
    }

    @Test func firstLineShiftsNumbers() {
        #expect(Self.split(Array("a\n\nb".utf8), firstLine: 41) == [Self.line(41, "a"), Self.line(43, "b")])
    }

    /// Property (seed 18): however the stream is cut into chunks, the lines are the same; and they are numbered as
    /// DocumentRows.jsonl numbers the rows of the same bytes (one result per non-blank line).
    @Test func chunkingNeverChangesLinesAndNumbersAgreeWithDocumentRows() {
        var rng = SeededGenerator(seed: 18)
        let alphabet: [[UInt8]] = [[0x0A], [0x0D], [0x20], [0x09], [0xEF, 0xBB, 0xBF], Array("中".utf8), Array("{\"text\":\"a\"}".utf8),
                                   [0x61], [0x22], [0xFF], [0x7B], [0x7D]]
        for _ in 0..<400 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...60, using: &rng) { bytes += alphabet.randomElement(using: &rng)! }
            let whole = Self.split(bytes)
            var chunks: [Int] = []
            var total = 0
            while total < bytes.count { let c = Int.random(in: 1...7, using: &rng); chunks.append(c); total += c }
            #expect(Self.split(bytes, chunks: chunks) == whole, "bytes \(bytes)")
            var rowLines: [Int] = []
            DocumentRows.jsonl(bytes, file: "f", fields: RowFields()) { result in
                switch result {
                case let .success(row): rowLines.append(row.line)
                case let .failure(.malformedLine(_, line, _, _)): rowLines.append(line)
                case .failure: rowLines.append(-1)
                }
            }
            let numbers = whole.map { piece -> Int in if case let .line(n, _) = piece { return n } else { return -1 } }
            #expect(numbers == rowLines, "bytes \(bytes)")
        }
    }

    @Test func streamReadsAPipeInBatches() throws {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        let text = (1...300).map { "{\"text\":\"第\($0)篇\"}" }.joined(separator: "\n") + "\n"
        let writer = Thread { [fds] in
            Array(text.utf8).withUnsafeBytes { raw in
                var offset = 0
                while offset < raw.count { offset += max(0, write(fds[1], raw.baseAddress! + offset, min(1000, raw.count - offset))) }
            }
            close(fds[1])
        }
        writer.start()
        var stream = LineStream(descriptor: fds[0])
        var numbers: [Int] = []
        while true {
            let batch = try stream.nextBatch(16, file: "-")
            if batch.isEmpty { break }
            #expect(batch.count <= 16)
            for case let .line(n, bytes) in batch {
                numbers.append(n)
                #expect(String(decoding: bytes, as: UTF8.self) == "{\"text\":\"第\(n)篇\"}")
            }
        }
        close(fds[0])
        #expect(numbers == Array(1...300))
    }
}
