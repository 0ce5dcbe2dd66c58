import Testing
import ZhText
@testable import ZhTextServe

/// A click on a chart point asks KWIC for the documents of that period: the conditions must select exactly them.
@Suite struct PeriodConditionsTests {
    static let cases: [(label: String, grouping: CorpusGrouping, conditions: [String], why: String)] = [
        ("2024", .period(.year), ["date=2024"], "a year: date= compares at the year's precision"),
        ("2024-03", .period(.month), ["date=2024-03"], "a month"),
        ("2024-03-05", .period(.day), ["date=2024-03-05"], "a day"),
        ("2024-Q2", .period(.quarter), ["date>=2024-04", "date<=2024-06"], "Q2 is April to June"),
        ("2025-W01", .period(.week), ["date>=2024-12-30", "date<=2025-01-05"], "ISO week 1 of 2025 starts on Monday 30 December 2024"),
        ("2020-W53", .period(.week), ["date>=2020-12-28", "date<=2021-01-03"], "2020 has a week 53"),
        ("市报", .field("source"), ["source=市报"], "a field value"),
        ("第一批", .period(.label), ["label=第一批"], "a manifest label"),
        ("nonsense", .period(.quarter), [], "an unreadable quarter selects nothing rather than everything wrongly"),
    ]

    @Test(arguments: cases) func conditions(_ c: (label: String, grouping: CorpusGrouping, conditions: [String], why: String)) {
        #expect(PeriodConditions.conditions(label: c.label, grouping: c.grouping) == c.conditions, "\(c.why)")
    }

    /// Every day of three years: the week conditions select exactly the days that fall in that ISO week.
    @Test func weekConditionsAgreeWithTheGrouping() throws {
        for day in DocumentDate.dayNumber(year: 2019, month: 12, day: 20)...DocumentDate.dayNumber(year: 2022, month: 1, day: 10) {
            let c = DocumentDate.civil(dayNumber: day)
            let date = try #require(DateParsing.parse("\(c.year)-\(DocumentDate.pad2(c.month))-\(DocumentDate.pad2(c.day))"))
            let period = try #require(PeriodUnit.week.period(of: date))
            let record = DocumentRecord(id: "x", file: "x", date: date, dateSource: nil, hash: "", characters: 1)
            let filter = try DocumentFilter(parsing: PeriodConditions.conditions(label: period.label, grouping: .period(.week)))
            #expect(filter.accepts(record), "\(date) in \(period.label)")
        }
    }
}
