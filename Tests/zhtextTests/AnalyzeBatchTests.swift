import Foundation
import Testing
import ZhTextTestSupport

/// `analyze` over several inputs: each document's result is on standard output before the next input is read, and an
/// empty input gets the warning `keywords` gives.
@Suite struct AnalyzeBatchTests {
    @Test func emptyFileGivesTheKeywordsWarning() throws {
        let empty = "Tests/zhtextTests/Fixtures/empty.txt"
        let keywords = try TestSupport.run(["keywords", empty])
        let analyze = try TestSupport.run(["analyze", "--format", "jsonl", empty])
        #expect(analyze.status == 0)
        #expect(analyze.stderr == "zhtext: warning: \(empty): no words to take keywords from\n")
        #expect(analyze.stderr == keywords.stderr)
    }

    /// The second input is a FIFO nobody writes to: reading it blocks forever. The first document's record must
    /// already be written (and flushed) by then; the process is then killed, as a crash or a kill would end it.
    @Test(arguments: ["jsonl", "json", "table"])
    func firstRecordIsWrittenBeforeTheNextInputIsRead(_ format: String) throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let ok = dir.appendingPathComponent("ok.txt")
        try "东川市推进城市更新，推动高质量发展。\n".write(to: ok, atomically: true, encoding: .utf8)
        let fifo = dir.appendingPathComponent("stuck.txt")
        #expect(mkfifo(fifo.path, 0o600) == 0)

        let process = Process()
        process.executableURL = TestSupport.binary
        process.arguments = ["analyze", "--jobs", "1", "--format", format, ok.path, fifo.path, ok.path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) }; process.waitUntilExit() }

        // Read until the first document's record has arrived (or 60 s have passed).
        var received = Data()
        let deadline = Date().addingTimeInterval(60)
        let fd = out.fileHandleForReading.fileDescriptor
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        while Date() < deadline && !String(decoding: received, as: UTF8.self).contains("城市更新") {
            var buffer = [UInt8](repeating: 0, count: 4096)
            let n = read(fd, &buffer, buffer.count)
            if n > 0 { received.append(contentsOf: buffer[0..<n]) } else { usleep(50_000) }
        }
        #expect(process.isRunning, "analyze should be blocked reading the FIFO")
        kill(process.processIdentifier, SIGKILL)
        let output = String(decoding: received, as: UTF8.self)
        #expect(output.contains(ok.path), "the first document's record was not written before the FIFO was read: \(output)")
        #expect(output.contains("城市更新"))
    }
}
