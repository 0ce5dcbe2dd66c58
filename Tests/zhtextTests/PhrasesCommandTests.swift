import Foundation
import Testing
import ZhTextTestSupport

@Suite struct PhrasesCommandTests {
    static let text = "会议强调，“十五五”时期要推动高质量发展。\n坚持高质\n量发展，编制“十五五”规划，迎接十六五。\n"

    static func write(_ text: String, _ name: String, in dir: URL) throws -> String {
        let url = dir.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func jsonlHasCountsOffsetsAndPatterns() throws {
        let run = try TestSupport.run(["phrases", "--format", "jsonl", "--context", "3"], stdin: Data(Self.text.utf8))
        #expect(run.status == 0 && run.stderr.isEmpty)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        let object = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as! [String: Any]
        #expect(object["file"] as? String == "-")
        let phrases = object["phrases"] as! [[String: Any]]
        #expect(phrases.map { $0["phrase"] as! String } == ["十五五", "高质量发展", "十五五规划"])
        #expect(phrases.map { $0["count"] as! Int } == [2, 2, 1])
        #expect(phrases.map { $0["longest_count"] as! Int } == [1, 2, 1])
        let original = Array(Self.text.unicodeScalars)
        for p in phrases {
            for o in p["occurrences"] as! [[String: Any]] {
                let start = o["start"] as! Int, end = o["end"] as! Int
                #expect(String(String.UnicodeScalarView(original[start..<end])) == o["text"] as! String)
            }
        }
        let first = (phrases[0]["occurrences"] as! [[String: Any]])[0]
        #expect(first["start"] as? Int == 6 && first["quoted"] as? Bool == true && first["context"] as? String == "调，“十五五”时期")
        let patterns = object["patterns"] as! [[String: Any]]
        #expect(patterns.count == 1 && patterns[0]["family"] as? String == "five-year-plan" && patterns[0]["text"] as? String == "十六五")
    }

    @Test func savedPageChromeIsNotCountedUnlessExtractionIsOff() throws {
        let page = "Tests/zhtextTests/Fixtures/pages/saved-portal.txt"
        let run = try TestSupport.run(["phrases", "--format", "jsonl", page])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let phrases = (object["phrases"] as? [[String: Any]] ?? []).compactMap { $0["phrase"] as? String }
        #expect(phrases.contains("城市更新"))
        #expect(phrases.contains("高质量发展"))
        #expect(!phrases.contains("新质生产力"))
        #expect(!phrases.contains("十五五"))
        #expect(!phrases.contains("共同富裕"))
        let raw = try TestSupport.run(["phrases", "--no-extract", "--format", "jsonl", page])
        #expect(raw.stdout.contains("\"新质生产力\""))
        #expect(raw.stdout.contains("\"十五五\""))
    }

    @Test func missingFileNextToGoodOneExitsOneAndStillProcesses() throws {
        let dir = try TestSupport.temporaryDirectory()
        let good = try Self.write(Self.text, "good.txt", in: dir)
        let run = try TestSupport.run(["phrases", "--format", "json", dir.appendingPathComponent("missing.txt").path, good])
        #expect(run.status == 1)
        #expect(run.stderr.contains("missing.txt"))
        // Two inputs named: an array (the shape is decided by the inputs named, before any is read, so that each
        // result can be written as it is made), holding the good file's object only.
        let array = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]]
        #expect(array?.count == 1 && array?[0]["file"] as? String == good)
    }

    @Test func jsonIsAnArrayForSeveralInputsAndCSVHasOneHeader() throws {
        let dir = try TestSupport.temporaryDirectory()
        let a = try Self.write(Self.text, "a.txt", in: dir), b = try Self.write("十四五规划", "b.txt", in: dir)
        let json = try TestSupport.run(["phrases", "--format", "json", a, b])
        #expect((try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [Any])?.count == 2)
        let csv = try TestSupport.run(["phrases", "--format", "csv", a, b])
        let rows = csv.stdout.split(separator: "\r\n")
        #expect(rows.first == "file,kind,phrase,category,longest_count,count,quoted,first_start")
        #expect(rows.contains("\(b),phrase,十四五规划,five-year-plan,1,1,0,0"))
        #expect(rows.contains("\(a),pattern,十六五,five-year-plan,1,1,,43"))  // a family hit has no nested form: both counts
        #expect(rows.contains("\(b),phrase,十四五,five-year-plan,0,1,0,0"))  // only inside 十四五规划
    }

    @Test func userListsAddOrReplaceAndBadListsNameTheLine() throws {
        let dir = try TestSupport.temporaryDirectory()
        let list = try Self.write("# my list\n迎接十六五\tmine\n", "list.tsv", in: dir)
        let added = try TestSupport.run(["phrases", "--format", "jsonl", "--phrases", list], stdin: Data(Self.text.utf8))
        #expect(added.stdout.contains("\"迎接十六五\"") && added.stdout.contains("\"高质量发展\""))
        let replaced = try TestSupport.run(["phrases", "--format", "jsonl", "--phrases", list, "--replace", "--category", "mine"], stdin: Data(Self.text.utf8))
        #expect(replaced.stdout.contains("\"迎接十六五\"") && !replaced.stdout.contains("\"高质量发展\""))
        let bad = try Self.write("甲\tx\t-\t-\tyear\n", "bad.tsv", in: dir)
        let failed = try TestSupport.run(["phrases", "--phrases", bad], stdin: Data(Self.text.utf8))
        #expect(failed.status == 1 && failed.stderr.contains("bad.tsv:1: first_seen must be a year or -: \"甲"))
        let unknown = try TestSupport.run(["phrases", "--category", "nonsense"], stdin: Data(Self.text.utf8))
        #expect(unknown.status == 64)
    }
}

/// The `phrases` table leads with the leftmost-longest count and is ordered by it; JSON keeps every occurrence.
@Suite struct NestedPhrasesCommandTests {
    // 十四五: 2 on its own, 2 inside 十四五规划; 十四五规划: 3.
    static let text = "“十四五”时期，编制十四五规划。落实十四五规划纲要。十四五开局。实施十四五规划。"

    @Test func tableLeadsWithLongestCount() throws {
        let run = try TestSupport.run(["phrases", "--format", "csv", "--no-patterns"], stdin: Data(Self.text.utf8))
        let rows = run.stdout.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows[0][4...5] == ["longest_count", "count"])
        #expect(rows.dropFirst().map { [$0[2], $0[4], $0[5]] } == [["十四五规划", "3", "3"], ["十四五", "2", "5"]])
        let json = try TestSupport.run(["phrases", "--format", "json", "--no-patterns"], stdin: Data(Self.text.utf8))
        #expect(json.stdout.contains("\"phrase\": \"十四五\",\n      \"category\": \"five-year-plan\",\n      \"count\": 5,\n      \"longest_count\": 2"))
    }
}
