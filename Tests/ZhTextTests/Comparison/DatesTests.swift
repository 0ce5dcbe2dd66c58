import Foundation
import Testing
@testable import ZhText

@Suite struct DateParsingTests {
    @Test(arguments: [
        ("2025", "2025"), ("2025-03", "2025-03"), ("2025-03-05", "2025-03-05"), ("20250305", "2025-03-05"),
        ("2025/3/5", "2025-03-05"), ("2025.03.05", "2025-03-05"), ("2025年3月5日", "2025-03-05"), ("2025年3月", "2025-03"),
        ("2025年", "2025"), (" 2025-03-05 10:20:30 ", "2025-03-05"), ("2025-03-05T10:20:30+08:00", "2025-03-05"),
        ("2024-02-29", "2024-02-29"),
    ])
    func parses(text: String, expected: String) {
        #expect(DateParsing.parse(text)?.description == expected)
    }

    @Test(arguments: ["", "yesterday", "2025-13", "2025-02-30", "2023-02-29", "25-03-05", "2025-3-5-1", "2025-03/05",
                      "1850", "2025年3日", "2025-03-05 noon", "12345", "2025-003"])
    func rejects(text: String) {
        #expect(DateParsing.parse(text) == nil)
    }

    @Test(arguments: [
        ("2025.txt", "2025"), ("2025-03-05_x.txt", "2025-03-05"), ("20250305.md", "2025-03-05"), ("x_2025-03.txt", "2025-03"),
        ("2026-01-22_浙江省.txt", "2026-01-22"), ("corpus/1999/notes.txt", nil), ("dir/2025_03_05 report.html", "2025-03-05"),
        ("2025.03.05.txt", "2025-03-05"), ("report-v2.txt", nil), ("123456.txt", nil), ("x_2025-13.txt", "2025"),
        ("-", nil), ("/tmp/a/2019年报告.txt", "2019"), ("2025-03-05-2025-03-05.txt", "2025-03-05"),
    ] as [(String, String?)])
    func fileNames(name: String, expected: String?) {
        switch DateParsing.fromFileName(name) {
        case let .date(d): #expect(d.description == expected)
        case .none: #expect(expected == nil)
        case .ambiguous: Issue.record("\(name) read as ambiguous")
        }
    }

    @Test func severalDatesAreAmbiguous() {
        #expect(DateParsing.fromFileName("2015-2018_summary.txt") == .ambiguous([DocumentDate(year: 2015)!, DocumentDate(year: 2018)!]))
    }

    @Test func datesOrder() {
        let a = DocumentDate(year: 2025)!, b = DocumentDate(year: 2025, month: 1)!, c = DocumentDate(year: 2025, month: 1, day: 2)!
        #expect(a < b && b < c && DocumentDate(year: 2024, month: 12, day: 31)! < a)
        #expect(DocumentDate(year: 2025, day: 3) == nil)
    }
}

@Suite struct PeriodTests {
    static func day(_ s: String) -> DocumentDate { DateParsing.parse(s)! }

    @Test(arguments: [
        // ISO weeks around the new year: week 1 holds the first Thursday.
        ("2024-12-29", "2024-W52"), ("2024-12-30", "2025-W01"), ("2025-01-05", "2025-W01"), ("2025-01-06", "2025-W02"),
        ("2021-01-03", "2020-W53"), ("2021-01-04", "2021-W01"), ("2020-12-31", "2020-W53"), ("2026-01-01", "2026-W01"),
        ("2027-01-01", "2026-W53"), ("2027-01-04", "2027-W01"), ("2008-12-29", "2009-W01"), ("2010-01-03", "2009-W53"),
    ])
    func isoWeeks(date: String, week: String) {
        #expect(PeriodUnit.week.period(of: Self.day(date))?.label == week)
    }

    @Test func consecutiveWeeksAreOneStepApart() {
        let a = PeriodUnit.week.period(of: Self.day("2020-12-31"))!, b = PeriodUnit.week.period(of: Self.day("2021-01-04"))!
        #expect(b.ordinal - a.ordinal == 1)
    }

    @Test(arguments: [
        (PeriodUnit.year, "2025-03-05", "2025"), (.quarter, "2025-03-05", "2025-Q1"), (.quarter, "2025-10-01", "2025-Q4"),
        (.month, "2025-03-05", "2025-03"), (.day, "2025-03-05", "2025-03-05"), (.quarter, "2025-07", "2025-Q3"),
    ])
    func labels(unit: PeriodUnit, date: String, label: String) {
        #expect(unit.period(of: Self.day(date))?.label == label)
    }

    @Test func precisionMustSuffice() {
        #expect(PeriodUnit.month.period(of: Self.day("2025")) == nil)
        #expect(PeriodUnit.week.period(of: Self.day("2025-03")) == nil)
        #expect(PeriodUnit.year.period(of: Self.day("2025-03"))?.label == "2025")
    }

    @Test func ordinalsStepByUnit() {
        let q4 = PeriodUnit.quarter.period(of: Self.day("2024-12"))!, q1 = PeriodUnit.quarter.period(of: Self.day("2025-01"))!
        #expect(q1.ordinal - q4.ordinal == 1)
        let d1 = PeriodUnit.day.period(of: Self.day("2024-02-28"))!, d2 = PeriodUnit.day.period(of: Self.day("2024-03-01"))!
        #expect(d2.ordinal - d1.ordinal == 2)
    }
}

@Suite struct ManifestTests {
    @Test func csvWithHeaderInAnyOrder() throws {
        let m = try Manifest.parse("label,path,date\n甲,a.txt,2025-03\n\"乙,丙\",sub/b.txt,2024\n# comment\n\n", file: "/data/m.csv")
        #expect(m.entries.map(\.resolvedPath) == ["/data/a.txt", "/data/sub/b.txt"])
        #expect(m.entries.map(\.date?.description) == ["2025-03", "2024"])
        #expect(m.entries.map(\.label) == ["甲", "乙,丙"])
        #expect(m.entries.map(\.line) == [2, 3])
    }

    @Test func jsonl() throws {
        let m = try Manifest.parse("{\"path\": \"/x/a.html\", \"date\": \"2025-03-05 08:00:00\"}\n{\"path\": \"b.txt\", \"date\": 2024, \"label\": \"旧\"}\n", file: "m.jsonl")
        #expect(m.entries.map(\.date?.description) == ["2025-03-05", "2024"])
        #expect(m.entries[0].resolvedPath == "/x/a.html")
        #expect(m.entries[1].label == "旧")
    }

    @Test(arguments: [
        ("path,date\na.txt,2025-02-30\n", "m.csv:2: bad date \"2025-02-30\" (use YYYY, YYYY-MM or YYYY-MM-DD): \"a.txt,2025-02-30\""),
        ("path,date\na.txt\n", "m.csv:2: expected 2 fields, found 1: \"a.txt\""),
        ("file,when\na.txt,2025\n", "m.csv:1: header must name the columns path and date (label, title optional): \"file,when\""),
        ("path,date\n,2025\n", "m.csv:2: empty path: \",2025\""),
        ("path,date\na.txt,2025\n./a.txt,2024\n", "m.csv:3: path already listed on line 2: \"./a.txt,2024\""),
        ("path,date,label\na.txt,,\n", "m.csv:2: no date and no label: \"a.txt,,\""),
        ("{\"path\": \"a.txt\", \"date\": \"2025\"}\n{\"path\": 3}\n", "m.csv:2: missing \"path\" string: \"{\"path\": 3}\""),
        ("{\"path\": \"a.txt\", \"date\": \"2025\"}\n{oops\n", "m.csv:2: not a JSON object: \"{oops\""),
    ])
    func malformedLinesNameFileAndLine(text: String, message: String) {
        #expect(throws: ZhTextError.self) { try Manifest.parse(text, file: "m.csv") }
        do { _ = try Manifest.parse(text, file: "m.csv") } catch { #expect(error.description == message) }
    }

    @Test func csvQuoting() {
        #expect(CSVLine.split("a,\"b,c\",\"d\"\"e\",") == ["a", "b,c", "d\"e", ""])
    }
}

@Suite struct DateResolverTests {
    let manifest = try! Manifest.parse("path,date,label\n/c/undated-notes.txt,2020-05-01,旧\n/c/2025.txt,2019,\n/c/x.txt,,标签\n", file: "/c/m.csv")

    @Test func order() {
        let r = DateResolver(manifest: manifest, given: DocumentDate(year: 2001))
        // The manifest wins over the file name.
        #expect(r.resolve(file: "2025.txt", path: "/c/2025.txt", metadata: nil).date?.description == "2019")
        #expect(r.resolve(file: "u", path: "/c/undated-notes.txt", metadata: nil).source == .manifest)
        // File name before page metadata before --date.
        #expect(r.resolve(file: "/d/2024-05.html", path: "/d/2024-05.html", metadata: DocumentDate(year: 2023)).date?.description == "2024-05")
        #expect(r.resolve(file: "/d/page.html", path: "/d/page.html", metadata: DocumentDate(year: 2023)).source == .metadata)
        #expect(r.resolve(file: "/d/page.txt", path: "/d/page.txt", metadata: nil).source == .option)
        // A manifest label without a date keeps the label; the date comes from elsewhere.
        let x = r.resolve(file: "x.txt", path: "/c/x.txt", metadata: nil)
        #expect(x.label == "标签" && x.source == .option)
    }

    @Test func undatedSaysWhy() {
        let r = DateResolver(manifest: manifest).resolve(file: "notes.txt", path: "/e/notes.txt", metadata: nil)
        #expect(r.date == nil && r.reason == "no date in the file name, not in the manifest")
        let amb = DateResolver().resolve(file: "2015-2018.txt", path: nil, metadata: nil)
        #expect(amb.reason == "file name has several dates (2015, 2018)")
    }
}
