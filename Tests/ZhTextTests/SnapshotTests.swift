import Foundation
import Testing
import ZhTextTestSupport

/// The golden-file helper: recording writes the file and still reports a failure; comparing names the first line
/// that differs; a missing file is a failure, not a silent pass.
@Suite struct SnapshotTests {
    @Test func recordingWritesTheFileAndFails() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("Snapshots/out.txt")
        let recorded = TestSupport.snapshot("一\n二\n", at: url, recording: true)
        #expect(recorded?.hasPrefix("recorded snapshot \(url.path)") == true, "recording must fail the test")
        #expect(try String(contentsOf: url, encoding: .utf8) == "一\n二\n")
        #expect(TestSupport.snapshot("一\n二\n", at: url, recording: false) == nil)   // the recorded file now matches
    }

    @Test func aDifferenceNamesTheFirstDifferingLine() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("out.txt")
        try "一\n二\n三\n".write(to: url, atomically: true, encoding: .utf8)
        let problem = TestSupport.snapshot("一\n两\n三\n", at: url, recording: false)
        #expect(problem == "snapshot out.txt differs at line 2:\n  expected: 二\n  actual:   两")
    }

    @Test func aMissingFileFails() throws {
        let url = try TestSupport.temporaryDirectory().appendingPathComponent("none.txt")
        #expect(TestSupport.snapshot("x", at: url, recording: false)?.hasPrefix("missing snapshot") == true)
    }
}
