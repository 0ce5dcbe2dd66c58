import Foundation
import Testing
import ZhTextTestSupport

/// `zhtext trend` on the self-written dated series in Fixtures/series (file names 2019.txt, 2020-04-10_云溪县.txt,
/// 20210308.md, x_2023-03.txt, and two undated-named notes dated by manifested/manifest.csv).
@Suite struct TrendCommandTests {
    static let series = "Tests/zhtextTests/Fixtures/series"
    static let manifest = "Tests/zhtextTests/Fixtures/series/manifested/manifest.csv"

    func golden(_ arguments: [String], _ name: String, status: Int32 = 0) throws -> TestSupport.Run {
        let run = try TestSupport.run(arguments)
        #expect(run.status == status, "\(run.stderr)")
        if let problem = TestSupport.snapshot(run.stdout, named: name, target: "zhtextTests") { Issue.record("\(problem)") }
        return run
    }

    @Test func termsByYearAsTable() throws {
        let run = try golden(["trend", "--manifest", Self.manifest, "--term", "高质量发展", "--term", "新常态", "--term", "新质生产力",
                              "--group", "稳=稳增长,稳中求进,稳就业", Self.series], "trend-terms.txt")
        #expect(run.stderr.isEmpty)
    }

    @Test func csvHeaderAndRowsArePinned() throws {
        let run = try golden(["trend", "--manifest", Self.manifest, "--term", "高质量发展", "--term", "十五五", "--format", "csv", Self.series],
                             "trend-terms.csv")
        let lines = run.stdout.components(separatedBy: "\r\n")
        #expect(lines.first == "period,term,count,per_10k,documents")
        #expect(lines.contains("2025,十五五,1,120.482,1"))   // 1 in 83 non-white-space characters
    }

    @Test func jsonHasFirstSeenPeakSlopeAndDirection() throws {
        let run = try golden(["trend", "--manifest", Self.manifest, "--term", "高质量发展", "--term", "新常态", "--format", "json", Self.series],
                             "trend-terms.json")
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        let terms = object["terms"] as! [[String: Any]]
        #expect(terms[0]["first_seen"] as? String == "2020" && terms[0]["last_seen"] as? String == "2025")
        #expect(terms[1]["first_seen"] as? String == "2019" && terms[1]["last_seen"] as? String == "2020")
        #expect((object["periods"] as! [[String: Any]]).map { $0["period"] as! String } == ["2019", "2020", "2021", "2023", "2024", "2025"])
    }

    @Test func quartersAndLabelsFollowTheConventions() throws {
        let months = try TestSupport.run(["trend", "--manifest", Self.manifest, "--term", "乡村振兴", "--by", "quarter", "--format", "csv",
                                          "\(Self.series)/2020-04-10_云溪县.txt", "\(Self.series)/20210308.md", "\(Self.series)/x_2023-03.txt"])
        #expect(months.status == 0)
        #expect(months.stdout.components(separatedBy: "\r\n").dropFirst().compactMap { $0.split(separator: ",").first.map(String.init) }
                == ["2020-Q2", "2021-Q1", "2023-Q1"])
        let labels = try TestSupport.run(["trend", "--manifest", Self.manifest, "--term", "新质生产力", "--by", "label", "--format", "csv",
                                          "\(Self.series)/manifested"])
        #expect(labels.stdout.contains("要点,新质生产力,4,"))
    }

    @Test func yearOnlyDateCannotGoIntoAMonth() throws {
        let run = try TestSupport.run(["trend", "--term", "新常态", "--by", "month", "\(Self.series)/2019.txt", "\(Self.series)/x_2023-03.txt"])
        #expect(run.status == 1)
        #expect(run.stderr == "zhtext: cannot group by month: \(Self.series)/2019.txt (date 2019 is not precise enough for --by month)\n")
    }

    @Test func undatedDocumentsAreListedInOneErrorOrSkipped() throws {
        let run = try TestSupport.run(["trend", "--term", "高质量发展", "--format", "csv", Self.series])
        #expect(run.status == 1)
        #expect(run.stderr.components(separatedBy: "\n").filter { !$0.isEmpty }.count == 1)
        #expect(run.stderr.hasPrefix("zhtext: 2 documents without a date: \(Self.series)/manifested/notes-a.txt (no date in the file name); \(Self.series)/manifested/notes-b.txt (no date in the file name)"))
        #expect(run.stdout.hasPrefix("period,term,count,per_10k,documents"))   // the dated documents are still processed
        let skip = try TestSupport.run(["trend", "--term", "高质量发展", "--undated", "skip", "--format", "csv", Self.series])
        #expect(skip.status == 0 && skip.stderr.hasPrefix("zhtext: warning: 2 documents without a date:") && skip.stderr.contains("(skipped)"))
        #expect(skip.stdout == run.stdout)
    }

    @Test func dateForOneFileAndBadFlags() throws {
        let given = try TestSupport.run(["trend", "--term", "高质量发展", "--date", "2024-05", "--by", "month", "--format", "csv",
                                         "\(Self.series)/manifested/notes-a.txt"])
        #expect(given.status == 0 && given.stdout.contains("2024-05,高质量发展,1,"))
        #expect(try TestSupport.run(["trend", "--date", "2024-02-30", "x.txt"]).status == 64)
        #expect(try TestSupport.run(["trend", "--by", "decade", "x.txt"]).status == 64)
        #expect(try TestSupport.run(["trend", "--group", "nothing", "x.txt"]).status == 64)
        let bad = try TestSupport.temporaryDirectory().appendingPathComponent("m.csv")
        try "path,date\na.txt,2025-13-01\n".write(to: bad, atomically: true, encoding: .utf8)
        let run = try TestSupport.run(["trend", "--manifest", bad.path, "--term", "x"])
        #expect(run.status == 1 && run.stderr == "zhtext: \(bad.path):2: bad date \"2025-13-01\" (use YYYY, YYYY-MM or YYYY-MM-DD): \"a.txt,2025-13-01\"\n")
    }

    @Test func pagesAreDatedByTheirMetadataPlainTextIsNot() throws {
        let dir = "Tests/zhtextTests/Fixtures/dated-pages"
        let page = try TestSupport.run(["trend", "--term", "乡村振兴", "--by", "month", "--format", "csv", "\(dir)/county-meeting.html"])
        #expect(page.status == 0, "\(page.stderr)")
        #expect(page.stdout == "period,term,count,per_10k,documents\r\n2024-06,乡村振兴,3,\(Self.per10k(3, "\(dir)/county-meeting.html")),1\r\n")
        let plain = try TestSupport.run(["trend", "--term", "乡村振兴", "\(dir)/plain-notes.txt"])
        #expect(plain.status == 1 && plain.stderr.contains("plain-notes.txt (no date in the file name)"))
    }

    /// per-10k as the command prints it, from the extracted body's non-white-space characters.
    static func per10k(_ count: Int, _ page: String) -> String {
        guard let run = try? TestSupport.run(["extract", "--format", "json", page]),
              let object = try? JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any],
              let body = object["body"] as? String else { return "?" }
        let characters = body.unicodeScalars.filter { !$0.properties.isWhitespace }.count
        var s = String(format: "%.3f", Double(count) * 10_000 / Double(characters))
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }
}
