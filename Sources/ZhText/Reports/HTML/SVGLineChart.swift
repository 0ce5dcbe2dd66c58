/// A line chart of term frequencies over periods, as inline SVG (no script, no external resources).
public struct SVGLineChart: Sendable {
    /// One line: a name and a value per period (same order as ``periods``).
    public struct Series: Sendable, Equatable {
        /// The line's name (shown in the legend).
        public var name: String
        /// One value per period.
        public var values: [Double]
        /// A line named `name`.
        public init(name: String, values: [Double]) { self.name = name; self.values = values }
    }

    /// The periods of the x axis, in time order.
    public var periods: [Period]
    /// The lines.
    public var series: [Series]
    /// The y axis's caption.
    public var yLabel: String
    /// Width of the drawing, in SVG user units.
    public var width = 760.0
    /// Height of the drawing, in SVG user units.
    public var height = 340.0
    /// Optional link of each point (`links[series][period]`, already a URL): a point becomes a link to it (the
    /// server links a point to the KWIC lines of its period).
    public var links: [[String?]]? = nil

    /// A chart of `series` over `periods`.
    public init(periods: [Period], series: [Series], yLabel: String = "per 10,000 characters") {
        self.periods = periods
        self.series = series
        self.yLabel = yLabel
    }

    /// Colours for the lines, in order (repeat after ten).
    public static let palette = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f"]

    /// The `<svg>` element. x positions follow the periods' ordinals, so gaps in time show as gaps.
    public func render() -> String {
        let e = HTMLEscaping.coordinate
        // The legend is as wide as its longest name (never clipped); the drawing grows instead of the plot shrinking.
        let legendW = series.map { SVGText.width(of: $0.name) }.max() ?? 0
        let right = max(170.0, 32 + legendW + 8)
        let width = self.width + (right - 170)
        let left = 56.0, top = 16.0, bottom = 44.0
        let plotW = width - left - right, plotH = height - top - bottom
        let minX = Double(periods.map(\.ordinal).min() ?? 0), maxX = Double(periods.map(\.ordinal).max() ?? 1)
        let spanX = max(maxX - minX, 1)
        let maxY = niceCeiling(series.flatMap(\.values).max() ?? 0)
        func x(_ p: Period) -> Double { left + (Double(p.ordinal) - minX) / spanX * plotW }
        func y(_ v: Double) -> Double { top + plotH - (maxY > 0 ? v / maxY : 0) * plotH }
        var s = "<svg class=\"chart line-chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(e(width))\" height=\"\(e(height))\" viewBox=\"0 0 \(e(width)) \(e(height))\" role=\"img\">\n"
        // Grid and y ticks.
        for k in 0...4 {
            let v = maxY * Double(k) / 4
            s += "<line class=\"grid\" x1=\"\(e(left))\" y1=\"\(e(y(v)))\" x2=\"\(e(left + plotW))\" y2=\"\(e(y(v)))\"/>"
            s += "<text class=\"tick\" x=\"\(e(left - 6))\" y=\"\(e(y(v) + 4))\" text-anchor=\"end\">\(tickLabel(v))</text>\n"
        }
        s += "<text class=\"axis-label\" x=\"12\" y=\"\(e(top + plotH / 2))\" transform=\"rotate(-90 12 \(e(top + plotH / 2)))\" text-anchor=\"middle\">\(HTMLEscaping.escape(yLabel))</text>\n"
        // x ticks: at most about ten labels.
        for p in SVGTickLabels.pick(periods, x: x, spacing: 52) {
            s += "<text class=\"tick\" x=\"\(e(x(p)))\" y=\"\(e(top + plotH + 18))\" text-anchor=\"middle\">\(HTMLEscaping.escape(p.label))</text>"
        }
        s += "\n<line class=\"axis\" x1=\"\(e(left))\" y1=\"\(e(top + plotH))\" x2=\"\(e(left + plotW))\" y2=\"\(e(top + plotH))\"/>\n"
        for (k, line) in series.enumerated() {
            let colour = Self.palette[k % Self.palette.count]
            // One polyline per run of adjacent periods: a period without documents (1961–63 in a yearly series) is a
            // gap in the line, not a line drawn across it.
            for run in Self.runs(of: periods) {
                let points = run.map { "\(e(x(periods[$0]))),\(e(y(line.values[$0])))" }.joined(separator: " ")
                if run.count == 1 {
                    let i = run[0]
                    s += "<circle class=\"single\" cx=\"\(e(x(periods[i])))\" cy=\"\(e(y(line.values[i])))\" r=\"2.5\" fill=\"\(colour)\"/>"
                } else {
                    s += "<polyline class=\"series\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\" points=\"\(points)\"><title>\(HTMLEscaping.escape(line.name))</title></polyline>\n"
                }
            }
            for (i, (p, v)) in zip(periods, line.values).enumerated() where v > 0 {
                let circle = "<circle cx=\"\(e(x(p)))\" cy=\"\(e(y(v)))\" r=\"2.5\" fill=\"\(colour)\"><title>\(HTMLEscaping.escape(line.name)) \(HTMLEscaping.escape(p.label)): \(tickLabel(v))</title></circle>"
                if let links, k < links.count, i < links[k].count, let href = links[k][i] {
                    s += "<a href=\"\(HTMLEscaping.escape(href))\">\(circle)</a>"
                } else {
                    s += circle
                }
            }
            let ly = top + 8 + Double(k) * 18
            s += "\n<rect x=\"\(e(width - right + 14))\" y=\"\(e(ly - 9))\" width=\"12\" height=\"12\" fill=\"\(colour)\"/>"
            s += "<text class=\"legend\" x=\"\(e(width - right + 32))\" y=\"\(e(ly + 1))\">\(HTMLEscaping.escape(line.name))</text>\n"
        }
        s += "</svg>"
        return s
    }

    /// Index runs of `periods` whose ordinals follow one another (periods are in time order).
    static func runs(of periods: [Period]) -> [[Int]] {
        var runs: [[Int]] = []
        for i in periods.indices {
            if i > 0, periods[i].ordinal == periods[i - 1].ordinal + 1 { runs[runs.count - 1].append(i) } else { runs.append([i]) }
        }
        return runs
    }

    private func tickLabel(_ v: Double) -> String {
        v >= 10 || v == 0 ? String(Int(v.rounded())) : String((v * 100).rounded() / 100)
    }

    /// A round number at or above `v` (1, 2, 2.5, 5 × 10ⁿ).
    func niceCeiling(_ v: Double) -> Double {
        guard v > 0, v.isFinite else { return 1 }
        var magnitude = 1.0
        while magnitude * 10 <= v { magnitude *= 10 }
        while magnitude > v { magnitude /= 10 }
        for m in [1.0, 2.0, 2.5, 5.0, 10.0] where m * magnitude >= v { return m * magnitude }
        return 10 * magnitude
    }
}
