import Testing
@testable import ZhText

/// Report charts: long labels are never clipped, missing periods are gaps, and every chart is followed by its data.
@Suite struct ReportChartDataTests {
    /// The largest x + estimated width of any `<text>` in `svg` whose anchor is start, compared with the svg's width.
    static func width(of svg: String) -> Double {
        let attr = svg.split(separator: "width=\"", maxSplits: 1)[1]
        return Double(attr.prefix { $0 != "\"" })!
    }

    static let long = "坚持和完善中国特色社会主义制度推进国家治理体系和治理能力现代化"  // 31 characters

    @Test func longLegendWidensTheChartInsteadOfBeingClipped() {
        let periods = (2019...2021).map { Period(label: String($0), ordinal: $0) }
        let svg = SVGLineChart(periods: periods, series: [.init(name: Self.long, values: [1, 2, 3])]).render()
        // Legend text starts at width − right + 32 and needs 31 × 13 + 4 = 407 units: right = 32 + 407 + 8 = 447.
        let w = Self.width(of: svg)
        #expect(w == 760 + (447 - 170))
        #expect(svg.contains("<text class=\"legend\" x=\"\(HTMLEscaping.coordinate(w - 447 + 32))\""))
    }

    @Test func longTimelineNamesWidenTheLeftMargin() {
        let periods = (2019...2021).map { Period(label: String($0), ordinal: $0) }
        let svg = SVGTimeline(periods: periods, entries: [.init(name: Self.long, first: periods[1], last: periods[2])]).render()
        // Names end at left − 10 (right-aligned) and need 407 units: left = 407 + 20 = 427 > 170.
        #expect(svg.contains("<text class=\"legend\" x=\"417\" y=\"25\" text-anchor=\"end\">"))
        #expect(Self.width(of: svg) == 760 + 427 - 170)
    }

    @Test func longBarNamesWidenBothSides() {
        let svg = SVGBarChart(bars: [.init(name: Self.long, value: 5), .init(name: "改革", value: -2)], negativeLabel: "", positiveLabel: "").render()
        // Each side needs 407 + 16 = 423 for names (instead of 150): width = 760 + 2 × 273.
        #expect(Self.width(of: svg) == 760 + 2 * 273)
    }

    @Test func missingPeriodsAreGapsNotLines() {
        // 1958–1960, then 1964 (1961–63 missing), then 1965: two runs of lines, none drawn from 1960 to 1964.
        let periods = [1958, 1959, 1960, 1964, 1965].map { Period(label: String($0), ordinal: $0) }
        #expect(SVGLineChart.runs(of: periods) == [[0, 1, 2], [3, 4]])
        let svg = SVGLineChart(periods: periods, series: [.init(name: "a", values: [1, 2, 3, 4, 5])]).render()
        #expect(svg.components(separatedBy: "<polyline").count - 1 == 2)
        // A period standing alone (2020 between 2018 and 2022) is drawn as a dot.
        let lone = [2018, 2020, 2022].map { Period(label: String($0), ordinal: $0) }
        let dots = SVGLineChart(periods: lone, series: [.init(name: "a", values: [0, 0, 0])]).render()
        #expect(!dots.contains("<polyline") && dots.components(separatedBy: "class=\"single\"").count - 1 == 3)
    }

    @Test func chartDataIsACollapsibleTableAndACSVDataURI() {
        var data = ReportTable(columns: [ReportColumn("period"), ReportColumn("高质量发展", alignment: .right)])
        data.append(["2024", "1.5"])
        data.append(["2025", "\"<&>"])
        let page = HTMLReport(title: "t", summary: "s", sections: [.init(heading: "h", note: "n", svg: "<svg></svg>", data: data, dataName: "x.csv")],
                              documents: []).render()
        #expect(page.contains("<details class=\"data\"><summary>Data</summary>"))
        #expect(page.contains("<tr><td>2024</td><td class=\"num\">1.5</td></tr>"))
        #expect(page.contains("<td class=\"num\">&quot;&lt;&amp;&gt;</td>"))
        // CSV "period,高质量发展\r\n2024,1.5\r\n2025,""""<&>""\r\n"... percent-encoded: nothing can end the attribute.
        #expect(page.contains("download=\"x.csv\" href=\"data:text/csv;charset=utf-8,period%2C%E9%AB%98%E8%B4%A8%E9%87%8F%E5%8F%91%E5%B1%95%0D%0A2024%2C1.5%0D%0A2025%2C%22%22%22%3C%26%3E%22%0D%0A\""))
        let zh = HTMLReport(title: "t", summary: "s", sections: [.init(heading: "h", note: "n", svg: "", data: data)], documents: [], labels: .chinese).render()
        #expect(zh.contains("<summary>数据</summary>") && zh.contains("下载 CSV") && zh.contains("<html lang=\"zh\">") && zh.contains("<h2>文档</h2>"))
    }
}
