import Testing
@testable import ZhText

@Suite struct ReportTableTests {
    static let table = ReportTable(
        columns: [ReportColumn("term"), ReportColumn("count", alignment: .right)],
        rows: [["高质量发展", "12"], ["GDP", "3"], ["新质生产力", "100"]]
    )

    @Test func terminalTableAlignsCJKAsTwoColumns() {
        let expected = """
        term        count
        ----------  -----
        高质量发展     12
        GDP             3
        新质生产力    100

        """
        #expect(Self.table.renderTable() == expected)
        // Every line has the same display width up to the right-aligned column's end.
        let lines = Self.table.renderTable().split(separator: "\n").map(String.init)
        #expect(Set(lines.map(DisplayWidth.of)).count == 1)
    }

    @Test func terminalTableKeepsRowsOnOneLine() {
        let t = ReportTable(columns: [ReportColumn("a"), ReportColumn("b")], rows: [["x\ny", "1\t2"], ["z"]])
        #expect(t.renderTable() == "a    b\n---  ---\nx y  1 2\nz\n")
    }

    @Test func emptyTableHasHeaderOnly() {
        let t = ReportTable(columns: [ReportColumn("term"), ReportColumn("n", alignment: .right)])
        #expect(t.renderTable() == "term  n\n----  -\n")
        #expect(t.renderCSV() == "term,n\r\n")
        #expect(t.renderMarkdown() == "| term | n |\n| --- | ---: |\n")
        #expect(ReportTable(columns: []).renderTable() == "")
    }

    static let quoting: [(String, String)] = [
        ("plain", "plain"),
        ("中文", "中文"),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("line\nbreak", "\"line\nbreak\""),
        ("cr\rhere", "\"cr\rhere\""),
        ("", ""),
        (" padded ", " padded "),
    ]

    @Test(arguments: quoting)
    func csvQuotesOnlyWhenNeeded(_ c: (String, String)) {
        let t = ReportTable(columns: [ReportColumn("x")], rows: [[c.0]])
        #expect(t.renderCSV() == "x\r\n" + c.1 + "\r\n")
    }

    @Test func csvWithoutExcelHasNoBOMAndNoGuard() {
        let t = ReportTable(columns: [ReportColumn("x")], rows: [["=SUM(A1)"], ["-3"]])
        #expect(t.renderCSV() == "x\r\n=SUM(A1)\r\n-3\r\n")
    }

    static let guarded: [(String, String)] = [
        ("=SUM(A1:A2)", "'=SUM(A1:A2)"),
        ("+86 10", "'+86 10"),
        ("-3", "'-3"),
        ("@cmd", "'@cmd"),
        ("\tx", "'\tx"),
        ("\rx", "\"'\rx\""),
        ("a=b", "a=b"),
        ("中=国", "中=国"),
        ("=\"x\",y", "\"'=\"\"x\"\",y\""),
        ("", ""),
    ]

    @Test(arguments: guarded)
    func excelCSVGuardsFormulas(_ c: (String, String)) {
        let t = ReportTable(columns: [ReportColumn("x")], rows: [[c.0]])
        #expect(t.renderCSV(excel: true) == "\u{FEFF}x\r\n" + c.1 + "\r\n")
    }

    @Test func excelCSVStartsWithUTF8BOM() {
        let bytes = Array(Self.table.renderCSV(excel: true).utf8.prefix(3))
        #expect(bytes == [0xEF, 0xBB, 0xBF])
    }

    @Test func shortRowsArePadded() {
        let t = ReportTable(columns: [ReportColumn("a"), ReportColumn("b")], rows: [["1"]])
        #expect(t.renderCSV() == "a,b\r\n1,\r\n")
        #expect(t.renderMarkdown() == "| a | b |\n| --- | --- |\n| 1 |  |\n")
    }

    @Test func markdownEscapesPipesAndBreaks() {
        let t = ReportTable(columns: [ReportColumn("term"), ReportColumn("n", alignment: .right)],
                            rows: [["a|b", "1"], ["x\r\ny", "2"], ["back\\slash", "3"]])
        #expect(t.renderMarkdown() == """
        | term | n |
        | --- | ---: |
        | a\\|b | 1 |
        | x<br>y | 2 |
        | back\\\\slash | 3 |

        """)
    }

    @Test func formatsRenderTheirTable() {
        #expect(ReportFormat.csv.render(Self.table, excel: true) == Self.table.renderCSV(excel: true))
        #expect(ReportFormat.md.render(Self.table) == Self.table.renderMarkdown())
        #expect(ReportFormat.table.render(Self.table) == Self.table.renderTable())
        #expect(ReportFormat.json.render(Self.table) == nil)
    }
}

@Suite struct ReportNumberTests {
    @Test(arguments: [
        (3.14159, 2, "3.14"), (2.5, 0, "3"), (-0.0001, 2, "0.00"), (-1.25, 1, "-1.3"), (12.0, 3, "12.000"),
        (0.000049, 4, "0.0000"), (1234567.891, 1, "1234567.9"), (Double.nan, 2, ""),
    ])
    func formats(_ c: (Double, Int, String)) {
        #expect(ReportNumber.format(c.0, decimals: c.1) == c.2)
    }
}
