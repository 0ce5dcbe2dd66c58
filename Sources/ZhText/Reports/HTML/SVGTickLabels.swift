/// Chooses which periods get a label on a time axis so that labels never overlap.
enum SVGTickLabels {
    /// Periods at least `spacing` apart (in x), from the left; the last period always gets its label (replacing
    /// the one before it when they would overlap).
    static func pick(_ periods: [Period], x: (Period) -> Double, spacing: Double) -> [Period] {
        var shown: [Period] = []
        for p in periods where shown.last.map({ x(p) - x($0) >= spacing }) ?? true { shown.append(p) }
        if let last = periods.last, shown.last != last {
            if let prev = shown.last, x(last) - x(prev) < spacing { shown.removeLast() }
            shown.append(last)
        }
        return shown
    }
}
