import Foundation
import Testing
import ZhTextTestSupport

/// `Scripts/install.sh` (README "Install"): the installed binary runs from any folder and finds the installed
/// dictionaries, not the source tree's.
@Suite struct InstallScriptTests {
    @Test func installedBinaryRunsFromAnotherFolderWithItsDictionaries() throws {
        let prefix = try TestSupport.temporaryDirectory()
        let elsewhere = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: prefix); try? FileManager.default.removeItem(at: elsewhere) }
        // Install what this test run built (the script's build step is `swift build -c release`).
        let install = try Self.shell(TestSupport.packageRoot.appendingPathComponent("Scripts/install.sh").path,
                                     ["--from-build", TestSupport.binary.deletingLastPathComponent().path, prefix.path])
        #expect(install.status == 0, "\(install.output)")
        let dictionaries = prefix.appendingPathComponent("share/zhtext/Dictionaries")
        for file in ["lexicon/words.tsv", "idf/zh.tsv", "hmm/emit.tsv", "policy/phrases.tsv", "stopwords/zh.txt"] {
            #expect(FileManager.default.fileExists(atPath: dictionaries.appendingPathComponent(file).path), "\(file) not installed")
        }
        #expect(FileManager.default.fileExists(atPath: prefix.appendingPathComponent("share/zhtext/NOTICE").path))

        // A policy phrase added to the installed copy only: found only if the installed dictionaries are the ones read.
        let phrases = dictionaries.appendingPathComponent("policy/phrases.tsv")
        let table = try String(contentsOf: phrases, encoding: .utf8)
        try (table + "鲲鹏展翅计划\teconomy-reform\t-\t-\t2020\tinstall test\n").write(to: phrases, atomically: true, encoding: .utf8)

        let text = elsewhere.appendingPathComponent("a.txt")
        try "实施鲲鹏展翅计划，推动高质量发展。\n".write(to: text, atomically: true, encoding: .utf8)
        let run = try Self.shell(prefix.appendingPathComponent("bin/zhtext").path, ["phrases", "--format", "csv", "a.txt"],
                                 directory: elsewhere, environment: ["ZHTEXT_DICTIONARIES": ""])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("鲲鹏展翅计划"), "the installed binary did not read the installed dictionaries:\n\(run.output)")
        #expect(run.output.contains("高质量发展"))
    }

    static func shell(_ executable: String, _ arguments: [String], directory: URL? = nil,
                      environment: [String: String] = [:]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
