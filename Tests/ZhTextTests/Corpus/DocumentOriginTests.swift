import Testing
@testable import ZhText

/// ``DocumentOrigin`` as a store keeps it: string fields there and back, and a refusal (not a crash) for fields that
/// do not describe an origin.
@Suite struct DocumentOriginTests {
    @Test func fieldsRoundTrip() {
        let cases: [(DocumentOrigin, String)] = [
            (DocumentOrigin(encoding: "GB18030", extraction: .html, title: "标题", date: "2024-03-05", dateSource: "meta:pubdate"), "a page keeps its own title and date"),
            (DocumentOrigin(encoding: "UTF-16LE", extraction: .plain), "plain text has no title or date of its own"),
            (.row, "a JSONL/CSV row is UTF-8 taken as it is"),
            (DocumentOrigin(encoding: "UTF-8", extraction: .savedPage, title: "", date: nil, dateSource: nil), "an empty title stays empty"),
        ]
        for (origin, reason) in cases {
            #expect(DocumentOrigin(fields: origin.fields) == origin, "\(reason)")
        }
        #expect(DocumentOrigin.row.isPlain && !DocumentOrigin(encoding: "UTF-8", extraction: .html).isPlain)
    }

    @Test func fieldsThatAreNoOriginAreRefused() {
        let cases: [([String: String], String)] = [
            ([:], "nothing"),
            (["encoding": "UTF-8"], "no extraction"),
            (["extraction": "html"], "no encoding"),
            (["encoding": "UTF-8", "extraction": "stored"], "an extraction kind zhtext does not know"),
        ]
        for (fields, reason) in cases { #expect(DocumentOrigin(fields: fields) == nil, "\(reason)") }
        // Seeded random field maps: never a crash; accepted only with a known kind and an encoding.
        var rng = SeededGenerator(seed: 15)
        let keys = ["encoding", "extraction", "title", "date", "date_source", "x"]
        let values = ["UTF-8", "html", "plain", "", "saved-page", "2024", "\u{0}", "标题"]
        for _ in 0..<500 {
            var f: [String: String] = [:]
            for k in keys where rng.next() % 2 == 0 { f[k] = values[Int(rng.next() % UInt64(values.count))] }
            let o = DocumentOrigin(fields: f)
            #expect((o != nil) == (f["encoding"] != nil && f["extraction"].flatMap(ExtractionKind.init(rawValue:)) != nil))
        }
    }
}
