import Testing
@testable import ZhText

/// analyze's renderers: CSV rows, the shown title and date, and a trend table that stays readable for long series.
@Suite struct AnalysisReportTests {
    static func trend(_ phrase: String, _ counts: [(String, Int)]) -> CorpusSummary.PhraseTrend {
        let seen = counts.filter { $0.1 > 0 }.map(\.0)
        return .init(phrase: phrase, firstSeen: seen.first ?? "", lastSeen: seen.last ?? "",
                     periods: counts.map { ($0.0, $0.1, 0.0) })
    }

    @Test func shortSeriesHaveAColumnPerPeriod() {
        let table = AnalysisReport.trendTable([Self.trend("十四五", [("2020", 0), ("2021", 3)])], labels: ["2020", "2021"])
        #expect(table.columns.map(\.name) == ["phrase", "first", "last", "2020", "2021"])
        #expect(table.rows == [["十四五", "2021", "2021", "0", "3"]])
    }

    @Test func longSeriesOfYearsGoByDecadeWithGaps() {
        // 1958–1960 and 1964 analysed (1961–63 missing), then 1975: three decades, gaps left empty (not 0).
        let years = ["1958", "1959", "1960", "1964", "1975", "1976", "1977", "1978", "1979"]
        let t = Self.trend("四个现代化", years.map { ($0, $0 == "1975" ? 2 : ($0 == "1964" ? 1 : 0)) })
        let table = AnalysisReport.trendTable([t], labels: years)
        #expect(table.columns.map(\.name) == ["phrase", "first", "last", "decade", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"])
        #expect(table.rows == [
            ["四个现代化", "1964", "1975", "1950s", "", "", "", "", "", "", "", "", "0", "0"],
            ["", "", "", "1960s", "0", "", "", "", "1", "", "", "", "", ""],
            ["", "", "", "1970s", "", "", "", "", "", "2", "0", "0", "0", "0"],
        ])
        #expect(table.renderTable().split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 80 })
    }

    @Test func longSeriesOfOtherPeriodsGoLong() {
        let labels = (1...9).map { "2025-0\($0)" }
        let table = AnalysisReport.trendTable([Self.trend("新质生产力", labels.map { ($0, 1) })], labels: labels)
        #expect(table.columns.map(\.name) == ["phrase", "period", "count"])
        #expect(table.rows.count == 9 && table.rows[0] == ["新质生产力", "2025-01", "1"])
    }

    @Test func csvRowUsesTheFirstLineAndTheFileNameDate() throws {
        let analysis = try DocumentAnalyzer().analyze(SourceText(file: "dir/2025-03-05_报告.txt",
                                                                 text: "各位代表：\n青禾市政府工作报告\n推动高质量发展，推动高质量发展。"))
        let row = AnalysisReport.csvRow(analysis)
        let cell = Dictionary(uniqueKeysWithValues: zip(AnalysisReport.csvColumns, row))
        #expect(cell["title"] == "青禾市政府工作报告")  // the salutation is not a title
        #expect(cell["date"] == "2025-03-05" && cell["date_source"] == "file-name")
        #expect(cell["phrases"] == "高质量发展:2")
        #expect(cell["keywords"] == analysis.keywords.map(\.term).joined(separator: " "))
        let csv = AnalysisReport.csv([row], header: true, excel: false)
        #expect(csv.hasPrefix("file,title,date,date_source,source,author,extraction,encoding,characters,han_characters,sentences,tokens,distinct_terms,keyword_method,keywords,phrases\r\n"))
        #expect(AnalysisReport.csv([row], header: false, excel: true).hasPrefix("dir/2025-03-05_报告.txt,"))
    }
}
