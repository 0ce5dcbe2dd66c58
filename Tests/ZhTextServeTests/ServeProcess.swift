import Foundation
import ZhTextTestSupport

/// A `zhtext serve` process started for a test: `--port 0`, the URL read from its first line of standard output.
final class ServeProcess {
    let process = Process()
    let url: String
    private let errors = Pipe()

    init(store: String, arguments: [String] = []) throws {
        process.executableURL = TestSupport.binary
        process.arguments = ["serve", store, "--port", "0"] + arguments
        var env = ProcessInfo.processInfo.environment
        env["XDG_CACHE_HOME"] = NSTemporaryDirectory()
        process.environment = env
        let out = Pipe()
        process.standardOutput = out
        process.standardError = errors
        try process.run()
        // The first line of standard output, read byte by byte (the rest of the pipe stays open).
        var line: [UInt8] = []
        let handle = out.fileHandleForReading
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline {
            let byte = handle.readData(ofLength: 1)
            if byte.isEmpty { break }
            if byte[0] == 0x0A { break }
            line.append(byte[0])
        }
        url = String(decoding: line, as: UTF8.self)
    }

    /// What the server wrote to standard error (after ``stop()``).
    var standardError: String { String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) }

    /// Stops the server (SIGTERM) and returns its exit status.
    @discardableResult func stop() -> Int32 {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        return process.terminationStatus
    }

    deinit { if process.isRunning { process.terminate(); process.waitUntilExit() } }

    /// Runs curl with `arguments`; returns the status code it printed (`-w %{http_code}`) and the body.
    static func curl(_ arguments: [String]) throws -> (status: Int, body: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["curl", "-s", "-o", "-", "-w", "\n%{http_code}", "--max-time", "60"] + arguments
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return (Int(lines.last ?? "") ?? 0, lines.dropLast().joined(separator: "\n"))
    }

    static var hasCurl: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/curl") }
}
