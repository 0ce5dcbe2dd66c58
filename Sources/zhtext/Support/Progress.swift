import Foundation

/// A one-line progress bar on standard error — only when standard error is a terminal and `--quiet` is off:
/// `done/total files`, MB/s and the estimated time left.
final class Progress {
    private let total: Int
    private let totalBytes: Int
    private let enabled: Bool
    private let start = Date()
    private var lastDraw = Date.distantPast
    private(set) var done = 0
    private var bytes = 0

    init(total: Int, totalBytes: Int, quiet: Bool) {
        self.total = total
        self.totalBytes = totalBytes
        self.enabled = !quiet && isatty(2) != 0 && total > 1
    }

    /// Records one finished input of `size` bytes and redraws at most ten times a second.
    func advance(bytes size: Int) {
        done += 1
        bytes += size
        guard enabled else { return }
        let now = Date()
        if now.timeIntervalSince(lastDraw) < 0.1 && done < total { return }
        lastDraw = now
        let elapsed = max(now.timeIntervalSince(start), 0.001)
        let rate = Double(bytes) / elapsed / 1_000_000
        let remaining = rate > 0 ? Double(max(0, totalBytes - bytes)) / (rate * 1_000_000) : 0
        let width = 24
        let filled = total > 0 ? width * done / total : width
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let line = String(format: "\r%@ %d/%d files  %.1f MB/s  ETA %@ ", bar, done, total, rate, Self.clock(remaining))
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Clears the bar.
    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 3600 ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String(format: "%d:%02d", s / 60, s % 60)
    }
}
