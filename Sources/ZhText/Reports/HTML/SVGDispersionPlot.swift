/// A dispersion plot (AntConc's Plot): for each term, one strip per document, as long as the strip's width whatever
/// the document's length, with a tick at each hit's relative position. Inline SVG, self-contained.
public struct SVGDispersionPlot: Sendable {
    /// The result to draw (its documents and their hits).
    public var dispersion: Dispersion
    /// Width of the drawing, in SVG user units.
    public var width = 760.0

    /// A plot of every term and document of `dispersion`.
    public init(_ dispersion: Dispersion) { self.dispersion = dispersion }

    /// The `<svg>` element (with the XML namespace, so it is also a standalone SVG file).
    /// - Complexity: O(documents × terms + hits).
    public func render() -> String {
        let e = HTMLEscaping.coordinate, h = HTMLEscaping.escape
        let left = 200.0, right = 60.0, strip = 14.0, gap = 6.0, heading = 24.0
        let plotW = width - left - right
        let docs = dispersion.documents
        let blockH = heading + Double(docs.count) * (strip + gap)
        let height = max(Double(dispersion.terms.count) * blockH + 10, 30)
        var s = "<svg class=\"chart dispersion\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(e(width))\" height=\"\(e(height))\" viewBox=\"0 0 \(e(width)) \(e(height))\" role=\"img\">\n"
        s += "<title>Dispersion plot: \(h(dispersion.terms.joined(separator: ", ")))</title>\n"
        for (t, term) in dispersion.terms.enumerated() {
            let top = Double(t) * blockH
            let total = docs.reduce(0) { $0 + $1.hits[t].count }
            s += "<text class=\"legend\" x=\"0\" y=\"\(e(top + 16))\" font-weight=\"bold\">\(h(term)) (\(total))</text>\n"
            for (k, d) in docs.enumerated() {
                let y = top + heading + Double(k) * (strip + gap)
                s += "<g class=\"strip\"><text class=\"tick\" x=\"\(e(left - 8))\" y=\"\(e(y + strip - 3))\" text-anchor=\"end\">\(h(Self.shortName(d.name)))<title>\(h(d.name))</title></text>"
                s += "<rect x=\"\(e(left))\" y=\"\(e(y))\" width=\"\(e(plotW))\" height=\"\(e(strip))\" fill=\"#f7f7f7\" stroke=\"#bbb\" stroke-width=\"1\"/>"
                let len = Double(max(d.length, 1))
                for start in d.hits[t] {
                    let x = left + Double(start) / len * plotW
                    s += "<line x1=\"\(e(x))\" y1=\"\(e(y + 1))\" x2=\"\(e(x))\" y2=\"\(e(y + strip - 1))\" stroke=\"#08519c\" stroke-width=\"1\"/>"
                }
                s += "<text class=\"tick\" x=\"\(e(left + plotW + 6))\" y=\"\(e(y + strip - 3))\">\(d.hits[t].count)</text></g>\n"
            }
        }
        s += "</svg>"
        return s
    }

    /// The last path component, shortened to 28 characters (the full name is in the label's tooltip).
    static func shortName(_ name: String) -> String {
        let last = name.split(separator: "/").last.map(String.init) ?? name
        return last.count > 28 ? "…" + String(last.suffix(27)) : last
    }
}
