import Foundation
import Testing
import ZhText
@testable import ZhTextStore
import ZhTextTestSupport

/// `corpus add`'s JSONL and CSV files come in bounded chunks, in file order, with every malformed row and unreadable
/// file reported and the rest still given.
@Suite struct RowFileChunksTests {
    /// The texts (CSV) and line numbers (JSONL) of a chunk, to compare chunks by what they hold.
    static func describe(_ chunk: [CorpusInput]) -> [String] {
        chunk.map { input in
            switch input {
            case let .row(row): return "csv:\(row.line):\(row.text)"
            case let .jsonLine(_, line, _, _): return "jsonl:\(line)"
            case .file: return "file"
            }
        }
    }

    @Test func chunksAreBoundedByRowsAndBytesAndFollowTheFiles() throws {
        let dir = try TestSupport.temporaryDirectory()
        let csv = dir.appendingPathComponent("a.csv"), jsonl = dir.appendingPathComponent("b.jsonl")
        // Five CSV rows of 10 bytes of text each; line 4 has a field too many.
        try Data("text,date\n一二三,1\n四五六,2\n七八九,3,x\n十一二,4\n三四五,5\n六七八,6\n".utf8).write(to: csv)
        try Data("{\"text\": \"甲\"}\n{\"text\": \"乙\"}\n{\"text\": \"丙\"}\n".utf8).write(to: jsonl)
        let missing = dir.appendingPathComponent("missing.jsonl").path
        var chunks = RowFileChunks([(csv.path, .csv), (missing, .jsonl), (jsonl.path, .jsonl)], fields: RowFields(),
                                   maximumRows: 2, maximumBytes: 1 << 20)
        var got: [[String]] = [], problems: [String] = []
        while let chunk = chunks.next(problem: { problems.append($0.description) }) { got.append(Self.describe(chunk)) }
        // Two rows a chunk; the malformed row 4 is reported in its place; the missing file between the two.
        #expect(got == [["csv:2:一二三", "csv:3:四五六"], ["csv:5:十一二", "csv:6:三四五"], ["csv:7:六七八"],
                        ["jsonl:1", "jsonl:2"], ["jsonl:3"]])
        #expect(problems.count == 2)
        #expect(problems[0].contains("a.csv:4: 3 fields, the header (line 1) has 2"), "\(problems)")
        #expect(problems[1].contains("missing.jsonl"), "\(problems)")
    }

    @Test func aChunkPassesTheByteLimitByOneRowAtMost() throws {
        let jsonl = try TestSupport.temporaryDirectory().appendingPathComponent("b.jsonl")
        // Lines of 15 bytes ({"text": "甲"}) and a limit of 20 bytes: the first line is under it, the second passes it.
        try Data("{\"text\": \"甲\"}\n{\"text\": \"乙\"}\n{\"text\": \"丙\"}\n".utf8).write(to: jsonl)
        var chunks = RowFileChunks([(jsonl.path, .jsonl)], fields: RowFields(), maximumRows: 100, maximumBytes: 20)
        var got: [[String]] = []
        while let chunk = chunks.next(problem: { Issue.record("\($0)") }) { got.append(Self.describe(chunk)) }
        #expect(got == [["jsonl:1", "jsonl:2"], ["jsonl:3"]])
    }
}
