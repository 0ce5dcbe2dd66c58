/// Joins a number with the unit after it, the way Chinese word-segmentation standards (PKU, MSR) write dates,
/// times and magnitudes: `2001年`, `12月`, `31日`, `10时`, `3.5亿`, `100万`.
///
/// A year needs four digits (`5年` is a duration and stays two tokens), a month 1–12, a day 1–31, an hour 0–24,
/// a minute or second 0–59; magnitudes (`万`, `亿`, `千`, `百`, `万亿`) join any number, and a lexicon word that
/// starts with a unit (`万`, `亿`, `年`, `月`, `日`, `号`) after a number gives that character to the number when the
/// number fits it (`3.5亿元` → `3.5亿 元`, `31日电` → `31日 电`).
enum NumberUnits {
    enum Unit { case year, month, day, hour, minute, magnitude }

    /// The unit spelled by `s[range]` (one or two Han characters), or `nil`.
    static func unit(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> Unit? {
        let first = s[range.lowerBound]
        if range.count == 1 {
            switch first {
            case "年": return .year
            case "月": return .month
            case "日", "号": return .day
            case "时", "点": return .hour
            case "分", "秒": return .minute
            case "万", "亿", "千", "百": return .magnitude
            default: return nil
            }
        }
        guard range.count == 2 else { return nil }
        switch (first, s[range.lowerBound + 1]) {
        case ("月", "份"): return .month
        case ("万", "亿"), ("千", "万"), ("百", "万"), ("亿", "万"): return .magnitude
        default: return nil
        }
    }

    /// Joins numbers and units in `spans[first...]`; `pos` gives the part of speech of a word cut off a magnitude.
    static func merge(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ spans: inout [TokenSpan], from first: Int,
                      pos: (Range<Int>) -> String?) {
        var i = first
        var w = first
        while i < spans.count {
            let a = spans[i]
            if a.kind == .number, i + 1 < spans.count, spans[i + 1].kind == .han, spans[i + 1].range.count <= 2,
               let unit = unit(s, spans[i + 1].range), accepts(unit, s[a.range]) {
                spans[w] = TokenSpan(range: a.range.lowerBound..<spans[i + 1].range.upperBound, kind: .number,
                                     pos: unit == .magnitude ? "m" : "t")
                i += 2
            } else if a.kind == .number, i + 1 < spans.count, spans[i + 1].kind == .han, spans[i + 1].range.count >= 2,
                      let unit = leadingUnit(s[spans[i + 1].range.lowerBound]), accepts(unit, s[a.range]) {
                // A lexicon word that starts with the unit (亿元, 万人, 日电, 日起): the unit goes to the number.
                let b = spans[i + 1].range
                let two = b.count > 2 && NumberUnits.unit(s, b.lowerBound..<(b.lowerBound + 2)) == .magnitude  // 万亿美元 → 万亿
                let cut = b.lowerBound + (two ? 2 : 1)
                spans[w] = TokenSpan(range: a.range.lowerBound..<cut, kind: .number, pos: unit == .magnitude ? "m" : "t")
                let rest = cut..<spans[i + 1].range.upperBound
                spans[i + 1] = TokenSpan(range: rest, kind: .han, pos: pos(rest) ?? "x")
                i += 1
            } else {
                if w != i { spans[w] = a }
                i += 1
            }
            w += 1
        }
        spans.removeSubrange(w...)
    }

    /// Units that may be cut off the front of a following lexicon word (not 时/分/秒: 分钟, 时间 are words).
    static func leadingUnit(_ c: Unicode.Scalar) -> Unit? {
        switch c {
        case "年": return .year
        case "月": return .month
        case "日", "号": return .day
        case "万", "亿": return .magnitude
        default: return nil
        }
    }

    static func accepts(_ unit: Unit, _ number: Slice<UnsafeBufferPointer<Unicode.Scalar>>) -> Bool {
        guard let last = number.last, Atomizer.isDigit(last.value) else { return false }
        let digitsOnly = number.allSatisfy { Atomizer.isDigit($0.value) }
        func value() -> Int? { digitsOnly && number.count <= 6 ? Int(String(scalars: number)) : nil }
        switch unit {
        case .year: return digitsOnly && number.count == 4
        case .month: return value().map { (1...12).contains($0) } ?? false
        case .day: return value().map { (1...31).contains($0) } ?? false
        case .hour: return value().map { (0...24).contains($0) } ?? false
        case .minute: return value().map { (0...59).contains($0) } ?? false
        case .magnitude: return number.allSatisfy { Atomizer.isDigit($0.value) || $0 == "." || $0 == "," }
        }
    }
}
