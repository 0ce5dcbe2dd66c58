import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ZhText
import ZhTextServe
import ZhTextStore
import ZhTextTestSupport

/// The overview's "documents over time" chart counts every dated document.
@Suite struct OverviewPageTests {
    /// Dates that give only a year cannot be put in a month: a store spanning a few years with such dates is charted
    /// by year, so that none of its documents is left out (a month chart showed 2 of 7 documents).
    @Test func yearOnlyDatesAreChartedByYear() async throws {
        let dir = try TestSupport.temporaryDirectory()
        let path = dir.appendingPathComponent("c.db").path
        let store = try CorpusStore(path: path, create: true)
        let rows: [(String, String)] = [("2021", "推动高质量发展。"), ("2023", "发展新质生产力。"), ("2026-03-12", "稳就业，促消费。")]
        _ = try store.add(rows.enumerated().map { k, r in
            CorpusInput.row(DocumentRow(file: "t.jsonl", line: k + 1, id: "d\(k)", text: r.1, date: r.0, fields: [:]))
        })
        let server = try CorpusServer(corpusPath: path, configuration: ServeConfiguration(port: 80))
        try await server.application().test(.router) { client in
            let page = try await client.execute(uri: "/", method: .get).text
            let chart = try #require(page.range(of: "<svg").map { String(page[$0.lowerBound...]) })
            for year in ["2021", "2023", "2026"] { #expect(chart.contains(">\(year)<"), "\(year) on the chart") }
            #expect(!chart.contains(">2026-03<"), "by year, not by month")
        }
    }
}
