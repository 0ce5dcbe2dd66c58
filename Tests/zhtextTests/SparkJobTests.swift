import Foundation
import Testing
import ZhTextTestSupport

/// The Spark example (`Examples/spark/zhtext_job.py`) in local mode, with pyspark from the `.venv-ci` virtual
/// environment that `.ci/run` makes. Without it the test is skipped on a developer's machine and fails in CI.
@Suite(.serialized) struct SparkJobTests {
    static let venv = TestSupport.packageRoot.appendingPathComponent(".venv-ci/bin")

    static func available() -> Bool {
        if FileManager.default.isExecutableFile(atPath: venv.appendingPathComponent("spark-submit").path) { return true }
        if ProcessInfo.processInfo.environment["CI"] == "true" {
            Issue.record("no .venv-ci/bin/spark-submit: .ci/run must create the virtual environment with pyspark")
        }
        return false
    }

    @Test func storeBuiltThroughSparkAnswersLikeCorpusAddAndRetriesLoseNothing() throws {
        guard Self.available() else { return }
        let dir = try TestSupport.temporaryDirectory()
        let docs = dir.appendingPathComponent("docs.jsonl").path
        try Data(SparkCorpus.jsonl.utf8).write(to: URL(fileURLWithPath: docs))
        let out = dir.appendingPathComponent("out").path
        let trend = dir.appendingPathComponent("trend").path
        let python = Self.venv.appendingPathComponent("python").path
        let job = try SparkCorpus.run(Self.venv.appendingPathComponent("spark-submit").path, [
            "--master", "local[2]", "--conf", "spark.ui.enabled=false", "--conf", "spark.sql.shuffle.partitions=4",
            "Examples/spark/zhtext_job.py", "--input", docs, "--output", out, "--zhtext", TestSupport.binary.path,
            "--partitions", "3", "--trend", trend, "--by", "year", "--term", "高质量发展", "--term", "新质生产力",
        ], environment: ["PYSPARK_PYTHON": python, "PYSPARK_DRIVER_PYTHON": python, "ZHTEXT_DICTIONARIES": ""])
        #expect(job.status == 0, "spark-submit: \(job.stderr.suffix(3000))")
        let parts = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasPrefix("part-") }.sorted()
            .map { out + "/" + $0 }
        #expect(parts.count >= 3, "one part per partition")

        // The same records as the filter run on the whole file (file names and line numbers included).
        let sparkRecords = try parts.map { try String(contentsOfFile: $0, encoding: .utf8) }.joined()
        // A lexicon cache of our own, as the job gives its executors: a shared ~/.cache/zhtext may hold a lexicon
        // compiled by another zhtext build of the same format version.
        let fresh = ["XDG_CACHE_HOME": dir.appendingPathComponent("cache").path]
        let local = try TestSupport.run(["analyze", "--input", "jsonl", "--format", "jsonl", "--full", docs], environment: fresh)
        #expect(sparkRecords == local.stdout, "records through Spark equal the local filter's, byte for byte")

        let added = dir.appendingPathComponent("added.db").path
        let imported = dir.appendingPathComponent("spark.db").path
        _ = try TestSupport.run(["corpus", "add", added, "--jsonl", docs], environment: fresh)
        let first = try TestSupport.run(["corpus", "import", imported, "--format", "json"] + parts)
        #expect(try CorpusImportCommandTests.summary(first)["documents"] == 30)
        let answers = try CorpusImportCommandTests.answers(imported)
        #expect(answers == (try CorpusImportCommandTests.answers(added)))

        // A retried task: the same part imported again changes nothing.
        let retry = try TestSupport.run(["corpus", "import", imported, parts[1], "--format", "json"])
        let s = try CorpusImportCommandTests.summary(retry)
        #expect(s["added"] == 0 && s["updated"] == 0 && s["documents"] == 30 && (s["unchanged"] ?? 0) > 0)
        #expect(try CorpusImportCommandTests.answers(imported) == answers)

        // The Spark SQL trend table counts as `zhtext trend --term` does.
        let csv = try FileManager.default.contentsOfDirectory(atPath: trend).filter { $0.hasSuffix(".csv") }
        let table = try csv.map { try String(contentsOfFile: trend + "/" + $0, encoding: .utf8) }.joined()
        var sparkCounts: [String: Int] = [:]
        for row in table.split(separator: "\n").dropFirst() {
            let cells = row.split(separator: ",").map(String.init)
            if cells.count == 3, let n = Int(cells[2]) { sparkCounts[cells[0] + "/" + cells[1]] = n }
        }
        let zt = try TestSupport.run(["trend", "--corpus", imported, "--term", "高质量发展", "--term", "新质生产力", "--by", "year", "--format", "csv"])
        var zhtextCounts: [String: Int] = [:]
        for row in zt.stdout.split(whereSeparator: \.isNewline).dropFirst() {
            let cells = row.split(separator: ",").map(String.init)
            if cells.count >= 3, let n = Int(cells[2]) { zhtextCounts[cells[0] + "/" + cells[1]] = n }
        }
        #expect(sparkCounts.filter { $0.value > 0 }.count >= 6, "both terms in several years")
        #expect(sparkCounts.filter { $0.value > 0 } == zhtextCounts.filter { $0.value > 0 })
    }
}
