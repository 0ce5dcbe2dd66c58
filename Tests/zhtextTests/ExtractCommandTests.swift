import Foundation
import Testing
import ZhTextTestSupport

@Suite struct ExtractCommandTests {
    static let dir = "Tests/ZhTextTests/Fixtures/extraction/"

    func object(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func textFormatIsTheBodyAlone() throws {
        let run = try TestSupport.run(["extract", Self.dir + "portal.html"])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        #expect(run.stdout.hasPrefix("记者从青河市住房和城乡建设局获悉"))
        #expect(run.stdout.hasSuffix("托育服务设施建设。\n"))
        #expect(!run.stdout.contains("相关推荐"))
    }

    @Test func jsonForOneInputIsAnObjectWithPlainFields() throws {
        let run = try TestSupport.run(["extract", "--format", "json", Self.dir + "saved-page.txt"])
        #expect(run.status == 0)
        let o = try object(run.stdout)
        #expect(o["file"] as? String == Self.dir + "saved-page.txt")
        #expect(o["title"] as? String == "海岛渔村办起了民宿合作社")
        #expect(o["date"] as? String == "2025-06-03 07:30:00")
        #expect(o["date_source"] as? String == "account")
        #expect(o["source"] as? String == "渔村生活志")
        #expect(o["original_source"] as? String == "海岛观察")
        #expect(o["editors"] as? [String] == ["陈一帆", "吴悦"])
        #expect(o["encoding"] as? String == "UTF-8")
        #expect(run.stdout.contains("\"title\": \"海岛渔村办起了民宿合作社\""), "Chinese is written unescaped")
        let keys = ["file", "title", "date", "date_source", "source", "original_source", "author", "editors", "url", "encoding", "script", "body"]
        #expect(Set(o.keys) == Set(keys))
        #expect(o["script"] as? String == "simplified", "the saved page is written in Simplified characters")
        #expect(o["author"] as? String == "", "unknown values are empty strings, not null")
        #expect(o["url"] as? String == "")
    }

    @Test func jsonForSeveralInputsIsAnArrayAndJSONLOneLineEach() throws {
        let paths = [Self.dir + "portal.html", Self.dir + "wechat.html"]
        let json = try TestSupport.run(["extract", "--format", "json"] + paths)
        let array = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(array.map { $0["file"] as? String } == paths)
        let jsonl = try TestSupport.run(["extract", "--format", "jsonl"] + paths)
        let lines = jsonl.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(try object(String(lines[1]))["source"] as? String == "北岸读书会")
    }

    @Test func markdownHasHeadingFieldsAndBody() throws {
        let run = try TestSupport.run(["extract", "--format", "md", Self.dir + "wechat.html"])
        #expect(run.stdout.hasPrefix("# 一座小城的图书馆，开到了深夜\n"))
        #expect(run.stdout.contains("- **Date:** 2024-06-10 14:13:20"))
        #expect(run.stdout.contains("晚上九点"))
    }

    @Test func plainTextComesThroughUnchanged() throws {
        let path = Self.dir + "plain.txt"
        let run = try TestSupport.run(["extract", path])
        let original = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent(path), encoding: .utf8)
        #expect(run.stdout == original + "\n")
        #expect(run.stderr.isEmpty)
    }

    @Test func pageWithoutArticleWarnsAndSucceeds() throws {
        let run = try TestSupport.run(["extract", "--format", "jsonl"], stdin: Data("<html><body><a href=/x>导航</a></body></html>".utf8))
        #expect(run.status == 0)
        #expect(run.stderr.contains("-: no article found"))
        #expect(run.stdout.contains("导航"))
    }

    @Test func missingFileFailsButOthersArePrinted() throws {
        let run = try TestSupport.run(["extract", "--format", "jsonl", "no-such-file.html", Self.dir + "portal.html"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("no-such-file.html"))
        #expect(run.stdout.split(separator: "\n").count == 1)
    }

    @Test func badFormatIsAUsageError() throws {
        let run = try TestSupport.run(["extract", "--format", "xml", Self.dir + "portal.html"])
        #expect(run.status == 64)
    }
}
