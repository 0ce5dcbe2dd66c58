import Testing
@testable import ZhText

@Suite struct ArticleDateTests {
    @Test(arguments: [
        ("2026-01-23 07:07", "2026-01-23 07:07:00"),
        ("2026-01-23 07:07:05", "2026-01-23 07:07:05"),
        ("发布时间：2004-7-16 08:19", "2004-07-16 08:19:00"),
        ("2025年3月8日", "2025-03-08"),
        ("2005年8月12日16:12:21", "2005-08-12 16:12:21"),
        ("2024 年 9 月 2 日 8:15", "2024-09-02 08:15:00"),
        ("2019/09/07 13:43", "2019-09-07 13:43:00"),
        ("2020.02.19", "2020-02-19"),
        ("2020-02-19T10:33:00+08:00", "2020-02-19 10:33:00"),
        ("2020-02-19T02:33:00Z", "2020-02-19 10:33:00"),
        ("2020-02-19T20:00:00-05:00", "2020-02-20 09:00:00"),
        ("2019年12月31日 23时30分", "2019-12-31 23:30:00"),
    ])
    func findsDates(_ text: String, _ expected: String) {
        let found = DateParser.find(in: Array(text.unicodeScalars))
        #expect(found.first?.date.formatted == expected)
    }

    @Test(arguments: ["2025-13-01", "2025-02-30", "1850-01-01", "12025-01-01", "电话 2025-123-4", "20250101"])
    func rejectsNonDates(_ text: String) {
        #expect(DateParser.find(in: Array(text.unicodeScalars)).isEmpty)
    }

    @Test(arguments: [
        ("1718000000", "2024-06-10 14:13:20"),
        ("1718000000000", "2024-06-10 14:13:20"),
        ("20200219", "2020-02-19"),
        ("2019-09-07T13:43:45+08:00", "2019-09-07 13:43:45"),
        ("2019-09-07", "2019-09-07"),
    ])
    func parsesWholeValues(_ value: String, _ expected: String) {
        #expect(DateParser.parseValue(value)?.formatted == expected)
    }

    @Test func findsEveryDateWithRange() {
        let text = "首发 2025-01-02，更新于2025年1月3日。"
        let found = DateParser.find(in: Array(text.unicodeScalars))
        #expect(found.map(\.date.formatted) == ["2025-01-02", "2025-01-03"])
        #expect(found[0].range == 3..<13)
    }

    @Test func civilDaysRoundTrip() {
        for days in stride(from: -1000, to: 30000, by: 37) {
            let (y, m, d) = DocumentDate.civil(dayNumber: days)
            #expect(DocumentDate.dayNumber(year: y, month: m, day: d) == days)
        }
    }
}
