import Foundation
import Testing
import ZhTextTestSupport

/// The same document given twice among the inputs of a run is counted once, in every command that reads several
/// inputs into one result; `--keep-duplicates` keeps both.
@Suite struct DuplicateInputsTests {
    static let text = "东川市推进城市更新。\n会议要求推动城市高质量发展，因地制宜发展新质生产力。\n城市更新要让居民满意。\n"
    static let other = "西山县发展现代农业。\n会议要求推动乡村全面振兴，发展新质生产力。\n"

    /// 2024.txt; copy/2024.txt (same bytes); 2024-06-01.txt (CRLF: same normalized text); 2025.txt (another text).
    static func corpus() throws -> URL {
        let dir = try TestSupport.temporaryDirectory()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("copy"), withIntermediateDirectories: true)
        try text.write(to: dir.appendingPathComponent("2024.txt"), atomically: true, encoding: .utf8)
        try text.write(to: dir.appendingPathComponent("copy/2024.txt"), atomically: true, encoding: .utf8)
        try text.replacingOccurrences(of: "\n", with: "\r\n").write(to: dir.appendingPathComponent("2024-06-01.txt"), atomically: true, encoding: .utf8)
        try other.write(to: dir.appendingPathComponent("2025.txt"), atomically: true, encoding: .utf8)
        return dir
    }

    @Test(arguments: [
        ["analyze", "--format", "jsonl"],
        ["keywords", "--format", "jsonl"],
        ["phrases", "--format", "jsonl"],
        ["kwic", "城市", "--format", "jsonl"],
        ["freq", "--format", "csv"],
        ["idf", "build"],
        ["trend", "--term", "城市更新", "--format", "csv"],
        ["report", "--html", "-"],
    ])
    func laterCopiesAreSkippedWithAWarning(_ command: [String]) throws {
        let dir = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try TestSupport.run(command + [dir.path])
        let warnings = run.stderr.split(separator: "\n").filter { $0.contains("same document as") }
        #expect(run.status == 0, "\(run.stderr)")
        // Two later copies of 2024's text, each named with the copy it repeats.
        #expect(warnings.count == 2, "\(run.stderr)")
        for w in warnings {
            #expect(w.hasSuffix("; counted once (--keep-duplicates keeps both)"))
            #expect(w.contains("2024") && w.split(separator: "2024").count >= 3, "both files named: \(w)")
        }
        let kept = try TestSupport.run(command + ["--keep-duplicates", dir.path])
        #expect(kept.status == 0)
        #expect(!kept.stderr.contains("same document as"))
        #expect(kept.stdout != run.stdout, "keeping the copies must change the result")
    }

    @Test func analyzeWritesOneRecordPerDistinctDocument() throws {
        let dir = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try TestSupport.run(["analyze", "--format", "jsonl", dir.path])
        #expect(run.stdout.split(separator: "\n").count == 2)   // 2024's text once, 2025.txt
        let kept = try TestSupport.run(["analyze", "--format", "jsonl", "--keep-duplicates", dir.path])
        #expect(kept.stdout.split(separator: "\n").count == 4)
    }

    @Test func trendCountsADuplicatedDocumentOnce() throws {
        let dir = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: dir) }
        // 城市更新 occurs twice in 2024's text: counted once per distinct document, so 2 in 2024.
        let run = try TestSupport.run(["trend", "--term", "城市更新", "--format", "csv", dir.path])
        #expect(run.stdout.contains("2024,城市更新,2,"), "\(run.stdout)")
    }

    @Test func explicitPathsGivenTwiceAreDuplicatesToo() throws {
        let dir = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = dir.appendingPathComponent("2025.txt").path
        let run = try TestSupport.run(["freq", "--format", "csv", a, a])
        #expect(run.stderr == "zhtext: warning: \(a): same document as \(a); counted once (--keep-duplicates keeps both)\n")
    }

    @Test func compareDeduplicatesWithinEachSideOnly() throws {
        let dir = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: dir) }
        // A document compared with its own copy: no keyness, no warning (the sides are separate inputs).
        let run = try TestSupport.run(["compare", "--format", "json", dir.appendingPathComponent("2024.txt").path,
                                       dir.appendingPathComponent("copy/2024.txt").path])
        #expect(run.status == 0 && !run.stderr.contains("same document"), "\(run.stderr)")
        let side = try TestSupport.run(["compare", "--from", "2024", "--to", "2025", "--format", "json", dir.path])
        #expect(side.stderr.split(separator: "\n").filter { $0.contains("same document as") }.count == 2, "\(side.stderr)")
    }
}
