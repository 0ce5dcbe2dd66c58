import ArgumentParser
import Foundation
import ZhText

/// Standard output (buffered) and standard error (one line per message), and whether anything failed.
final class Console {
    private var buffer: [UInt8] = []
    private(set) var failed = false

    init() { buffer.reserveCapacity(1 << 16) }

    /// Writes to standard output.
    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Writes UTF-8 bytes to standard output.
    func write(bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Writes a line to standard output.
    func line(_ text: String) { write(text); write("\n") }

    func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(1, raw.baseAddress! + offset, raw.count - offset)
                if n <= 0 { break }
                offset += n
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// A warning on standard error (the job still succeeds).
    func warn(_ message: String) {
        flush()
        FileHandle.standardError.write(Data(("zhtext: warning: " + message + "\n").utf8))
    }

    /// An error on standard error; the run will exit 1.
    func fail(_ error: Error) {
        failed = true
        flush()
        FileHandle.standardError.write(Data(("zhtext: " + String(describing: error) + "\n").utf8))
    }

    /// Flushes and turns the outcome into the process exit status.
    func finish() throws {
        flush()
        if failed { throw ExitCode.failure }
    }
}

