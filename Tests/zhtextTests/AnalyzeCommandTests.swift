import Foundation
import Testing
import ZhTextTestSupport

@Suite struct AnalyzeCommandTests {
    let page = "Tests/zhtextTests/Fixtures/pages/saved-portal.txt"
    let good = "Tests/zhtextTests/Fixtures/good.txt"

    @Test func jsonIsOneObjectForOneInputAndAnArrayForSeveral() throws {
        let one = try TestSupport.run(["analyze", "--format", "json", page])
        #expect(one.status == 0)
        #expect(one.stderr == "")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(one.stdout.utf8)) as? [String: Any])
        #expect(object["file"] as? String == page)
        #expect(object["title"] as? String == "东川市推进城市更新 打造宜居韧性智慧城市")
        #expect(object["date"] as? String == "2026-04-08 10:20:00")
        #expect(object["extraction"] as? String == "saved-page")
        let phrases = (object["phrases"] as? [[String: Any]] ?? []).compactMap { $0["phrase"] as? String }
        #expect(phrases.contains("城市更新") && !phrases.contains("新质生产力"))
        let several = try TestSupport.run(["analyze", "--format", "json", page, good])
        let array = try #require(try JSONSerialization.jsonObject(with: Data(several.stdout.utf8)) as? [[String: Any]])
        #expect(array.map { $0["file"] as? String } == [page, good])
    }

    @Test func outputDoesNotDependOnJobs() throws {
        let files = ["Examples/", page, good]
        let one = try TestSupport.run(["analyze", "--format", "jsonl", "--jobs", "1"] + files)
        let three = try TestSupport.run(["analyze", "--format", "jsonl", "--jobs", "3"] + files)
        #expect(one.stdout == three.stdout)
        #expect(one.stdout.split(separator: "\n").count >= 9)
        let table1 = try TestSupport.run(["analyze", "--jobs", "1"] + files)
        let table3 = try TestSupport.run(["analyze", "--jobs", "3"] + files)
        #expect(table1.stdout == table3.stdout)
        #expect(table1.stdout.contains("== Corpus =="))
        #expect(table1.stderr == "")
    }

    @Test func missingFileFailsOthersAreAnalysed() throws {
        let run = try TestSupport.run(["analyze", "--format", "jsonl", "no/such.txt", good])
        #expect(run.status == 1)
        #expect(run.stderr == "zhtext: no/such.txt: cannot read (no such file or directory)\n")
        #expect(run.stdout.contains("\"file\":\"\(good)\""))
    }

    @Test func badFlags() throws {
        #expect(try TestSupport.run(["analyze", "--top", "0", good]).status == 64)
        #expect(try TestSupport.run(["analyze", "--top", "-3", good]).status == 64)
        #expect(try TestSupport.run(["analyze", "--method", "magic", good]).status == 64)
        #expect(try TestSupport.run(["analyze", "--format", "yaml", good]).status == 64)
        #expect(try TestSupport.run(["analyze", "--jobs", "0", good]).status == 64)
    }

    @Test func htmlIsSelfContainedAndEscaped() throws {
        let dir = try TestSupport.temporaryDirectory()
        let hostile = dir.appendingPathComponent("2025-01-02_x.txt")
        try "<script>alert(1)</script>推动高质量发展，发展新质生产力。推动高质量发展。".write(to: hostile, atomically: true, encoding: .utf8)
        let run = try TestSupport.run(["analyze", "--format", "html", hostile.path, good])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(run.stdout.contains("<svg"))
        #expect(!run.stdout.contains("<script>alert"))
        #expect(!run.stdout.contains("src=\"http"))
    }

    @Test func tableGolden() throws {
        let run = try TestSupport.run(["analyze", "Examples/"])
        #expect(run.status == 0)
        #expect(TestSupport.snapshot(run.stdout, named: "analyze-examples.txt", target: "zhtextTests") == nil)
    }
}

/// `analyze --format csv`: one row per document, RFC 4180, `--excel` as the contract says; html fills date and title.
@Suite struct AnalyzeCSVCommandTests {
    @Test func oneRowPerDocument() throws {
        let run = try TestSupport.run(["analyze", "--format", "csv", "--jobs", "2", "Examples/series"])
        #expect(run.status == 0 && run.stderr.isEmpty)
        let records = run.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(records.count == 6)  // header + 5 documents
        #expect(records[0].hasPrefix("file,title,date,date_source,source,author,extraction,encoding,characters,"))
        #expect(records[1].hasPrefix("Examples/series/2021.txt,青禾市二〇二一年政府工作报告（示例）,2021,file-name,"))
        let excel = try TestSupport.run(["analyze", "--format", "csv", "--excel", "Examples/series/2021.txt"])
        #expect(excel.stdout.utf8.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(try TestSupport.run(["analyze", "--excel", "Examples/series/2021.txt"]).status == 64)
    }

    @Test func htmlTableHasDateAndTitle() throws {
        let run = try TestSupport.run(["analyze", "--format", "html", "Examples/series"])
        #expect(run.stdout.contains("<tr><td>2021</td><td>青禾市二〇二一年政府工作报告（示例）</td>"))
    }
}
