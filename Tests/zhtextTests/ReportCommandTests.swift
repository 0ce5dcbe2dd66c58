import Foundation
import Testing
import ZhTextTestSupport

@Suite struct ReportCommandTests {
    @Test func writesOneSelfContainedFile() throws {
        let out = try TestSupport.temporaryDirectory().appendingPathComponent("report.html")
        let run = try TestSupport.run(["report", "--html", out.path, "--term", "新质生产力", "Examples/series"])
        #expect(run.status == 0 && run.stdout.isEmpty && run.stderr.isEmpty)
        let html = try String(contentsOf: out, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        for section in ["Terms that rose the most", "Chosen terms", "When formulations first appeared", "Keyness: 2025 against 2021", "Where the terms occur", "Documents"] {
            #expect(html.contains(section), "missing section \(section)")
        }
        #expect(html.components(separatedBy: "<svg").count - 1 == 5)
        // The dispersion plot: a tick per occurrence of the chosen term, as kwic counts them.
        let plot = html.components(separatedBy: "<svg class=\"chart dispersion\"").last!.components(separatedBy: "</svg>").first!
        let kwic = try TestSupport.run(["kwic", "新质生产力", "Examples/series"])
        #expect(plot.components(separatedBy: "<line ").count - 1 == kwic.stdout.split(separator: "\n").count)
        // Each chart is followed by its data; the only links are the CSV downloads, as data: URIs.
        #expect(html.components(separatedBy: "<details class=\"data\">").count - 1 == 5)
        #expect(html.components(separatedBy: "href=").count - 1 == 5 && html.components(separatedBy: "href=\"data:text/csv;").count - 1 == 5)
        #expect(!html.contains("<script") && !html.contains("src=") && !html.contains("url("))
        #expect(html.contains("<td>2025</td><td>青禾市二〇二五年政府工作报告（示例）</td>"))
    }

    @Test func fromAndToChooseTheKeynessPeriods() throws {
        let out = try TestSupport.temporaryDirectory().appendingPathComponent("report.html")
        let run = try TestSupport.run(["report", "--html", out.path, "--from", "2022", "--to", "2023", "--lang", "zh", "Examples/series"])
        #expect(run.status == 0)
        let html = try String(contentsOf: out, encoding: .utf8)
        #expect(html.contains("<h2>关键性：2023 对比 2022</h2>") && html.contains("<h2>文档</h2>"))
        let missing = try TestSupport.run(["report", "--html", out.path, "--from", "2019", "--to", "2023", "Examples/series"])
        #expect(missing.status == 64 && missing.stderr.contains("no documents in period 2019"))
        #expect(try TestSupport.run(["report", "--html", out.path, "--from", "2022", "Examples/series"]).status == 64)
        #expect(try TestSupport.run(["report", "--html", out.path, "--lang", "fr", "Examples/series"]).status == 64)
    }

    @Test func htmlIsRequired() throws {
        #expect(try TestSupport.run(["report", "Examples/series"]).status == 64)
    }
}
