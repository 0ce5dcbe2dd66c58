import Foundation
import Testing
@testable import ZhText

enum SampleReport {
    static let periods = (2019...2023).map { Period(label: String($0), ordinal: $0) }

    /// A report whose document text is hostile: markup, script, attribute breakers, entities, control characters.
    static func make(hostile: String = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>&amp;\u{07}") -> HTMLReport {
        let line = SVGLineChart(periods: periods, series: [
            .init(name: "高质量发展", values: [0, 2, 3.5, 5, 4]), .init(name: hostile, values: [1, 1, 0, 0, 0]),
        ])
        let timeline = SVGTimeline(periods: periods, entries: [
            .init(name: "新质生产力", first: periods[3], last: periods[4]), .init(name: hostile, first: periods[1], last: periods[2]),
        ])
        let bars = SVGBarChart(bars: [.init(name: "新质生产力", value: 12.5), .init(name: hostile, value: -7.25)],
                               negativeLabel: "more in 2019", positiveLabel: "more in 2023")
        var plot = Dispersion(terms: ["新质生产力", hostile])
        plot.add(name: "a.txt", text: Normalizer.default.normalize("发展新质生产力，培育新质生产力。"))
        plot.add(name: "b/\(hostile).txt", text: Normalizer.default.normalize("新质生产力" + hostile))
        return HTMLReport(
            title: "Report \(hostile)", summary: "5 documents",
            sections: [.init(heading: "Trends", note: hostile, svg: line.render()),
                       .init(heading: "Timeline", note: "first seen", svg: timeline.render()),
                       .init(heading: "Keyness", note: "G²", svg: bars.render()),
                       .init(heading: "Dispersion", note: "ticks", svg: SVGDispersionPlot(plot).render())],
            documents: [.init(date: "2023", title: hostile, file: "a/\(hostile).txt", characters: 120, keywords: [hostile, "改革"])],
            warnings: [hostile])
    }
}

@Suite struct HTMLEscapingTests {
    @Test(arguments: [
        ("<b>\"x\" & 'y'</b>", "&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;"), ("高质量发展", "高质量发展"),
        ("a\u{0}b\u{1B}c\u{7F}", "abc"), ("&amp;", "&amp;amp;"), ("line\nbreak\ttab", "line\nbreak\ttab"),
    ])
    func escapes(input: String, expected: String) {
        #expect(HTMLEscaping.escape(input) == expected)
    }

    @Test func hostileDocumentTextNeverBecomesMarkup() {
        let html = SampleReport.make().render()
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("onerror=alert(1)>"))
        #expect(!html.contains("\u{07}"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&amp;amp;"))
        // Every attribute value is quoted and no quote from the document survives.
        #expect(!html.contains("\"><img"))
    }

    @Test func noExternalRequests() {
        let html = SampleReport.make(hostile: "plain").render()
        #expect(!html.contains("src=") && !html.contains("href=") && !html.contains("url(") && !html.contains("@import"))
        #expect(html.contains("Content-Security-Policy"))
    }
}

@Suite struct SVGChartTests {
    @Test func lineChartGeometry() {
        let svg = SVGLineChart(periods: SampleReport.periods, series: [.init(name: "a", values: [0, 10, 20, 30, 40])]).render()
        // Plot area x 56…590 (760 − 170), y 16…296 (340 − 44); the y axis tops out at 50 (a round number above 40).
        #expect(svg.contains("points=\"56,296 189.5,240 323,184 456.5,128 590,72\""))
        #expect(svg.contains(">50</text>") && svg.contains(">2019</text>") && svg.contains(">2023</text>"))
    }

    @Test func gapsInTimeShowAsGaps() {
        let periods = [Period(label: "2000", ordinal: 2000), Period(label: "2009", ordinal: 2009), Period(label: "2010", ordinal: 2010)]
        let svg = SVGLineChart(periods: periods, series: [.init(name: "a", values: [1, 1, 1])]).render()
        // x follows the ordinals (2000 far left of 2009); no line crosses the missing 2001–2008: 2000 is a dot and
        // 2009–2010 a line (y axis tops out at 1).
        #expect(svg.contains("points=\"536.6,16 590,16\"") && !svg.contains("points=\"56,16"))
        #expect(svg.contains("<circle class=\"single\" cx=\"56\" cy=\"16\""))
    }

    @Test func tickLabelsDoNotOverlap() {
        let periods = (1954...2025).map { Period(label: String($0), ordinal: $0) }
        let picked = SVGTickLabels.pick(periods, x: { Double($0.ordinal - 1954) * 7.5 }, spacing: 52)
        #expect(picked.last?.label == "2025")
        for (a, b) in zip(picked, picked.dropFirst()) { #expect(Double(b.ordinal - a.ordinal) * 7.5 >= 52) }
    }

    @Test func barsPointBothWays() {
        let svg = SVGBarChart(bars: [.init(name: "up", value: 10), .init(name: "down", value: -5)], negativeLabel: "A", positiveLabel: "B").render()
        // Centre 380, half-width 760/2 − 150 − 10 = 220: +10 → x 380 width 220; −5 → x 270 width 110.
        #expect(svg.contains("<rect x=\"380\" y=\"28\" width=\"220\""))
        #expect(svg.contains("<rect x=\"270\" y=\"48\" width=\"110\""))
    }

    @Test func niceCeiling() {
        let c = SVGLineChart(periods: [], series: [])
        #expect([0.3, 1, 1.2, 4, 7, 40, 120].map(c.niceCeiling) == [0.5, 1, 2, 5, 10, 50, 200])
    }
}

/// Renders a report in headless Chromium and checks, from the laid-out page, that every chart is drawn.
@Suite struct ChromiumRenderTests {
    static let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: chromium != nil, "chromium is not installed (apt-get install -y chromium fonts-wqy-microhei); skipping the render test"))
    func chartsAreDrawn() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("zhtext-render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // The report has no script; a copy for the test gets a probe that measures what Chromium laid out.
        var html = SampleReport.make().render()
        html = html.replacingOccurrences(of: #"<meta http-equiv="Content-Security-Policy"[^>]*>"#, with: "", options: .regularExpression)
        let probe = """
        <script>
        const out = [];
        document.querySelectorAll('svg.chart').forEach(svg => {
          const r = svg.getBoundingClientRect();
          let marks = 0, text = 0;
          svg.querySelectorAll('polyline, rect, circle').forEach(m => { const b = m.getBBox(); if (b.width > 0 && b.height >= 0 && (b.width + b.height) > 1) marks++; });
          svg.querySelectorAll('text').forEach(t => { if (t.getComputedTextLength() > 0) text++; });
          out.push(svg.getAttribute('class') + ' ' + Math.round(r.width) + 'x' + Math.round(r.height) + ' marks=' + marks + ' text=' + text);
        });
        const pre = document.createElement('pre'); pre.id = 'probe'; pre.textContent = out.join(';'); document.body.appendChild(pre);
        </script>
        """
        html = html.replacingOccurrences(of: "</body>", with: probe + "</body>")
        let page = dir.appendingPathComponent("report.html")
        try html.write(to: page, atomically: true, encoding: .utf8)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.chromium!)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                             "--user-data-dir=\(dir.appendingPathComponent("profile").path)", "--window-size=900,1600",
                             "--dump-dom", page.absoluteString]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let dom = String(decoding: data, as: UTF8.self)
        guard let start = dom.range(of: "<pre id=\"probe\">"), let end = dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex) else {
            Issue.record("no probe output from chromium (exit \(process.terminationStatus))")
            return
        }
        let charts = dom[start.upperBound..<end.lowerBound].split(separator: ";").map(String.init)
        #expect(charts.count == 4)
        for chart in charts {
            let fields = chart.split(separator: " ")
            let size = fields[2].split(separator: "x").compactMap { Int($0) }
            let marks = Int(fields[3].dropFirst("marks=".count)) ?? 0, text = Int(fields[4].dropFirst("text=".count)) ?? 0
            #expect(size.count == 2 && size[0] >= 700 && size[1] >= 60, "\(chart)")
            #expect(marks >= 2 && text >= 3, "\(chart)")
        }
        // The hostile text stayed text: the DOM has no element Chromium built from it.
        #expect(!dom.contains("<img"))
    }
}
