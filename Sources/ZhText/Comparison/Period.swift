/// How documents are grouped in time.
public enum PeriodUnit: String, Sendable, CaseIterable, Equatable {
    case year, quarter, month, week, day, label

    /// The date precision a document needs to fall into a period of this unit.
    public var requiredPrecision: DocumentDate.Precision? {
        switch self {
        case .year: return .year
        case .quarter, .month: return .month
        case .week, .day: return .day
        case .label: return nil
        }
    }

    /// The period containing `date`, or `nil` when the date is not precise enough (a year-only date by month).
    /// Labels: `YYYY`, `YYYY-Qn`, `YYYY-MM`, ISO 8601 week `YYYY-Www` (weeks start on Monday; week 1 holds the
    /// year's first Thursday, so 2024-12-30 is in `2025-W01` and 2021-01-03 in `2020-W53`), `YYYY-MM-DD`.
    /// Not for ``label`` (see ``Period/label(_:index:)``).
    public func period(of date: DocumentDate) -> Period? {
        if let need = requiredPrecision, date.precision < need { return nil }
        switch self {
        case .year:
            return Period(label: String(date.year), ordinal: date.year)
        case .quarter:
            let q = (date.month! - 1) / 3 + 1
            return Period(label: "\(date.year)-Q\(q)", ordinal: date.year * 4 + q - 1)
        case .month:
            return Period(label: "\(date.year)-\(DocumentDate.pad2(date.month!))", ordinal: date.year * 12 + date.month! - 1)
        case .week:
            let (isoYear, week, monday) = Self.isoWeek(dayNumber: date.dayNumber)
            return Period(label: "\(isoYear)-W\(DocumentDate.pad2(week))", ordinal: monday / 7)
        case .day:
            return Period(label: date.description, ordinal: date.dayNumber)
        case .label:
            return nil
        }
    }

    /// ISO 8601 week of a day number: (ISO year, week 1…53, day number of that week's Monday).
    static func isoWeek(dayNumber n: Int) -> (year: Int, week: Int, monday: Int) {
        // 1970-01-01 was a Thursday; weekday 0 = Monday.
        let weekday = ((n + 3) % 7 + 7) % 7
        let monday = n - weekday
        let thursday = monday + 3
        let isoYear = DocumentDate.civil(dayNumber: thursday).year
        let firstThursdayWeekMonday: Int = {
            let jan4 = DocumentDate.dayNumber(year: isoYear, month: 1, day: 4)
            return jan4 - ((jan4 + 3) % 7 + 7) % 7
        }()
        return (isoYear, (monday - firstThursdayWeekMonday) / 7 + 1, monday)
    }
}

/// One period of a dated corpus: its label and its position on the time axis.
public struct Period: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// `2025`, `2025-Q1`, `2025-03`, `2025-W10`, `2025-03-05`, or a label as given.
    public let label: String
    /// Position on the time axis in the unit's own steps (years, quarters, months, weeks, days; labels: order of
    /// first appearance). Trend slopes are per step, and gaps between periods count.
    public let ordinal: Int

    /// A period with its label and position on the time axis.
    public init(label: String, ordinal: Int) {
        self.label = label
        self.ordinal = ordinal
    }

    /// A `--by label` period: the label as given, ordered by first appearance.
    public static func label(_ label: String, index: Int) -> Period { Period(label: label, ordinal: index) }

    /// The label.
    public var description: String { label }

    public static func < (a: Period, b: Period) -> Bool { (a.ordinal, a.label) < (b.ordinal, b.label) }
}
