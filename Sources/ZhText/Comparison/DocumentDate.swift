/// The date of a document, as precise as its source says: a year (`2025`), a month (`2025-03`) or a day
/// (`2025-03-05`). Times of day are not kept (periods are never finer than a day).
public struct DocumentDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// How much of the date is known.
    public enum Precision: Int, Sendable, Comparable, CaseIterable {
        case year, month, day
        public static func < (a: Precision, b: Precision) -> Bool { a.rawValue < b.rawValue }
    }

    /// The year.
    public let year: Int
    /// 1…12, or `nil` when only the year is known.
    public let month: Int?
    /// 1…31 (valid for the month), or `nil` when only the year or month is known.
    public let day: Int?

    /// Years accepted anywhere (a four-digit number outside this range is not taken for a year).
    public static let plausibleYears = 1900...2100

    /// A date, or `nil` when the fields do not make a calendar date (2025-02-30, month 13, a day without a month).
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard Self.plausibleYears.contains(year) else { return nil }
        if let month, !(1...12).contains(month) { return nil }
        if let day {
            guard let month, day >= 1, day <= Self.daysIn(month: month, year: year) else { return nil }
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// How much of the date is known.
    public var precision: Precision { day != nil ? .day : (month != nil ? .month : .year) }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public var description: String {
        var s = String(year)
        if let month { s += "-" + Self.pad2(month) }
        if let day { s += "-" + Self.pad2(day) }
        return s
    }

    /// Earlier first; a less precise date sorts before the more precise dates it contains (2025 < 2025-01 < 2025-01-01).
    public static func < (a: DocumentDate, b: DocumentDate) -> Bool {
        (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
    }

    /// Days since 1970-01-01 of the date's first day (proleptic Gregorian).
    public var dayNumber: Int { Self.dayNumber(year: year, month: month ?? 1, day: day ?? 1) }

    /// `n` with at least two digits (`3` → `03`).
    public static func pad2(_ n: Int) -> String { n < 10 ? "0" + String(n) : String(n) }

    static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    public static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The civil date of a day number (inverse of ``dayNumber``).
    public static func civil(dayNumber z0: Int) -> (year: Int, month: Int, day: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
