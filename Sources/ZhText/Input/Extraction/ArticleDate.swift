/// A publish date (and time when known), in Beijing time.
public struct ArticleDate: Sendable, Equatable, Comparable {
    /// The calendar date (month 1–12, day 1–31).
    public var year: Int, month: Int, day: Int
    /// The time of day, when known (24-hour clock).
    public var hour: Int?, minute: Int?, second: Int?

    /// A date, with a time of day when known.
    public init(year: Int, month: Int, day: Int, hour: Int? = nil, minute: Int? = nil, second: Int? = nil) {
        self.year = year; self.month = month; self.day = day
        self.hour = hour; self.minute = minute; self.second = second
    }

    /// Whether a time of day is known.
    public var hasTime: Bool { hour != nil }

    /// `YYYY-MM-DD HH:MM:SS`, or `YYYY-MM-DD` without a time.
    public var formatted: String {
        var s = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
        if let hour { s += " " + pad(hour, 2) + ":" + pad(minute ?? 0, 2) + ":" + pad(second ?? 0, 2) }
        return s
    }

    public static func < (a: ArticleDate, b: ArticleDate) -> Bool { a.formatted < b.formatted }

    private func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    /// Whether the fields describe a real calendar date and time.
    var isValid: Bool {
        guard (1990...2100).contains(year), (1...12).contains(month), day >= 1, day <= DocumentDate.daysIn(month: month, year: year) else { return false }
        if let hour, !(0...23).contains(hour) { return false }
        if let minute, !(0...59).contains(minute) { return false }
        if let second, !(0...60).contains(second) { return false }
        return true
    }

    /// The date-time `seconds` after 1970-01-01 00:00 UTC, in Beijing time (UTC+8).
    public init?(unixSeconds seconds: Int) {
        guard seconds > 0 else { return nil }
        let local = seconds + 8 * 3600
        let (days, rest) = (local / 86400, local % 86400)
        let (y, m, d) = DocumentDate.civil(dayNumber: days)
        self.init(year: y, month: m, day: d, hour: rest / 3600, minute: rest % 3600 / 60, second: rest % 60)
        guard isValid else { return nil }
    }

    /// Shifts a date-time stated at UTC offset `offsetMinutes` to Beijing time.
    func converted(fromOffsetMinutes offsetMinutes: Int) -> ArticleDate {
        guard let hour, offsetMinutes != 8 * 60 else { return self }
        let days = DocumentDate.dayNumber(year: year, month: month, day: day)
        let total = days * 86400 + hour * 3600 + (minute ?? 0) * 60 + (second ?? 0) - offsetMinutes * 60
        return ArticleDate(unixSeconds: total) ?? self
    }
}

/// A date found in running text, with its scalar range.
struct DateMatch: Sendable, Equatable {
    var date: ArticleDate
    var range: Range<Int>
}

/// Finds and parses publish dates: `2026-01-23 07:07:00`, `2026/1/23 7:07`, `2026年1月23日 07:07`, `2026.01.23`,
/// ISO 8601 with a zone (`2020-02-19T10:33:00+00:00`, converted to Beijing time) and Unix timestamps.
enum DateParser {
    /// Every date in `scalars`, in order.
    /// - Complexity: O(n).
    static func find(in scalars: [Unicode.Scalar]) -> [DateMatch] {
        var out: [DateMatch] = []
        var i = 0
        while i + 8 <= scalars.count {
            if isDigit(scalars[i]), i == 0 || !isDigit(scalars[i - 1]), let (match, end) = parse(scalars, at: i) {
                out.append(DateMatch(date: match, range: i..<end))
                i = end
            } else {
                i += 1
            }
        }
        return out
    }

    /// Parses a whole value (a meta tag's content, a JSON-LD field, a `<time datetime>`): a date as above, or a Unix
    /// timestamp in seconds or milliseconds.
    static func parseValue(_ value: String) -> ArticleDate? {
        let scalars = Array(value.unicodeScalars)
        let digits = scalars.filter(isDigit).count
        if digits == scalars.count, digits == 10 || digits == 13, let n = Int(value) {
            return ArticleDate(unixSeconds: digits == 13 ? n / 1000 : n)
        }
        var i = 0
        while i < scalars.count, !isDigit(scalars[i]) { i += 1 }
        guard i < scalars.count else { return nil }
        if let (date, _) = parse(scalars, at: i) { return date }
        // Compact forms: 20200219 or 20200219103300.
        let compact = scalars[i...].prefix { isDigit($0) }
        if compact.count == 8 || compact.count == 14 {
            let n = compact.map { Int($0.value - 48) }
            func num(_ a: Int, _ b: Int) -> Int { n[a..<b].reduce(0) { $0 * 10 + $1 } }
            var d = ArticleDate(year: num(0, 4), month: num(4, 6), day: num(6, 8))
            if compact.count == 14 { d.hour = num(8, 10); d.minute = num(10, 12); d.second = num(12, 14) }
            return d.isValid ? d : nil
        }
        return nil
    }

    /// Parses a date starting at `start`; returns it and the end of the match.
    static func parse(_ s: [Unicode.Scalar], at start: Int) -> (ArticleDate, Int)? {
        var i = start
        guard let year = number(s, &i, min: 4, max: 4), (1990...2100).contains(year), i < s.count else { return nil }
        // `2024 年 9 月 2 日`: one space around the Chinese units.
        func beforeUnit(_ unit: Unicode.Scalar) {
            if i + 1 < s.count, BodyBuilder.isSpace(s[i]), s[i + 1] == unit { i += 1 }
        }
        beforeUnit("年")
        let sep = s[i]
        let chinese = sep == "年"
        guard chinese || sep == "-" || sep == "/" || sep == "." || sep == "_" else { return nil }
        i += 1
        skipSpaces(s, &i, limit: chinese ? 1 : 0)
        guard let month = number(s, &i, min: 1, max: 2), i < s.count else { return nil }
        if chinese { beforeUnit("月") }
        if chinese { guard s[i] == "月" else { return nil } } else { guard s[i] == sep else { return nil } }
        i += 1
        skipSpaces(s, &i, limit: chinese ? 1 : 0)
        guard let day = number(s, &i, min: 1, max: 2) else { return nil }
        if chinese { beforeUnit("日") }
        if i < s.count, s[i] == "日" || s[i] == "号" { i += 1 } else if chinese { return nil } else if i < s.count, isDigit(s[i]) { return nil }
        var date = ArticleDate(year: year, month: month, day: day)
        guard date.isValid else { return nil }
        var end = i
        // Optional time.
        var j = i
        if j < s.count, s[j] == "T" { j += 1 } else { skipSpaces(s, &j, limit: 3) }
        if j < s.count, s[j] == "上" || s[j] == "下", j + 1 < s.count, s[j + 1] == "午" { j += 2 }
        if let hour = number(s, &j, min: 1, max: 2), j < s.count, s[j] == ":" || s[j] == "：" || s[j] == "时" || s[j] == "点" {
            j += 1
            if let minute = number(s, &j, min: 2, max: 2) {
                var second: Int?
                if j < s.count, s[j] == "分" { j += 1 }
                if j + 1 < s.count, s[j] == ":" || s[j] == "：", isDigit(s[j + 1]) {
                    j += 1
                    second = number(s, &j, min: 2, max: 2)
                    if j < s.count, s[j] == "." || s[j] == "," { j += 1; while j < s.count, isDigit(s[j]) { j += 1 } }
                } else if let sec = number(s, &j, min: 1, max: 2), j < s.count, s[j] == "秒" {
                    second = sec; j += 1
                }
                var timed = date
                timed.hour = hour; timed.minute = minute; timed.second = second
                if timed.isValid {
                    date = timed
                    end = j
                    if let (offset, zoneEnd) = zone(s, at: j) {
                        date = date.converted(fromOffsetMinutes: offset)
                        end = zoneEnd
                    }
                }
            }
        }
        return (date, end)
    }

    /// A year and month without a day at `start` (`2003年5月`, `1996年6月号`, `2003年5月份`): `YYYY-MM` and where it
    /// ends; `nil` when a day follows (that is a full date, ``parse(_:at:)``).
    static func parseMonth(_ s: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        var i = start
        guard let year = number(s, &i, min: 4, max: 4), (1900...2100).contains(year), i < s.count else { return nil }
        if i + 1 < s.count, BodyBuilder.isSpace(s[i]), s[i + 1] == "年" { i += 1 }
        guard s[i] == "年" else { return nil }
        i += 1
        skipSpaces(s, &i, limit: 1)
        guard let month = number(s, &i, min: 1, max: 2), (1...12).contains(month), i < s.count else { return nil }
        if i + 1 < s.count, BodyBuilder.isSpace(s[i]), s[i + 1] == "月" { i += 1 }
        guard s[i] == "月" else { return nil }
        i += 1
        if i < s.count, DateParser.isDigit(s[i]) { return nil }
        if i < s.count, s[i] == "号" || s[i] == "份" { i += 1 }
        let m = month < 10 ? "0\(month)" : "\(month)"
        return ("\(year)-\(m)", i)
    }

    /// Chinese numerals of dates: `〇` (and `○`, `零`) to `九`.
    static let chineseDigits: [Unicode.Scalar: Int] = ["〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4,
                                                        "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]

    /// A date written in Chinese numerals at `start`, as official documents sign (`二〇二四年三月五日`,
    /// `二○○三年五月`): `YYYY-MM-DD`, or `YYYY-MM` without a day, and where it ends.
    static func parseChinese(_ s: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        var i = start
        var year = 0
        while i < s.count, i - start < 4, let d = chineseDigits[s[i]] { year = year * 10 + d; i += 1 }
        guard i - start == 4, (1900...2100).contains(year), i < s.count, s[i] == "年" else { return nil }
        i += 1
        /// 一 … 九, 十, 十一 … 十九, 二十 … 三十一.
        func small(_ max: Int) -> Int? {
            var value = 0, seen = false
            if i < s.count, let d = chineseDigits[s[i]], d > 0 { value = d; seen = true; i += 1 }
            if i < s.count, s[i] == "十" {
                value = (seen ? value : 1) * 10; seen = true; i += 1
                if i < s.count, let d = chineseDigits[s[i]], d > 0 { value += d; i += 1 }
            }
            return seen && value >= 1 && value <= max ? value : nil
        }
        guard let month = small(12), i < s.count, s[i] == "月" else { return nil }
        i += 1
        let m = month < 10 ? "0\(month)" : "\(month)"
        let afterMonth = i
        if let day = small(31), i < s.count, s[i] == "日" || s[i] == "号",
           ArticleDate(year: year, month: month, day: day).isValid || year < 1990 && day <= DocumentDate.daysIn(month: month, year: year) {
            return ("\(year)-\(m)-\(day < 10 ? "0\(day)" : "\(day)")", i + 1)
        }
        return ("\(year)-\(m)", afterMonth)
    }

    /// A UTC offset (`Z`, `+08:00`, `+0800`) at `i`: minutes east of UTC, and where it ends.
    private static func zone(_ s: [Unicode.Scalar], at i: Int) -> (Int, Int)? {
        guard i < s.count else { return nil }
        if s[i] == "Z" { return (0, i + 1) }
        guard s[i] == "+" || s[i] == "-" else { return nil }
        var j = i + 1
        guard let h = number(s, &j, min: 2, max: 2) else { return nil }
        if j < s.count, s[j] == ":" { j += 1 }
        let m = number(s, &j, min: 2, max: 2) ?? 0
        let minutes = h * 60 + m
        return (s[i] == "+" ? minutes : -minutes, j)
    }

    private static func number(_ s: [Unicode.Scalar], _ i: inout Int, min: Int, max: Int) -> Int? {
        var j = i, value = 0
        while j < s.count, j - i < max, isDigit(s[j]) { value = value * 10 + Int(s[j].value - 48); j += 1 }
        guard j - i >= min else { return nil }
        if j - i == max, j < s.count, isDigit(s[j]) { return nil }
        i = j
        return value
    }

    private static func skipSpaces(_ s: [Unicode.Scalar], _ i: inout Int, limit: Int) {
        var n = 0
        while i < s.count, n < max(limit, 0), BodyBuilder.isSpace(s[i]) { i += 1; n += 1 }
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }
}
