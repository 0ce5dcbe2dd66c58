import Foundation
import Testing
import ZhTextTestSupport
@testable import ZhText

/// `CSVRowStream` (corpus add --csv, bounded memory) and its parser must read exactly the rows and errors that
/// `DocumentRows.csv` reads from the whole text, however the bytes are cut into chunks.
@Suite struct CSVRecordsTests {
    /// The rows and error lines of `bytes` fed to the stream's parser in pieces of the given sizes (cycled).
    static func streamed(_ bytes: [UInt8], pieces: [Int], maximumLength: Int = 64 << 20) -> ([DocumentRow], [String]) {
        var parser = CSVRowParser(file: "x.csv", fields: RowFields(), maximumLength: maximumLength)
        return DocumentRowsTests.read { body in
            var at = 0, k = 0
            while at < bytes.count {
                let n = max(1, pieces[k % pieces.count]); k += 1
                bytes[at..<min(bytes.count, at + n)].withUnsafeBytes { parser.feed($0, body) }
                at += n
            }
            parser.finish(body)
        }
    }

    static func whole(_ text: String) -> ([DocumentRow], [String]) {
        DocumentRowsTests.read { DocumentRows.csv(text, file: "x.csv", fields: RowFields(), $0) }
    }

    /// Random CSV made of the pieces that change the parser's state (quotes, doubled quotes, separators, CR, LF, CRLF,
    /// a byte order mark, multi-byte characters), cut at random byte positions, also inside a character.
    @Test func anyChunkingReadsWhatTheWholeTextReads() {
        var rng = SeededGenerator(seed: 1207)
        let pieces = ["a", "正文", "𠀀", ",", "\"", "\"\"", "\n", "\r\n", "\r", " ", "2025-01-02", "text", "date"]
        for _ in 0..<400 {
            var text = Bool.random(using: &rng) ? "\u{FEFF}" : ""
            text += ["text,date\n", "id,text\r\n", "text\n", ""].randomElement(using: &rng)!
            for _ in 0..<Int.random(in: 0...40, using: &rng) { text += pieces.randomElement(using: &rng)! }
            let sizes = (0..<4).map { _ in Int.random(in: 1...7, using: &rng) }
            let (rows, errors) = Self.streamed(Array(text.utf8), pieces: sizes)
            let (wholeRows, wholeErrors) = Self.whole(text)
            #expect(rows == wholeRows, "\(text.debugDescription) in pieces \(sizes)")
            #expect(errors == wholeErrors, "\(text.debugDescription) in pieces \(sizes)")
        }
    }

    @Test func rowsBeforeBytesThatAreNotUTF8AreKept() {
        // Line 3 holds 0xFF: the two rows before it are read, then one error names the line, and nothing after.
        let bytes = Array("text,date\n一,2025\n".utf8) + Array("二".utf8) + [0xFF] + Array(",2025\n三,2025\n".utf8)
        // In small pieces (the bad byte arrives alone) and in one piece (it arrives with the good rows).
        for pieces in [[5], [4096]] {
            let (rows, errors) = Self.streamed(bytes, pieces: pieces)
            #expect(rows.map(\.text) == ["一"], "pieces \(pieces)")
            #expect(errors.count == 1 && errors[0].hasPrefix("x.csv:3: not UTF-8"), "pieces \(pieces): \(errors)")
        }
    }

    @Test func aFileEndingInsideACharacterIsAnError() {
        let bytes = Array("text\n一\n".utf8) + [0xE4, 0xB8]
        let (rows, errors) = Self.streamed(bytes, pieces: [64])
        #expect(rows.map(\.text) == ["一"])
        #expect(errors.count == 1 && errors[0].contains("not UTF-8"), "\(errors)")
    }

    @Test func aRecordLongerThanTheLimitIsReportedAndTheNextIsRead() {
        // The limit counts the scalars of one record: the second record holds 21, over the limit of 20.
        let text = "text\n短\n\"" + String(repeating: "长", count: 20) + "\"\n后\n"
        let (rows, errors) = Self.streamed(Array(text.utf8), pieces: [4], maximumLength: 20)
        #expect(rows.map(\.text) == ["短", "后"])
        #expect(errors.count == 1 && errors[0].hasPrefix("x.csv:3: record longer than 20 characters"), "\(errors)")
    }

    @Test func readsFromADescriptorInBatches() throws {
        let url = try TestSupport.temporaryDirectory().appendingPathComponent("rows.csv")
        var csv = "id,text,date\n"
        for i in 0..<1_000 { csv += "\(i),\"第\(i)篇，\"\"引号\"\"\",2025-01-01\n" }
        try Data(csv.utf8).write(to: url)
        let descriptor = open(url.path, O_RDONLY)
        defer { close(descriptor) }
        var stream = CSVRowStream(descriptor: descriptor, file: "rows.csv", fields: RowFields(), chunkSize: 100)
        var sizes: [Int] = [], texts: [String] = []
        while true {
            let batch = try stream.nextBatch(300)
            if batch.isEmpty { break }
            sizes.append(batch.count)
            for case let .success(row) in batch { texts.append(row.text) }
        }
        #expect(sizes == [300, 300, 300, 100])
        #expect(texts.count == 1_000 && texts[7] == "第7篇，\"引号\"")
    }
}
