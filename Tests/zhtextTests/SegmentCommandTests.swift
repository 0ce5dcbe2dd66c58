import Foundation
import Testing
import ZhTextTestSupport

/// `zhtext segment` end to end, through the built binary.
@Suite(.serialized) struct SegmentCommandTests {
    static func run(_ args: [String], stdin: String? = nil, in dir: URL? = nil) throws -> TestSupport.Run {
        try TestSupport.run(["segment"] + args, stdin: stdin.map { Data($0.utf8) }, directory: dir)
    }

    @Test func textFormatKeepsLinesAndCharacters() throws {
        // CRLF, a blank line, a zero-width space, full-width letters, a combining mark, no final line break.
        let input = "南京市长江大桥\r\n\r\n中\u{200B}国ＡＩ发展 café\ne\u{301}！"
        let r = try Self.run([], stdin: input)
        #expect(r.status == 0 && r.stderr.isEmpty)
        #expect(r.stdout == "南京市 长江大桥\n\n中\u{200B}国 ＡＩ 发展 café\ne\u{301} ！\n")
    }

    @Test func posFlag() throws {
        let r = try Self.run(["--pos"], stdin: "他在北京。\n")
        #expect(r.stdout == "他/r 在/p 北京/ns 。/x\n")
    }

    @Test func icuEngine() throws {
        let r = try Self.run(["--engine", "icu"], stdin: "我们在北京\n")
        #expect(r.status == 0 && r.stdout == "我们 在 北京\n")
    }

    @Test func searchMode() throws {
        let r = try Self.run(["--mode", "search"], stdin: "中华人民共和国\n")
        #expect(r.stdout.split(separator: " ").contains("共和国"))
        #expect(r.stdout.hasSuffix("中华人民共和国\n"))
    }

    @Test func tsvGivesOriginalOffsets() throws {
        let dir = try TestSupport.temporaryDirectory()
        try "a\r\n北京\u{200B}大学".write(to: dir.appendingPathComponent("in.txt"), atomically: true, encoding: .utf8)
        let r = try Self.run(["--format", "tsv", "in.txt"], in: dir)
        #expect(r.status == 0)
        #expect(r.stdout == """
        file\tstart\tend\ttext\tterm\tkind\tpos
        in.txt\t0\t1\ta\ta\tlatin\teng
        in.txt\t3\t8\t北京\u{200B}大学\t北京大学\than\tnt

        """)
    }

    @Test func jsonHasFileAndTokens() throws {
        let r = try Self.run(["--format", "json"], stdin: "发展")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(object["file"] as? String == "-")
        let tokens = try #require(object["tokens"] as? [[String: Any]])
        #expect(tokens.count == 1 && tokens[0]["term"] as? String == "发展" && tokens[0]["start"] as? Int == 0 && tokens[0]["end"] as? Int == 2)
    }

    @Test func jsonlOneLinePerInput() throws {
        let dir = try TestSupport.temporaryDirectory()
        try "发展".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "北京".write(to: dir.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        let r = try Self.run(["--format", "jsonl", "a.txt", "b.txt"], in: dir)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 2 && lines[0].contains("\"file\":\"a.txt\"") && lines[1].contains("\"file\":\"b.txt\""))
    }

    @Test func missingFileIsNamedAndOthersStillProcessed() throws {
        let dir = try TestSupport.temporaryDirectory()
        try "南京市长江大桥\n".write(to: dir.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
        let r = try Self.run(["missing.txt", "good.txt"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr == "zhtext: missing.txt: cannot read (no such file or directory)\n")
        #expect(r.stdout == "南京市 长江大桥\n")
    }

    @Test func userDictionariesInBothFormats() throws {
        let dir = try TestSupport.temporaryDirectory()
        try "青川模式 10 nz\n".write(to: dir.appendingPathComponent("jieba.txt"), atomically: true, encoding: .utf8)
        try "# term\tfreq\tpos\n说的确\t1\tv\n".write(to: dir.appendingPathComponent("ours.tsv"), atomically: true, encoding: .utf8)
        let r = try Self.run(["--user-dict", "jieba.txt", "--user-dict", "ours.tsv", "--pos"], stdin: "青川模式他说的确实在理\n", in: dir)
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("青川模式/nz 他/r 说的确/v "))
    }

    @Test func malformedUserDictionaryLinesAreReported() throws {
        let dir = try TestSupport.temporaryDirectory()
        try "青川模式 10 nz\n坏行 many\n".write(to: dir.appendingPathComponent("user.txt"), atomically: true, encoding: .utf8)
        let r = try Self.run(["--user-dict", "user.txt"], stdin: "青川模式\n", in: dir)
        #expect(r.status == 1)
        #expect(r.stderr == "zhtext: user.txt:2: frequency is not a non-negative integer: \"坏行 many\"\n")
        #expect(r.stdout == "青川模式\n")
    }

    @Test func unwritableCacheStillWorks() throws {
        // A tiny dictionaries folder (so building it in memory is quick) and a cache "folder" that is a file.
        let dir = try TestSupport.temporaryDirectory()
        let dicts = dir.appendingPathComponent("dicts")
        for (name, text) in [
            ("encoding/frequent-han.txt", "的\n"),
            ("lexicon/words.tsv", "# term\tfreq\tpos\n发展\t100\tv\n质量\t80\tn\n高\t50\ta\n"),
            ("policy/phrases.tsv", "# phrase\tcategory\tvariants\trelated\tfirst_seen\tsource\n高质量发展\teconomy\t-\t-\t2017\tx\n"),
            ("hmm/start.tsv", "B\t-0.5\nS\t-1\n"), ("hmm/trans.tsv", "B\tE\t-0.5\n"), ("hmm/emit.tsv", "甲\t-1\t-1\t-1\t-1\n"),
        ] {
            let url = dicts.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let blocker = dir.appendingPathComponent("file")
        try Data("x".utf8).write(to: blocker)
        let r = try TestSupport.run(["segment", "--dictionaries", dicts.path], stdin: Data("高质量发展质量\n".utf8),
                                    environment: ["XDG_CACHE_HOME": blocker.path])
        #expect(r.status == 0 && r.stderr.isEmpty)
        #expect(r.stdout == "高质量发展 质量\n")
    }

    @Test func badFlagsExit64() throws {
        #expect(try Self.run(["--engine", "nope"], stdin: "").status == 64)
        #expect(try Self.run(["--engine", "icu", "--user-dict", "x"], stdin: "").status == 64)
    }
}
