/// Text measurement for SVG layout without a font engine: the charts' 12-pixel labels take about 12 units per
/// wide (CJK) character and 7 per narrow one, so margins sized with this never clip a label.
enum SVGText {
    /// Width of `text` in SVG user units at the charts' label size (an overestimate rather than an underestimate).
    static func width(of text: String) -> Double { Double(DisplayWidth.of(text)) * 6.5 + 4 }
}
