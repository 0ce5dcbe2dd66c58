import Testing
@testable import ZhText

/// `--where` conditions, each case with its reason.
@Suite struct DocumentFilterTests {
    static let record = DocumentRecord(id: "d1", file: "a.txt", title: "政府工作报告", date: DocumentDate(year: 2024, month: 3, day: 5),
                                       dateSource: .fileName, fields: ["source": "新华社", "views": "120"], hash: "", characters: 10)

    @Test(arguments: [
        ("date>=2024", true),          // compared at the year's precision
        ("date<=2024", true),          // every day of 2024 is <= 2024
        ("date<=2024-02", false),      // March is after February
        ("date=2024-03", true),
        ("date!=2024-03-05", false),
        ("source=新华社", true),
        ("source!=人民日报", true),
        ("source~华", true),           // contains
        ("author=某人", false),        // no such field: only != holds
        ("author!=某人", true),
        ("views>=99", true),           // numbers compare as numbers (as strings "120" < "99")
        ("title~工作", true),
        ("id=d1", true),
    ])
    func conditions(text: String, holds: Bool) throws {
        #expect(try WhereCondition(parsing: text).holds(for: Self.record) == holds, "\(text)")
    }

    @Test func undatedDocumentsSatisfyOnlyNotEqual() throws {
        var r = Self.record
        r.date = nil
        #expect(try !WhereCondition(parsing: "date>=2000").holds(for: r))
        #expect(try WhereCondition(parsing: "date!=2000").holds(for: r))
    }

    @Test(arguments: ["source", "=x", "date>=soon"])
    func malformedConditionsAreRefused(text: String) {
        #expect(throws: ZhTextError.self) { try WhereCondition(parsing: text) }
    }
}
