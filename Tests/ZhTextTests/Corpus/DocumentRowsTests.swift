import Foundation
import Testing
@testable import ZhText

/// JSONL and CSV ingest: random rows written by a real writer read back equal (property tests with fixed seeds);
/// malformed lines give `file:line: reason` and the other rows are still read.
@Suite struct DocumentRowsTests {
    static let alphabet: [String] = ["发", "展", "，", "\"", ",", "\n", "\r\n", " ", "a", "1", "{", "}", "\\", "'", "é", "𠀀", "\t"]

    static func value(_ rng: inout SeededGenerator) -> String {
        (0..<Int.random(in: 0...12, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }.joined()
    }

    static func rows(_ rng: inout SeededGenerator) -> [[String: String]] {
        (0..<Int.random(in: 1...8, using: &rng)).map { i in
            var r = ["id": "d\(i)", "text": "正文" + value(&rng), "date": "2025-0\(Int.random(in: 1...9, using: &rng))-01"]
            if Bool.random(using: &rng) { r["source"] = "来源" + value(&rng) }
            return r
        }
    }

    static func read(_ f: (( Result<DocumentRow, ZhTextError>) -> Void) -> Void) -> ([DocumentRow], [String]) {
        var ok: [DocumentRow] = [], bad: [String] = []
        f { r in
            switch r {
            case let .success(row): ok.append(row)
            case let .failure(e): bad.append(e.description)
            }
        }
        return (ok, bad)
    }

    @Test func jsonlRoundTrip() throws {
        var rng = SeededGenerator(seed: 1206)
        for _ in 0..<200 {
            let rows = Self.rows(&rng)
            let lines = try rows.map { String(decoding: try JSONSerialization.data(withJSONObject: $0), as: UTF8.self) }
            let (read, bad) = Self.read { DocumentRows.jsonl(Array((lines.joined(separator: "\n") + "\n").utf8), file: "x.jsonl", fields: RowFields(), $0) }
            #expect(bad.isEmpty)
            #expect(read.map(\.id) == rows.map { $0["id"] })
            #expect(read.map(\.text) == rows.map { $0["text"]! })
            #expect(read.map { $0.fields["source"] } == rows.map { $0["source"] })
            #expect(read.map(\.line) == Array(1...rows.count))
        }
    }

    @Test func csvRoundTrip() {
        var rng = SeededGenerator(seed: 612)
        func quote(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        for _ in 0..<200 {
            let rows = Self.rows(&rng)
            var csv = "id,date,source,text\r\n"
            for r in rows { csv += [r["id"]!, r["date"]!, r["source"] ?? "", r["text"]!].map(quote).joined(separator: ",") + "\r\n" }
            let (read, bad) = Self.read { DocumentRows.csv(csv, file: "x.csv", fields: RowFields(), $0) }
            #expect(bad.isEmpty, "\(bad)")
            #expect(read.map(\.text) == rows.map { $0["text"]! })
            #expect(read.map { $0.fields["source"] } == rows.map { $0["source"].flatMap { $0.isEmpty ? nil : $0 } })
        }
    }

    @Test(arguments: [
        // (input, expected errors, rows read; reason)
        ("{\"text\": \"好\"}\n[1]\n{\"title\": \"无正文\"}\n{bad\n{\"text\": \"也好\"}\n", ["x.jsonl:2: not a JSON object", "x.jsonl:3: no text field", "x.jsonl:4: not valid JSON"], 2),
        ("\u{FEFF}{\"content\": \"第一行\"}\r\n\r\n{\"body\": \"第三行\", \"n\": 3.5, \"ok\": true, \"tags\": [\"a\"]}\n", [], 2),
    ])
    func jsonlErrorsNameTheLine(input: String, errors: [String], count: Int) {
        let (read, bad) = Self.read { DocumentRows.jsonl(Array(input.utf8), file: "x.jsonl", fields: RowFields(), $0) }
        #expect(read.count == count)
        #expect(bad.count == errors.count)
        for (b, e) in zip(bad, errors) { #expect(b.hasPrefix(e), "\(b)") }
    }

    @Test func jsonlValuesKeepTheirJSONText() {
        let (read, _) = Self.read { DocumentRows.jsonl(Array("{\"text\": \"x\", \"n\": 3, \"ok\": true, \"tags\": [\"a\"]}".utf8), file: "x", fields: RowFields(), $0) }
        #expect(read.first?.fields == ["n": "3", "ok": "true", "tags": "[\"a\"]"])
    }

    @Test func csvErrorsNameTheLineAndOtherRowsAreRead() {
        let csv = "text,date\n\"一\n二\",2025\n只有一列\n\"未闭合,2024\n"
        let (read, bad) = Self.read { DocumentRows.csv(csv, file: "x.csv", fields: RowFields(), $0) }
        #expect(read.map(\.text) == ["一\n二"])       // a quoted field spans lines 2–3
        #expect(bad.count == 2)
        #expect(bad[0].hasPrefix("x.csv:4: 1 fields, the header (line 1) has 2"))
        #expect(bad[1].hasPrefix("x.csv:5: unterminated quote"))
    }

    @Test func fieldOptionsChooseTextDateAndIdentity() {
        let line = "{\"uid\": \"7\", \"正文\": \"内容\", \"发布\": \"2025-01-02\", \"text\": \"not this\"}"
        let (read, _) = Self.read { DocumentRows.jsonl(Array(line.utf8), file: "x", fields: RowFields(text: "正文", date: "发布", id: "uid"), $0) }
        #expect(read.first?.text == "内容" && read.first?.date == "2025-01-02" && read.first?.id == "7")
        #expect(read.first?.fields == ["text": "not this"])
        let (_, bad) = Self.read { DocumentRows.jsonl(Array("{\"text\": \"x\"}".utf8), file: "x", fields: RowFields(id: "uid"), $0) }
        #expect(bad.first?.hasPrefix("x:1: no id field \"uid\"") == true)
    }
}
