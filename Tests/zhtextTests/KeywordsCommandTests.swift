import Foundation
import Testing
import ZhTextTestSupport

/// `zhtext keywords`, `freq`, `kwic` and `idf build` end to end, through the built binary, against golden files.
@Suite(.serialized) struct KeywordsCommandTests {
    static let ev = "Tests/zhtextTests/Fixtures/ev-city.txt"
    static let defense = "Tests/zhtextTests/Fixtures/defense.txt"
    static let empty = "Tests/zhtextTests/Fixtures/empty.txt"

    static func run(_ args: [String], stdin: String? = nil, in dir: URL? = nil) throws -> TestSupport.Run {
        try TestSupport.run(args, stdin: stdin.map { Data($0.utf8) }, directory: dir)
    }

    static func expectSnapshot(_ r: TestSupport.Run, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(r.status == 0, sourceLocation: sourceLocation)
        #expect(r.stderr.isEmpty, "\(r.stderr)", sourceLocation: sourceLocation)
        var stdout = r.stdout
        if name.contains("excel") {
            // Foundation drops a BOM when reading the golden file back, so check it here and compare the rest.
            #expect(stdout.utf8.starts(with: [0xEF, 0xBB, 0xBF]), sourceLocation: sourceLocation)
            stdout = String(stdout.unicodeScalars.dropFirst())
        }
        let diff = TestSupport.snapshot(stdout, named: name, target: "zhtextTests")
        #expect(diff == nil, "\(diff ?? "")", sourceLocation: sourceLocation)
    }

    @Test(arguments: [
        (["keywords", "--top", "5", ev, defense], "keywords-table.txt"),
        (["keywords", "--top", "5", "--format", "jsonl", ev, defense], "keywords.jsonl"),
        (["keywords", "--top", "3", "--format", "json", ev], "keywords-one.json"),
        (["keywords", "--top", "3", "--format", "json", ev, defense], "keywords-two.json"),
        (["keywords", "--top", "5", "--format", "csv", "--excel", ev], "keywords-excel.csv"),
        (["keywords", "--top", "5", "--format", "md", "--method", "tfidf", defense], "keywords-tfidf.md"),
        (["keywords", "--top", "5", "--method", "textrank", ev], "keywords-textrank.txt"),
        (["freq", "--top", "8", ev, defense], "freq-table.txt"),
        (["freq", "--top", "5", "--format", "json", ev, defense], "freq.json"),
        (["freq", "--top", "3", "--format", "jsonl", "--ngram", "2", ev, defense], "freq-bigrams.jsonl"),
        (["freq", "--top", "5", "--format", "csv", ev], "freq.csv"),
        (["kwic", "动力电池", "--width", "8", ev], "kwic.txt"),
        (["kwic", "先进国防科技工业体系", "--width", "6", "--format", "table", defense], "kwic-table.txt"),
    ])
    func goldenOutput(_ c: ([String], String)) throws {
        Self.expectSnapshot(try Self.run(c.0), c.1)
    }

    @Test func jsonlHasTheFieldsTheEvalScriptReads() throws {
        let r = try Self.run(["keywords", "--top", "4", "--format", "jsonl", Self.ev])
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(object["file"] as? String == Self.ev)
        let keywords = try #require(object["keywords"] as? [[String: Any]])
        #expect(keywords.count == 4)
        for k in keywords {
            #expect(k["term"] is String && k["score"] is NSNumber && k["count"] is Int && k["start"] is Int)
        }
    }

    @Test(arguments: [
        ["keywords", "--top", "0"],
        ["keywords", "--top", "-3"],
        ["keywords", "--method", "lda"],
        ["keywords", "--format", "xml"],
        ["keywords", "--excel"],
        ["freq", "--ngram", "0"],
        ["freq", "--top", "0"],
        ["freq", "--min-count", "0"],
        ["kwic", ""],
        ["kwic", "发展", "--width", "-1"],
        ["idf", "build", "--min-documents", "0"],
    ])
    func badFlagsAreUsageErrors(_ args: [String]) throws {
        let r = try Self.run(args + [Self.ev])
        #expect(r.status == 64, "\(args): \(r.stderr)")
        #expect(r.stdout.isEmpty)
        #expect(!r.stderr.isEmpty)
    }

    @Test func emptyFileGivesAnEmptyListAndAWarning() throws {
        let r = try Self.run(["keywords", "--format", "jsonl", Self.empty, Self.ev])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0] == #"{"file":"Tests/zhtextTests/Fixtures/empty.txt","method":"phrase","keywords":[]}"#)
        #expect(r.stderr == "zhtext: warning: Tests/zhtextTests/Fixtures/empty.txt: no words to take keywords from\n")
    }

    @Test func missingFileFailsButOthersAreProcessed() throws {
        let r = try Self.run(["keywords", "--format", "jsonl", "no-such-file.txt", Self.ev])
        #expect(r.status == 1)
        #expect(r.stderr.contains("no-such-file.txt"))
        #expect(r.stdout.split(separator: "\n").count == 1)
    }

    @Test func badDataFilesNameTheFileAndLine() throws {
        let dir = try TestSupport.temporaryDirectory()
        try "国防\tabc\n".write(to: dir.appendingPathComponent("bad.tsv"), atomically: true, encoding: .utf8)
        try "发展".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let r = try Self.run(["keywords", "--idf", "bad.tsv", "a.txt"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr == "zhtext: bad.tsv:1: IDF is not a non-negative number: \"国防\tabc\"\n")
    }

    @Test func stopwordsFileAndDeterminism() throws {
        let dir = try TestSupport.temporaryDirectory()
        try "# mine\n青川市\n新能源\n".write(to: dir.appendingPathComponent("stop.txt"), atomically: true, encoding: .utf8)
        let args = ["keywords", "--top", "20", "--format", "jsonl", "--stopwords", dir.appendingPathComponent("stop.txt").path, Self.ev]
        let a = try Self.run(args), b = try Self.run(args)
        #expect(a.status == 0 && a.stdout == b.stdout)
        #expect(!a.stdout.contains("\"青川市\"") && !a.stdout.contains("\"新能源\""))
        #expect(a.stdout.contains("\"动力电池\""))
    }

    /// A domain IDF built from documents, used alone and merged over the bundled table.
    @Test func idfBuildThenUse() throws {
        let dir = try TestSupport.temporaryDirectory()
        let idf = dir.appendingPathComponent("domain.tsv").path
        let build = try Self.run(["idf", "build", "-o", idf, Self.ev, Self.defense])
        #expect(build.status == 0 && build.stdout.isEmpty && build.stderr.isEmpty)
        let table = try String(contentsOfFile: idf, encoding: .utf8)
        #expect(table.hasPrefix("# ZhText IDF table built by `zhtext idf build` from 2 files; idf = ln(N / df).\n# term\tidf\n"))
        #expect(table.contains("\n动力电池\t0.6931\n"))   // in 1 of 2 documents: ln 2
        #expect(table.contains("\n建设\t0.0000\n"))       // in both
        let paragraphs = try Self.run(["idf", "build", "--paragraphs", Self.ev])
        #expect(paragraphs.stdout.hasPrefix("# ZhText IDF table built by `zhtext idf build` from 4 paragraphs of 1 files"))
        for flag in ["--idf", "--idf-merge"] {
            let r = try Self.run(["keywords", flag, idf, "--top", "3", "--format", "jsonl", Self.defense])
            #expect(r.status == 0 && r.stdout.contains("\"keywords\":[{"), "\(flag): \(r.stderr)")
        }
    }

    @Test func kwicCountIsIndependentOfSegmentation() throws {
        // 新能源汽车产业 is split differently by the segmenter, but kwic finds every occurrence of the string.
        let r = try Self.run(["kwic", "能源汽车", "--format", "jsonl", Self.ev])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(object["count"] as? Int == 5)
        let original = Array(try String(contentsOfFile: TestSupport.packageRoot.appendingPathComponent(Self.ev).path, encoding: .utf8).unicodeScalars)
        for hit in try #require(object["hits"] as? [[String: Any]]) {
            let s = hit["start"] as! Int, e = hit["end"] as! Int
            #expect(String(String.UnicodeScalarView(original[s..<e])) == "能源汽车")
        }
    }
}
