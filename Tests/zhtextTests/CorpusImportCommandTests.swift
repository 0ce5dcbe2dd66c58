import Foundation
import Testing
import ZhTextTestSupport

@Suite struct CorpusImportCommandTests {
    static func summary(_ run: TestSupport.Run) throws -> [String: Int] {
        try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Int], "stdout: \(run.stdout) stderr: \(run.stderr)")
    }

    /// docs.jsonl, its records (made by the filter) and an empty folder for stores.
    static func prepare() throws -> (dir: URL, docs: String, records: String) {
        let dir = try TestSupport.temporaryDirectory()
        let docs = dir.appendingPathComponent("docs.jsonl").path
        try Data(SparkCorpus.jsonl.utf8).write(to: URL(fileURLWithPath: docs))
        let made = try TestSupport.run(["analyze", "--input", "jsonl", "--format", "jsonl", "--full", docs])
        let records = dir.appendingPathComponent("records.jsonl").path
        try Data(made.stdout.utf8).write(to: URL(fileURLWithPath: records))
        return (dir, docs, records)
    }

    /// The queries the issue names, on one store.
    static func answers(_ store: String) throws -> [String] {
        let queries: [[String]] = [
            ["trend", "--corpus", store, "--term", "高质量发展", "--term", "新质生产力", "--by", "year", "--format", "csv"],
            ["trend", "--corpus", store, "--by", "year", "--format", "csv"],
            ["trend", "--corpus", store, "--term", "改革", "--by", "source", "--format", "csv"],
            ["compare", "--corpus", store, "--from", "2021", "--to", "2024", "--format", "csv"],
            ["freq", "--corpus", store, "--format", "csv"],
        ]
        return try queries.map { q in
            let run = try TestSupport.run(q)
            #expect(run.status == 0, "\(q.joined(separator: " ")): \(run.stderr)")
            #expect(run.stdout.split(whereSeparator: \.isNewline).count > 2, "\(q.joined(separator: " ")) answers something")
            return run.stdout
        }
    }

    @Test func importedRecordsAnswerLikeCorpusAdd() throws {
        let (dir, docs, records) = try Self.prepare()
        let added = dir.appendingPathComponent("added.db").path
        let imported = dir.appendingPathComponent("imported.db").path
        let add = try TestSupport.run(["corpus", "add", added, "--jsonl", docs, "--format", "json"])
        #expect(add.status == 1, "corpus add reports the two bad lines")
        let first = try TestSupport.run(["corpus", "import", imported, records, "--format", "json"])
        #expect(first.status == 0, "error records are reported, not a failure: \(first.stderr)")
        #expect(try Self.summary(first) == ["added": 30, "updated": 0, "unchanged": 0, "failed": 0, "error_records": 2, "documents": 30])
        #expect(first.stderr.split(separator: "\n").count == 2, "one warning per error record")
        #expect(try Self.answers(imported) == (try Self.answers(added)))
        let list = { (s: String) in try TestSupport.run(["corpus", "list", s, "--format", "jsonl"]).stdout }
        #expect(try list(imported) == (try list(added)), "same ids, files, titles, dates and fields, in the same order")
    }

    @Test func importingTwiceStoresOnce() throws {
        let (dir, _, records) = try Self.prepare()
        let store = dir.appendingPathComponent("c.db").path
        _ = try TestSupport.run(["corpus", "import", store, records])
        let before = try Self.answers(store)
        let again = try TestSupport.run(["corpus", "import", store, records, records, "--format", "json"])
        #expect(try Self.summary(again) == ["added": 0, "updated": 0, "unchanged": 60, "failed": 0, "error_records": 4, "documents": 30])
        #expect(try Self.answers(store) == before)
    }

    @Test func foreignAnalysisAndMalformedLinesAreRefused() throws {
        let (dir, _, records) = try Self.prepare()
        let lines = try String(contentsOfFile: records, encoding: .utf8).split(separator: "\n").map(String.init)
        let good = try #require(lines.first { $0.hasPrefix(#"{"format""#) })
        let other = good.replacingOccurrences(of: #""analysis":""#, with: #""analysis":"ffff"#)
        let bad = dir.appendingPathComponent("bad.jsonl").path
        try Data([other, "{broken", good].joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: bad))
        let store = dir.appendingPathComponent("c.db").path
        let run = try TestSupport.run(["corpus", "import", store, bad, "--format", "json"])
        #expect(run.status == 1)
        #expect(try Self.summary(run)["added"] == 1, "the good line is still imported")
        #expect(try Self.summary(run)["failed"] == 2)
        #expect(run.stderr.contains("bad.jsonl:1: 1 record made with other dictionaries or another zhtext"))
        #expect(run.stderr.contains("bad.jsonl:2: not valid JSON"))
        let missing = try TestSupport.run(["corpus", "import", store, dir.appendingPathComponent("none.jsonl").path])
        #expect(missing.status == 1 && missing.stderr.contains("none.jsonl"))
    }

    @Test func mergeCombinesStoresIdempotently() throws {
        let (dir, _, records) = try Self.prepare()
        let lines = try String(contentsOfFile: records, encoding: .utf8).split(separator: "\n").map(String.init)
        let halves = [Array(lines[..<12]), Array(lines[10...])]  // two lines in both halves
        var parts: [String] = []
        for (k, half) in halves.enumerated() {
            let file = dir.appendingPathComponent("half\(k).jsonl").path
            try Data(half.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: file))
            let part = dir.appendingPathComponent("part\(k).db").path
            #expect(try TestSupport.run(["corpus", "import", part, file]).status == 0)
            parts.append(part)
        }
        let whole = dir.appendingPathComponent("whole.db").path
        _ = try TestSupport.run(["corpus", "import", whole, records])
        let merged = dir.appendingPathComponent("merged.db").path
        let run = try TestSupport.run(["corpus", "merge", merged] + parts + ["--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let s = try Self.summary(run)
        #expect(s["added"] == 30 && s["unchanged"] == 2 && s["documents"] == 30)
        #expect(try Self.answers(merged) == (try Self.answers(whole)))
        let again = try TestSupport.run(["corpus", "merge", merged, parts[1], "--format", "json"])
        #expect(try Self.summary(again)["added"] == 0 && (try Self.summary(again))["documents"] == 30)
        let foreign = dir.appendingPathComponent("foreign.txt").path
        try Data("不是数据库".utf8).write(to: URL(fileURLWithPath: foreign))
        let refused = try TestSupport.run(["corpus", "merge", merged, foreign, merged])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("foreign.txt: not a ZhText corpus"))
        #expect(refused.stderr.contains("is the store being merged into"))
    }
}
