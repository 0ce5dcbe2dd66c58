// A self-contained HTML report (inline SVG, no script) with a line chart of term trends.
import ZhText

// snippet.hide
let periods = [Period(label: "2023", ordinal: 2023), Period(label: "2024", ordinal: 2024), Period(label: "2025", ordinal: 2025)]
// snippet.show
let chart = SVGLineChart(periods: periods, series: [
    SVGLineChart.Series(name: "新质生产力", values: [0, 3.1, 6.4]),
    SVGLineChart.Series(name: "高质量发展", values: [5.0, 4.2, 2.0]),
])
let report = HTMLReport(
    title: "政策用语趋势", summary: "3 documents, 2023–2025, by year",
    sections: [HTMLReport.Section(heading: "Trends", note: "Occurrences per 10,000 characters.", svg: chart.render())],
    documents: [HTMLReport.DocumentRow(date: "2025-03", title: "示例", file: "c.txt", characters: 17, keywords: ["新质生产力"])])
let html = report.render()          // escape-safe: document strings pass through HTMLEscaping
print(html.count)
