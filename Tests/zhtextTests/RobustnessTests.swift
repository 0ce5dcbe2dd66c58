import Foundation
import Testing
import ZhTextTestSupport

/// Every subcommand × every kind of bad input, through the real binary: one clear line on stderr naming the file, the
/// good files still processed and printed, exit 1 only when something failed, 64 for bad flags.
@Suite struct RobustnessTests {
    /// A subcommand and the arguments it needs before the paths.
    struct Command: Sendable, CustomStringConvertible {
        let name: String
        let arguments: [String]
        /// Takes `--top N` (a count that must be at least 1).
        let hasTop: Bool
        /// Writes the good documents' results to stdout (commands over a corpus print one combined result).
        var description: String { name }
    }

    static let commands: [Command] = [
        Command(name: "normalize", arguments: ["normalize"], hasTop: false),
        Command(name: "segment", arguments: ["segment"], hasTop: false),
        Command(name: "phrases", arguments: ["phrases"], hasTop: false),
        Command(name: "discover", arguments: ["discover", "--min-count", "1", "--format", "json"], hasTop: true),
        Command(name: "extract", arguments: ["extract"], hasTop: false),
        Command(name: "keywords", arguments: ["keywords"], hasTop: true),
        Command(name: "freq", arguments: ["freq"], hasTop: true),
        Command(name: "kwic", arguments: ["kwic", "发展"], hasTop: false),
        Command(name: "idf build", arguments: ["idf", "build"], hasTop: false),
        Command(name: "trend", arguments: ["trend", "--term", "发展"], hasTop: true),
        Command(name: "compare", arguments: ["compare", "--from", "2024", "--to", "2025"], hasTop: false),
        Command(name: "report", arguments: ["report", "--html", "-"], hasTop: true),
        Command(name: "analyze", arguments: ["analyze", "--jobs", "2"], hasTop: true),
    ]

    /// A bad input placed next to the two good (dated) documents.
    enum BadInput: String, CaseIterable, Sendable {
        case binary, invalidUTF8, empty, symlinkLoop, emptyDirectory, missing

        /// The path given on the command line (relative to the fixture folder).
        var path: String {
            switch self {
            case .binary: "2020-01-01_binary.txt"
            case .invalidUTF8: "2021-01-01_bad.txt"
            case .empty: "2022-01-01_empty.txt"
            case .symlinkLoop: "2019-01-01_loop.txt"
            case .emptyDirectory: "nothing"
            case .missing: "2018-01-01_missing.txt"
            }
        }

        /// Whether the input makes the run fail (exit 1) or only warn (exit 0).
        var fails: Bool {
            switch self {
            case .binary, .symlinkLoop, .emptyDirectory, .missing: true
            case .invalidUTF8, .empty: false
            }
        }
    }

    static let good = ["2024-03-05_a.txt", "2025-03-05_b.txt"]

    /// A fresh folder with two good documents and every bad input (the texts are our own).
    static func makeFixtures() throws -> URL {
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.appendingPathComponent("zhtext-robust-\(UUID().uuidString)")
        try fm.createDirectory(at: dir, withIntermediateDirectories: true)
        func write(_ name: String, _ bytes: [UInt8]) throws { try Data(bytes).write(to: dir.appendingPathComponent(name)) }
        try write(good[0], Array("政府工作报告指出，要加快发展新质生产力。推进高质量发展，坚持稳中求进工作总基调。扩大内需是经济发展的基本动力。\n".utf8))
        try write(good[1], Array("今年要大力推进现代化产业体系建设，加快发展新质生产力。深化改革开放，推进高质量发展。着力扩大国内需求。\n".utf8))
        try write(BadInput.binary.path, [0x7F, 0x45, 0x4C, 0x46, 0, 1, 2, 0, 0, 0xFF, 0xFE, 0, 0, 0x10, 0x11, 0, 0, 0] + Array("bin".utf8) + [0])
        var bad = Array("推进高质量发展，加快发展新质生产力。\n".utf8)
        bad.insert(contentsOf: [0xFF, 0xFE], at: 6)
        try write(BadInput.invalidUTF8.path, bad)
        try write(BadInput.empty.path, [])
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent(BadInput.symlinkLoop.path).path,
                                  withDestinationPath: BadInput.symlinkLoop.path)
        try fm.createDirectory(at: dir.appendingPathComponent(BadInput.emptyDirectory.path), withIntermediateDirectories: true)
        try write(BadInput.emptyDirectory.path + "/picture.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0])
        return dir
    }

    static let fixtures: URL = try! makeFixtures()

    @Test(arguments: commands, BadInput.allCases)
    func badInputIsReportedAndTheGoodFilesStillProcessed(command: Command, input: BadInput) throws {
        let clean = try TestSupport.run(command.arguments + Self.good, directory: Self.fixtures)
        #expect(clean.status == 0, "\(command) on good files: \(clean.stderr)")
        #expect(clean.stderr == "", "\(command) on good files wrote to stderr")

        let run = try TestSupport.run(command.arguments + [input.path] + Self.good, directory: Self.fixtures)
        #expect(run.status == (input.fails ? 1 : 0), "\(command) \(input): exit \(run.status), stderr \(run.stderr)")
        #expect(!run.stdout.isEmpty, "\(command) \(input): the good files were not printed")
        let lines = run.stderr.split(separator: "\n")
        if input.fails {
            #expect(lines.count == 1, "\(command) \(input): stderr \(run.stderr)")
        }
        for line in lines {
            #expect(line.hasPrefix("zhtext: "), "\(command) \(input): \(line)")
            #expect(line.contains(input.path), "\(command) \(input): the message does not name the file: \(line)")
        }
        #expect(!run.stderr.contains("Fatal error"), "\(command) \(input) crashed")
        if input == .invalidUTF8 {
            #expect(lines.count == 1 && lines[0].contains("warning"), "\(command): \(run.stderr)")
        }
    }

    @Test(arguments: commands)
    func anUnknownFormatIsAUsageError(command: Command) throws {
        let run = try TestSupport.run(command.arguments + ["--format", "nonsense"] + Self.good, directory: Self.fixtures)
        #expect(run.status == 64, "\(command): exit \(run.status)")
        #expect(run.stdout == "")
        #expect(run.stderr.contains("format"), "\(command): \(run.stderr)")
    }

    @Test(arguments: commands.filter(\.hasTop), ["0", "-3"])
    func aTopBelowOneIsAUsageError(command: Command, top: String) throws {
        let run = try TestSupport.run(command.arguments + ["--top=\(top)"] + Self.good, directory: Self.fixtures)
        #expect(run.status == 64, "\(command) --top \(top): exit \(run.status)")
        #expect(run.stdout == "")
        #expect(run.stderr.contains("--top"), "\(command): \(run.stderr)")
    }

    @Test(arguments: commands)
    func anUnreadableFileFails(command: Command) throws {
        // Root reads files whatever their mode, so make one unreadable for everybody only when not root.
        guard getuid() != 0 else {
            // As root: a path that cannot be opened as a file (a file used as a folder) fails the same way.
            let run = try TestSupport.run(command.arguments + [Self.good[0] + "/inside.txt"] + Self.good, directory: Self.fixtures)
            #expect(run.status == 1, "\(command): exit \(run.status)")
            #expect(run.stderr.split(separator: "\n").count == 1 && run.stderr.contains(Self.good[0]), "\(command): \(run.stderr)")
            return
        }
        let name = "2017-01-01_locked-\(command.name.replacingOccurrences(of: " ", with: "-")).txt"
        let url = Self.fixtures.appendingPathComponent(name)
        try Data("推进高质量发展。".utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: url.path)
        defer { try? FileManager.default.removeItem(at: url) }
        let run = try TestSupport.run(command.arguments + [name] + Self.good, directory: Self.fixtures)
        #expect(run.status == 1, "\(command): exit \(run.status)")
        #expect(!run.stdout.isEmpty)
        #expect(run.stderr.split(separator: "\n").count == 1 && run.stderr.contains(name), "\(command): \(run.stderr)")
    }

    /// `segment` cuts long lines into chunks after sentence ends; the output must not change (byte for byte).
    @Test(arguments: [[], ["--pos"], ["--mode", "search"], ["--format", "tsv"], ["--format", "jsonl"], ["--engine", "icu"]])
    func segmentingInChunksGivesTheSameOutput(flags: [String]) throws {
        var line = ""
        let sentences = ["今年经济增长5.2%左右，新增就业1200万人。", "要加快发展新质生产力！", "“十四五”规划顺利推进；见 https://example.org/a 。",
                         "人工智能（AI）赋能千行百业？\u{200B}坚持稳中求进。", "扩大内需、提振信心……"]
        for k in 0..<15 { line += sentences[k % sentences.count] }
        let text = "  " + line + "\n\n" + sentences.joined() + "\r\n" + line
        let whole = try TestSupport.run(["segment"] + flags, stdin: Data(text.utf8))
        #expect(whole.status == 0 && whole.stderr == "")
        #expect(!whole.stdout.isEmpty)
        for size in ["3", "17", "60"] {
            let chunked = try TestSupport.run(["segment", "--chunk-size", size] + flags, stdin: Data(text.utf8))
            #expect(chunked == whole, "--chunk-size \(size) \(flags)")
        }
    }
}
