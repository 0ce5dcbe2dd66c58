import Foundation
import Testing
import ZhTextTestSupport

@Suite struct AnalyzeStreamCommandTests {
    static let filter = ["analyze", "--input", "jsonl", "--format", "jsonl", "--full"]

    static func objects(_ stdout: String) throws -> [[String: Any]] {
        try stdout.split(separator: "\n").map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    }

    @Test func oneLinePerDocumentInInputOrderWhateverJobs() throws {
        let input = Data(SparkCorpus.jsonl.utf8)
        let one = try TestSupport.run(Self.filter + ["--jobs", "1"], stdin: input)
        let three = try TestSupport.run(Self.filter + ["--jobs", "3"], stdin: input)
        #expect(one.status == 0, "bad lines are error records, not a failed run")
        #expect(one.stdout == three.stdout)
        let lines = try Self.objects(one.stdout)
        // 30 documents + 2 bad lines; the blank line gives nothing.
        #expect(lines.count == 32)
        let errors = lines.filter { $0["error"] != nil }
        #expect(errors.map { $0["line"] as? Int } == [17, 24], "the line numbers of the input (a blank line counts)")
        #expect((errors[0]["error"] as? String)?.hasPrefix("-:17: not valid JSON") == true)
        #expect((errors[1]["error"] as? String)?.hasPrefix("-:24: no text field") == true)
        #expect(one.stderr.split(separator: "\n").count == 2, "one line on standard error per bad line")
        let records = lines.filter { $0["error"] == nil }
        #expect(records.first?["id"] as? String == "doc-0")
        #expect(records.first?["file"] as? String == "-:1")
        #expect(records.allSatisfy { $0["format"] as? String == "zhtext-analysis" && $0["version"] as? Int == 1 })
        #expect(records.allSatisfy { ($0["tokens"] as? [Any])?.isEmpty == false && $0["text"] is String })
    }

    @Test func strictFailsTheRunButWritesEveryLine() throws {
        let run = try TestSupport.run(Self.filter + ["--strict"], stdin: Data(SparkCorpus.jsonl.utf8))
        #expect(run.status == 1)
        #expect(try Self.objects(run.stdout).count == 32)
    }

    @Test func nameAndFirstLineSetTheFileFieldAndFilesAreReadToo() throws {
        let dir = try TestSupport.temporaryDirectory()
        let file = dir.appendingPathComponent("docs.jsonl")
        try Data(SparkCorpus.jsonl.utf8).write(to: file)
        let fromFile = try TestSupport.run(Self.filter + [file.path])
        let fromStdin = try TestSupport.run(Self.filter + ["--name", file.path], stdin: Data(SparkCorpus.jsonl.utf8))
        #expect(fromFile.stdout == fromStdin.stdout, "a file reads as standard input named after it")
        #expect(try Self.objects(fromFile.stdout).first?["file"] as? String == file.path + ":1")
        let split = try TestSupport.run(Self.filter + ["--name", "docs.jsonl", "--first-line", "101"], stdin: Data("{\"text\":\"推进高质量发展\"}\n".utf8))
        #expect(try Self.objects(split.stdout).first?["file"] as? String == "docs.jsonl:101")
    }

    @Test(arguments: [
        (["analyze", "--input", "jsonl"], "without --full: the records need --full --format jsonl"),
        (["analyze", "--input", "jsonl", "--full", "--format", "json"], "--full writes JSONL only"),
        (["analyze", "--full"], "--full needs --input jsonl"),
        (["analyze", "--input", "jsonl", "--full", "--format", "jsonl", "--first-line", "0"], "lines count from 1"),
    ])
    func badFlagsExit64(_ arguments: [String], _ reason: String) throws {
        #expect(try TestSupport.run(arguments, stdin: Data()).status == 64, "\(reason)")
    }

    @Test func emptyAndBinaryInputsDoNotCrash() throws {
        let empty = try TestSupport.run(Self.filter, stdin: Data())
        #expect(empty.status == 0 && empty.stdout.isEmpty)
        let binary = try TestSupport.run(Self.filter, stdin: Data([0, 1, 2, 0xFF, 0xFE, 0x0A, 0x00, 0x0A]))
        #expect(binary.status == 0)
        #expect(try Self.objects(binary.stdout).map { $0["line"] as? Int } == [1, 2])
    }
}
