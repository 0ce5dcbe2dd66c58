/// Joins a number with the unit after it, the way Chinese word-segmentation standards (PKU, MSR) write dates,
/// times and magnitudes: `2001年`, `12月`, `31日`, `10时`, `3.5亿`, `100万`.
///
/// A year needs four digits (`5年` is a duration and stays two tokens), a month 1–12, a day 1–31, an hour 0–24,
/// a minute or second 0–59; magnitudes (`万`, `亿`, `千`, `百`, `万亿`) join any number.
enum NumberUnits {
    enum Unit { case year, month, day, hour, minute, magnitude }

    static let units: [String: Unit] = [
        "年": .year, "月": .month, "月份": .month, "日": .day, "号": .day, "时": .hour, "点": .hour,
        "分": .minute, "秒": .minute, "万": .magnitude, "亿": .magnitude, "千": .magnitude, "百": .magnitude,
        "万亿": .magnitude, "千万": .magnitude, "百万": .magnitude, "亿万": .magnitude,
    ]

    static func merge(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ spans: inout [TokenSpan], from first: Int) {
        guard spans.count - first >= 2 else { return }
        var result: [TokenSpan] = []
        var i = first
        var changed = false
        while i < spans.count {
            let a = spans[i]
            if a.kind == .number, i + 1 < spans.count, spans[i + 1].kind == .han, spans[i + 1].range.count <= 2,
               let unit = units[String(String.UnicodeScalarView(s[spans[i + 1].range]))],
               accepts(unit, s[a.range]) {
                result.append(TokenSpan(range: a.range.lowerBound..<spans[i + 1].range.upperBound, kind: .number,
                                        pos: unit == .magnitude ? "m" : "t"))
                i += 2
                changed = true
                continue
            }
            result.append(a)
            i += 1
        }
        if changed { spans.replaceSubrange(first..., with: result) }
    }

    static func accepts(_ unit: Unit, _ number: Slice<UnsafeBufferPointer<Unicode.Scalar>>) -> Bool {
        guard let last = number.last, Atomizer.isDigit(last.value) else { return false }
        let digitsOnly = number.allSatisfy { Atomizer.isDigit($0.value) }
        func value() -> Int? { digitsOnly && number.count <= 6 ? Int(String(String.UnicodeScalarView(number))) : nil }
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
