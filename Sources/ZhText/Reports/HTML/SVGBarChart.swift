/// Horizontal bars around zero (keyness: positive to the right, negative to the left), as inline SVG.
public struct SVGBarChart: Sendable {
    /// One bar.
    public struct Bar: Sendable, Equatable {
        /// The label shown beside the bar.
        public var name: String
        /// Its value: positive bars go right, negative left.
        public var value: Double
        /// A bar named `name`.
        public init(name: String, value: Double) { self.name = name; self.value = value }
    }

    /// Bars in display order.
    public var bars: [Bar]
    /// Caption of the negative side.
    public var negativeLabel: String
    /// Caption of the positive side.
    public var positiveLabel: String
    /// Width of the drawing, in SVG user units.
    public var width = 760.0
    /// Optional link of each bar (already a URL): the bar and its name become a link to it.
    public var links: [String?]? = nil

    /// A chart of `bars`, with captions for the two sides.
    public init(bars: [Bar], negativeLabel: String, positiveLabel: String) {
        self.bars = bars
        self.negativeLabel = negativeLabel
        self.positiveLabel = positiveLabel
    }

    /// The `<svg>` element.
    public func render() -> String {
        let e = HTMLEscaping.coordinate
        // Names sit beside the axis on the other side of their bar: each side is as wide as its longest name.
        let nameW = bars.map { SVGText.width(of: $0.name) }.max() ?? 0
        let labelW = max(150.0, nameW + 16)
        let width = self.width + 2 * (labelW - 150)
        let top = 28.0, row = 20.0
        let height = top + Double(bars.count) * row + 12
        let mid = width / 2, half = width / 2 - labelW - 10
        let scale = bars.map { abs($0.value) }.filter(\.isFinite).max() ?? 1
        var s = "<svg class=\"chart bars\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(e(width))\" height=\"\(e(height))\" viewBox=\"0 0 \(e(width)) \(e(height))\" role=\"img\">\n"
        s += "<text class=\"axis-label\" x=\"\(e(mid - 8))\" y=\"14\" text-anchor=\"end\">← \(HTMLEscaping.escape(negativeLabel))</text>"
        s += "<text class=\"axis-label\" x=\"\(e(mid + 8))\" y=\"14\">\(HTMLEscaping.escape(positiveLabel)) →</text>\n"
        for (k, bar) in bars.enumerated() {
            let y = top + Double(k) * row
            let len = scale > 0 && bar.value.isFinite ? abs(bar.value) / scale * half : 0
            let x0 = bar.value >= 0 ? mid : mid - len
            let colour = bar.value >= 0 ? "#2171b5" : "#cb181d"
            let href = links.flatMap { k < $0.count ? $0[k] : nil }
            if let href { s += "<a href=\"\(HTMLEscaping.escape(href))\">" }
            s += "<rect x=\"\(e(x0))\" y=\"\(e(y))\" width=\"\(e(max(len, 1)))\" height=\"\(e(row - 5))\" fill=\"\(colour)\"><title>\(HTMLEscaping.escape(bar.name)): \(e(bar.value))</title></rect>"
            let tx = bar.value >= 0 ? mid - 6 : mid + 6
            s += "<text class=\"legend\" x=\"\(e(tx))\" y=\"\(e(y + row - 9))\" text-anchor=\"\(bar.value >= 0 ? "end" : "start")\">\(HTMLEscaping.escape(bar.name))</text>"
            let vx = bar.value >= 0 ? x0 + len + 4 : x0 - 4
            s += "<text class=\"tick\" x=\"\(e(vx))\" y=\"\(e(y + row - 9))\" text-anchor=\"\(bar.value >= 0 ? "start" : "end")\">\(e(bar.value))</text>"
            s += href == nil ? "\n" : "</a>\n"
        }
        s += "<line class=\"axis\" x1=\"\(e(mid))\" y1=\"\(e(top - 4))\" x2=\"\(e(mid))\" y2=\"\(e(height - 8))\"/>\n</svg>"
        return s
    }
}
