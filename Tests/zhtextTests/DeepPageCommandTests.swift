import Foundation
import Testing
import ZhTextTestSupport

/// Issue 14: a page nested 20,000 elements deep crashed `extract` and `analyze` (a recursive walk overflowed the
/// stack). Through the real binary: the page is read (its text kept, a warning names it) and the files around it
/// are processed too. Also Markdown and script through the CLI.
@Suite struct DeepPageCommandTests {
    static let depth = 20_000

    private func folder() throws -> URL {
        let dir = try TestSupport.temporaryDirectory()
        let deep = String(repeating: "<div>", count: Self.depth) + "深层页面里的文字也要读到，句子完整。" + String(repeating: "</div>", count: Self.depth)
        try Data(deep.utf8).write(to: dir.appendingPathComponent("deep.html"))
        try Data("城市公园新增了两条步道，周末游客明显增多。\n".utf8).write(to: dir.appendingPathComponent("ok.txt"))
        try Data("城鄉公園新增了兩條步道，週末遊客明顯增多。\n".utf8).write(to: dir.appendingPathComponent("tw.txt"))
        return dir
    }

    @Test func extractReadsTheDeepPage() throws {
        let dir = try folder()
        let run = try TestSupport.run(["extract", "deep.html"], directory: dir)
        #expect(run.status == 0)
        #expect(run.stdout == "深层页面里的文字也要读到，句子完整。\n")
        #expect(run.stderr.contains("deep.html: HTML nested more than 512 elements deep; 19488 deeper elements were read as part of their ancestor"))
    }

    /// `analyze ok.txt deep.html ok.txt` processes all three, in order; the scripts are reported per document.
    @Test func analyzeProcessesEveryFileAroundTheDeepPage() throws {
        let dir = try folder()
        let run = try TestSupport.run(["analyze", "--format", "jsonl", "ok.txt", "deep.html", "tw.txt"], directory: dir)
        #expect(run.status == 0)
        let records = run.stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(records.map { $0["file"] as? String } == ["ok.txt", "deep.html", "tw.txt"])
        #expect(records.map { $0["script"] as? String } == ["simplified", "simplified", "traditional"])
        // One sentence is no article: the page's whole visible text is used (with a warning), not its markup.
        #expect(records.map { $0["extraction"] as? String } == ["plain", "not-found", "plain"])
        #expect(run.stderr.contains("deep.html: no article found in this HTML page; using all of its text"))
    }

    @Test func extractMarkdownAsJSON() throws {
        let dir = try TestSupport.temporaryDirectory()
        let md = "---\ndate: 2025-11-02\n---\n<!-- body.begin -->\n# 《晚间新闻》 节目\n\n详见[公告](https://e.cn/a)。\n"
        try Data(md.utf8).write(to: dir.appendingPathComponent("n.md"))
        let run = try TestSupport.run(["extract", "--format", "json", "n.md"], directory: dir)
        #expect(run.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["title"] as? String == "《晚间新闻》 节目")
        #expect(object["date"] as? String == "2025-11-02")
        #expect(object["date_source"] as? String == "front-matter")
        #expect(object["script"] as? String == "simplified")
        #expect(object["body"] as? String == "《晚间新闻》 节目\n\n详见公告。\n")
    }
}
