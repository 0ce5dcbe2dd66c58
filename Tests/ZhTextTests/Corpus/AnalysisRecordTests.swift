import Foundation
import Testing
@testable import ZhText

@Suite struct AnalysisRecordTests {
    static let step = RowAnalysis(file: "docs.jsonl", analysis: "0123456789abcdef")

    static func record(_ json: String, line: Int = 1) throws -> AnalysisRecord {
        let (out, error) = step(.line(number: line, bytes: Array(json.utf8)))
        #expect(error == nil)
        guard case let .record(r) = out else { throw ZhTextError.invalidArgument("no record for \(json)") }
        return r
    }

    @Test(arguments: [
        // (document line, reason)
        (#"{"id":"a1","date":"2024-03-05","source":"县政府","text":"我们推进高质量发展。\n坚持改革开放。"}"#, "metadata, a dated text with a policy phrase"),
        (#"{"text":"ＡＢＣ全角字母和　全角空格，还有繁體字。"}"#, "full-width and Traditional text: the original and the offset map are kept"),
        (#"{"content":"没有日期的文档","title":"标题","n":3,"ok":true}"#, "undated; numbers and booleans become metadata text"),
    ])
    func recordsRoundTripThroughTheirLine(_ json: String, _ reason: String) throws {
        let r = try Self.record(json, line: 7)
        let decoded = try AnalysisLine.decode(Array(r.jsonLine.utf8), file: "part-0", line: 1)
        #expect(decoded == .record(r), "\(reason)")
        // The text decodes back to the exact normalized text with its map to the original.
        let loaded = try DocumentLoader().load(row: try DocumentRows.parseJSONLine(Data(json.utf8), file: "docs.jsonl", line: 7, fields: RowFields()).get())
        let text = try r.text.decode()
        #expect(text.scalars == loaded.text.scalars && text.original == loaded.text.original, "\(reason)")
        #expect(text.map == loaded.text.map, "\(reason)")  // entry by entry, however each map is stored
        #expect(r.record.file == "docs.jsonl:7")
        #expect(r.line == 7)
    }

    @Test func recordHoldsWhatTheStoreKeeps() throws {
        let r = try Self.record(#"{"id":"x","date":"2024-03-05","source":"县政府","text":"推进高质量发展，推进高质量发展。"}"#)
        #expect(r.record.id == "x")
        #expect(r.record.fields == ["source": "县政府"])
        #expect(r.record.date?.description == "2024-03-05")
        // 高质量发展 is a bundled policy phrase: counted whole, twice.
        #expect(r.terms.phrases["高质量发展"] == 2)
        #expect(r.terms == DocumentTerms(text: try r.text.decode()))
        let line = r.jsonLine
        #expect(line.hasPrefix(#"{"format":"zhtext-analysis","version":1,"analysis":"0123456789abcdef","line":1,"id":"x""#))
        #expect(!line.contains("\n") && line.contains("县政府"), "one line, Chinese unescaped")
    }

    @Test func sameDocumentSameBytes() throws {
        let json = #"{"b":"2","a":"1","text":"改革开放和高质量发展，科技创新。"}"#
        #expect(try Self.record(json).jsonLine == (try Self.record(json).jsonLine))
        #expect(try Self.record(json).jsonLine.contains(#""fields":{"a":"1","b":"2"}"#), "fields sorted by name")
    }

    @Test(arguments: [
        // (line, expected reason fragment, why)
        ("{oops", "not valid JSON", "broken JSON"),
        ("[1,2]", "not a JSON object", "an array"),
        (#"{"text":"a document, not a record"}"#, "not a zhtext analysis record", "an input document fed to import by mistake"),
        (#"{"format":"zhtext-analysis","version":2}"#, "record format version 2", "a newer format"),
        (#"{"format":"zhtext-analysis","version":1,"id":"a"}"#, "record lacks", "parts missing"),
        (#"{"line":"x","error":"e"}"#, "wrong type at \"line\"", "error record with a bad line number"),
        (#"{"error":"e"}"#, "error record without", "error record without a line"),
    ] as [(String, String, String)])
    func badLinesAreNamedErrors(_ line: String, _ fragment: String, _ why: String) {
        do {
            _ = try AnalysisLine.decode(Array(line.utf8), file: "part-00001", line: 9)
            Issue.record("accepted: \(why)")
        } catch {
            #expect(error.description.hasPrefix("part-00001:9: "), "\(why)")
            #expect(error.description.contains(fragment), "\(why): \(error.description)")
        }
    }

    @Test func damagedPartsOfARecordAreRefused() throws {
        let good = try Self.record(#"{"date":"2024","text":"ＡＢＣ推进高质量发展"}"#).jsonLine
        let cases: [(String, String, String)] = [
            (#""kind":"han""#, #""kind":"verb""#, "unknown token kind"),
            (#""date":"2024""#, #""date":"20x4""#, "bad date"),
            (#""original":""#, #""original":"%%%"#, "is not base64"),
        ]
        for (from, to, fragment) in cases {
            let damaged = good.replacingOccurrences(of: from, with: to)
            #expect(damaged != good, "\(fragment): the fixture must contain \(from)")
            #expect(throws: ZhTextError.self, "\(fragment)") { try AnalysisLine.decode(Array(damaged.utf8), file: "p", line: 1) }
        }
    }

    @Test func errorRecordsRoundTrip() throws {
        let (out, error) = Self.step(.line(number: 4, bytes: Array("{\"title\":\"无正文\"}".utf8)))
        #expect(error != nil)
        guard case let .error(line, message) = out else { Issue.record("expected an error record"); return }
        #expect(line == 4)
        #expect(message.hasPrefix("docs.jsonl:4: no text field"))
        #expect(out.jsonLine.hasPrefix(#"{"line":4,"error":"docs.jsonl:4: no text field"#))
        #expect(try AnalysisLine.decode(Array(out.jsonLine.utf8), file: "p", line: 1) == out)
        let (tooLong, _) = Self.step(.tooLong(number: 5, length: 99))
        #expect(tooLong == .error(line: 5, message: #"docs.jsonl:5: line of 99 bytes is longer than the limit: """#))
    }

    /// Property (seed 15): any prefix of a record line, and a record with bytes changed at random, is either read
    /// (as a record or an error record) or refused with a `file:line` error; nothing crashes.
    @Test func truncatedAndMutatedRecordsNeverCrash() throws {
        var rng = SeededGenerator(seed: 15)
        let line = Array(try Self.record(#"{"id":"z","date":"2023-01-02","text":"ＡＢ推进高质量发展。\n第二段。"}"#).jsonLine.utf8)
        var refused = 0, read = 0
        for i in 0..<600 {
            var bytes = line
            if i % 2 == 0 {
                bytes = Array(bytes.prefix(Int.random(in: 0..<bytes.count, using: &rng)))
            } else {
                for _ in 0..<Int.random(in: 1...4, using: &rng) {
                    bytes[Int.random(in: 0..<bytes.count, using: &rng)] = [0x22, 0x7B, 0x7D, 0x5B, 0x30, 0xFF, 0x2C, 0x5C].randomElement(using: &rng)!
                }
            }
            do { _ = try AnalysisLine.decode(bytes, file: "p", line: 3); read += 1 } catch {
                #expect(error.description.hasPrefix("p:3: "))
                refused += 1
            }
        }
        #expect(refused > 300, "nearly every damaged line is refused")
        #expect(read + refused == 600)
    }
}
