import Foundation
import Testing
import ZhTextTestSupport

/// `zhtext kwic`: one line per hit whatever the text's line breaks, wildcards, --regex and --sort, end to end.
@Suite struct KwicCommandTests {
    /// Written here: a hit broken across a line (高质\n量), contexts spanning line breaks, CR LF, and 强国 phrases.
    static let text = "我们要推动高质\n量发展。\r\n第二行推动\n高质量发展。\n建设制造强国和教育强国，建设科技强国。\n"

    static func file() throws -> URL {
        let url = try TestSupport.temporaryDirectory().appendingPathComponent("lines.txt")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test(arguments: ["text", "table", "csv", "md"])
    func oneLinePerHitWhateverTheLineBreaks(format: String) throws {
        let run = try TestSupport.run(["kwic", "高质量", "--width", "12", "--format", format, try Self.file().path])
        #expect(run.status == 0 && run.stderr.isEmpty)
        let lines = run.stdout.split(whereSeparator: \.isNewline).filter { $0.contains("高质") }
        // Two hits, each on exactly one line (the header row mentions neither).
        #expect(lines.count == 2, "\(run.stdout)")
        #expect(run.stdout.contains("高质⏎量"))  // the hit broken across a line, in its original characters
        #expect(run.stdout.contains("发展。⏎第二行"))  // CR LF shows as one ⏎
    }

    @Test func jsonKeepsTheLineBreaks() throws {
        let run = try TestSupport.run(["kwic", "高质量", "--width", "6", "--format", "json", try Self.file().path])
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        let hits = object["hits"] as! [[String: Any]]
        #expect(hits.map { $0["text"] as! String } == ["高质\n量", "高质量"])
        #expect((hits[0]["right"] as! String).contains("\n") && !run.stdout.contains("⏎"))
    }

    @Test func wildcardRegexAndSort() throws {
        let path = try Self.file().path
        // L1 of the three 强国: 制造 (制 U+5236) < 教育 (教 U+6559) < 科技 (科 U+79D1).
        let sorted = try TestSupport.run(["kwic", "强国", "--sort", "L1", "--width", "4", "--format", "csv", path])
        #expect(sorted.stdout.split(separator: "\r\n").map { $0.split(separator: ",").last.map(String.init) ?? "" }
            == ["L1", "制造", "教育", "科技"])
        // R1 orders by the next word: 和 (U+548C) < 建设 (U+5EFA, after ，) < "" sorts first: the third is followed by 。 and a
        // line break only, and there is no word within reach… except the text ends, so "".
        let right = try TestSupport.run(["kwic", "强国", "--sort", "r1", "--width", "4", "--format", "jsonl", path])
        let keys = ((try JSONSerialization.jsonObject(with: Data(right.stdout.utf8)) as! [String: Any])["hits"] as! [[String: Any]])
            .map { $0["sort_key"] as! String }
        #expect(keys == ["", "和", "建设"])
        let wild = try TestSupport.run(["kwic", "*强国", "--width", "2", "--format", "csv", path])
        #expect(wild.stdout.split(separator: "\r\n").dropFirst().map { $0.split(separator: ",")[4] } == ["建设制造强国", "和教育强国", "建设科技强国"])
        let regex = try TestSupport.run(["kwic", "--regex", "[制教]\\p{Han}强国", path, "--format", "csv"])
        #expect(regex.status == 0)
        #expect(regex.stdout.split(separator: "\r\n").count == 3)  // header + 制造强国 + 教育强国
    }

    @Test(arguments: [
        (["kwic", "--regex", "(强国"], "--regex \"(强国\": not a valid regular expression"),
        (["kwic", "强国", "--sort", "L4"], "--sort"),
        (["kwic", "**"], "nothing to find"),
    ])
    func badQueriesAreUsageErrors(args: [String], message: String) throws {
        let run = try TestSupport.run(args + [try Self.file().path])
        #expect(run.status == 64 && run.stdout.isEmpty)
        #expect(run.stderr.contains(message), "\(run.stderr)")
    }
}
