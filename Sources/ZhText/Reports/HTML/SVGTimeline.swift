/// A first-seen timeline: one row per formulation, a dot at the period it first appeared and a bar to the period
/// it was last seen, as inline SVG.
public struct SVGTimeline: Sendable {
    /// One formulation's row.
    public struct Entry: Sendable, Equatable {
        /// The formulation.
        public var name: String
        /// The period it was first seen.
        public var first: Period
        /// The period it was last seen.
        public var last: Period
        /// A row from `first` to `last`.
        public init(name: String, first: Period, last: Period) { self.name = name; self.first = first; self.last = last }
    }

    /// The periods of the time axis, in order.
    public var periods: [Period]
    /// Entries in display order (the caller sorts them, usually by first-seen period).
    public var entries: [Entry]
    /// Width of the drawing, in SVG user units.
    public var width = 760.0

    /// A timeline over `periods`.
    public init(periods: [Period], entries: [Entry]) {
        self.periods = periods
        self.entries = entries
    }

    /// The `<svg>` element.
    public func render() -> String {
        let e = HTMLEscaping.coordinate
        // Names are right-aligned before the plot: the margin is as wide as the longest (never clipped).
        let nameW = entries.map { SVGText.width(of: $0.name) }.max() ?? 0
        let left = max(170.0, nameW + 20), right = 50.0, top = 10.0, row = 22.0
        let width = self.width + (left - 170)
        let height = top + Double(entries.count) * row + 40
        let plotW = width - left - right
        let minX = Double(periods.map(\.ordinal).min() ?? 0), maxX = Double(periods.map(\.ordinal).max() ?? 1)
        let spanX = max(maxX - minX, 1)
        func x(_ p: Period) -> Double { left + (Double(p.ordinal) - minX) / spanX * plotW }
        var s = "<svg class=\"chart timeline\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(e(width))\" height=\"\(e(height))\" viewBox=\"0 0 \(e(width)) \(e(height))\" role=\"img\">\n"
        for (k, entry) in entries.enumerated() {
            let y = top + Double(k) * row + row / 2
            s += "<text class=\"legend\" x=\"\(e(left - 10))\" y=\"\(e(y + 4))\" text-anchor=\"end\">\(HTMLEscaping.escape(entry.name))</text>"
            s += "<line class=\"span\" x1=\"\(e(x(entry.first)))\" y1=\"\(e(y))\" x2=\"\(e(max(x(entry.last), x(entry.first) + 1)))\" y2=\"\(e(y))\" stroke=\"#9ecae1\" stroke-width=\"6\"/>"
            s += "<circle cx=\"\(e(x(entry.first)))\" cy=\"\(e(y))\" r=\"5\" fill=\"#08519c\"><title>\(HTMLEscaping.escape(entry.name)): \(HTMLEscaping.escape(entry.first.label))–\(HTMLEscaping.escape(entry.last.label))</title></circle>"
            s += "<text class=\"tick\" x=\"\(e(x(entry.first) + 8))\" y=\"\(e(y - 6))\">\(HTMLEscaping.escape(entry.first.label))</text>\n"
        }
        let axisY = top + Double(entries.count) * row + 8
        s += "<line class=\"axis\" x1=\"\(e(left))\" y1=\"\(e(axisY))\" x2=\"\(e(left + plotW))\" y2=\"\(e(axisY))\"/>"
        for p in SVGTickLabels.pick(periods, x: x, spacing: 52) {
            s += "<text class=\"tick\" x=\"\(e(x(p)))\" y=\"\(e(axisY + 18))\" text-anchor=\"middle\">\(HTMLEscaping.escape(p.label))</text>"
        }
        s += "\n</svg>"
        return s
    }
}
