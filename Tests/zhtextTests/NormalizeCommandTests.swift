import Foundation
import Testing
import ZhTextTestSupport

@Suite struct NormalizeCommandTests {
    let good = "Tests/zhtextTests/Fixtures/good.txt"
    let binary = "Tests/zhtextTests/Fixtures/binary.txt"

    @Test func normalizesStandardInput() throws {
        let run = try TestSupport.run(["normalize"], stdin: Data("ＡＢＣ１２３，政府工作报\r\n告\u{200B}。".utf8))
        #expect(run.status == 0)
        #expect(run.stdout == "ABC123，政府工作报告。\n")
        #expect(run.stderr == "")
    }

    /// `normalize` writes the text as written: a Traditional text stays Traditional (the counting commands fold it
    /// for their keys) unless `--to-simplified` asks for conversion.
    @Test func traditionalTextStaysTraditionalUnlessAsked() throws {
        let text = Data("維護國家發展與社會主義建設，推動經濟發展。\n".utf8)
        #expect(try TestSupport.run(["normalize"], stdin: text).stdout == "維護國家發展與社會主義建設，推動經濟發展。\n")
        #expect(try TestSupport.run(["normalize", "--to-simplified"], stdin: text).stdout == "维护国家发展与社会主义建设，推动经济发展。\n")
    }

    @Test func aMissingFileFailsButTheGoodOneIsStillProcessed() throws {
        let run = try TestSupport.run(["normalize", "no/such/file.txt", good])
        #expect(run.status == 1)
        #expect(run.stderr == "zhtext: no/such/file.txt: cannot read (no such file or directory)\n")
        #expect(run.stdout == "新质生产力加快发展，高质量发展取得新成效。\n")
    }

    @Test func aBinaryFileIsRefused() throws {
        let run = try TestSupport.run(["normalize", binary, good])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("zhtext: \(binary): not a text file ("))
        #expect(run.stderr.split(separator: "\n").count == 1)
        #expect(run.stdout.contains("新质生产力"))
    }

    @Test func badBytesWarnButSucceed() throws {
        var bytes = Array("新质生产力".utf8)
        bytes.insert(0xFF, at: 3)
        let run = try TestSupport.run(["normalize"], stdin: Data(bytes))
        #expect(run.status == 0)
        #expect(run.stderr == "zhtext: warning: -: 1 undecodable byte sequence replaced by U+FFFD (decoded as UTF-8)\n")
    }

    @Test func badFlagsAreUsageErrors() throws {
        #expect(try TestSupport.run(["normalize", "--no-such-flag"]).status == 64)
        #expect(try TestSupport.run(["normalize", "--format", "yaml"]).status == 64)
        #expect(try TestSupport.run(["normalize", "--encoding", "klingon-8"]).status == 64)
        #expect(try TestSupport.run(["normalize", "--to-simplified", "--to-traditional"]).status == 64)
    }

    @Test func jsonlNamesTheFileAsGiven() throws {
        let run = try TestSupport.run(["normalize", "--format", "jsonl", good])
        #expect(run.status == 0)
        #expect(run.stdout == "{\"file\":\"\(good)\",\"encoding\":\"UTF-8\",\"undecodable_bytes\":0,\"text\":\"新质生产力加快发展，高质量发展取得新成效。\\n\"}\n")
    }

    @Test func jsonIsOneObjectForOneInputAndAnArrayForSeveral() throws {
        let one = try TestSupport.run(["normalize", "--format", "json", good])
        #expect(one.stdout.hasPrefix("{"))
        let two = try TestSupport.run(["normalize", "--format", "json", good, good])
        #expect(two.stdout.hasPrefix("["))
        let parsed = try JSONSerialization.jsonObject(with: Data(two.stdout.utf8)) as? [[String: Any]]
        #expect(parsed?.count == 2)
    }

    @Test func versionAndHelp() throws {
        let version = try TestSupport.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil)
        let help = try TestSupport.run(["--help"])
        #expect(help.stdout.contains("normalize"))
    }

    @Test func directoryNamesFilesByTheDirectoryAsGiven() throws {
        let dir = try TestSupport.temporaryDirectory()
        try "一、\n二".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let run = try TestSupport.run(["normalize", "--format", "jsonl", "."], directory: dir)
        #expect(run.stdout.hasPrefix("{\"file\":\"./a.txt\""))
    }
}
