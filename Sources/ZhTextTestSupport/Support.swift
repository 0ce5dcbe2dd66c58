import Foundation
import ZhText

/// Helpers shared by the test targets: run the real binary, compare with golden files, load fixtures.
public enum TestSupport {
    /// The package root (found from this file's location).
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The built `zhtext` binary next to the test bundle.
    public static var binary: URL {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("zhtext"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("zhtext"),
            packageRoot.appendingPathComponent(".build/debug/zhtext"),
        ]
        for url in Bundle.allBundles.map({ $0.bundleURL.deletingLastPathComponent().appendingPathComponent("zhtext") }) + candidates
            where FileManager.default.isExecutableFile(atPath: url.path) {
            return url
        }
        return candidates[2]
    }

    /// What a run of the binary produced.
    public struct Run: Sendable, Equatable {
        public let stdout: String
        public let stderr: String
        public let status: Int32
    }

    /// Runs `zhtext` with `arguments`, feeding `stdin`, in `directory` (default: the package root).
    public static func run(_ arguments: [String], stdin: Data? = nil, directory: URL? = nil,
                           environment: [String: String] = [:]) throws -> Run {
        ignoreBrokenPipes
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? packageRoot
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe(), inp = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inp
        try process.run()
        let group = DispatchGroup()
        let errBox = DataBox()
        DispatchQueue.global().async(group: group) { errBox.data = err.fileHandleForReading.readDataToEndOfFile() }
        let writer = inp.fileHandleForWriting
        DispatchQueue.global().async(group: group) {
            // The child may exit without reading its input (a usage error): writing must not kill the test runner.
            if let stdin { try? writer.write(contentsOf: stdin) }
            try? writer.close()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        let errData = errBox.data
        process.waitUntilExit()
        return Run(stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self),
                   status: process.terminationStatus)
    }

    /// A write to a pipe whose reader has gone must fail with EPIPE, not end the test process with SIGPIPE.
    private static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

    private final class DataBox: @unchecked Sendable { var data = Data() }

    /// Compares `actual` with the golden file `Tests/<target>/Snapshots/<name>`; with `RECORD_SNAPSHOTS=1` writes it.
    /// Returns `nil` when they match, or a description of the difference. Recording always returns a description
    /// (as swift-argument-parser's `assertSnapshot` fails after recording): a golden file is a claim to review in the
    /// diff, and a run that records can never pass.
    public static func snapshot(_ actual: String, named name: String, target: String) -> String? {
        snapshot(actual, at: packageRoot.appendingPathComponent("Tests/\(target)/Snapshots/\(name)"),
                 recording: ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1")
    }

    /// Compares `actual` with the golden file at `url`, or (`recording`) writes it there and reports that it did.
    public static func snapshot(_ actual: String, at url: URL, recording: Bool) -> String? {
        let name = url.lastPathComponent
        if recording {
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try actual.write(to: url, atomically: true, encoding: .utf8)
            } catch {
                return "could not record snapshot \(url.path): \(error)"
            }
            return "recorded snapshot \(url.path) (RECORD_SNAPSHOTS=1): review the diff, then run again without it"
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return "missing snapshot \(url.path) (run with RECORD_SNAPSHOTS=1 to create it)"
        }
        if expected == actual { return nil }
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(a.count, b.count) where i >= a.count || i >= b.count || a[i] != b[i] {
            return "snapshot \(name) differs at line \(i + 1):\n  expected: \(i < a.count ? String(a[i]) : "<none>")\n  actual:   \(i < b.count ? String(b[i]) : "<none>")"
        }
        return "snapshot \(name) differs"
    }

    /// A fixture file's URL under `Tests/<target>/Fixtures/`.
    public static func fixture(_ name: String, target: String) -> URL {
        packageRoot.appendingPathComponent("Tests/\(target)/Fixtures/\(name)")
    }

    /// A fresh temporary directory.
    public static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("zhtext-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
