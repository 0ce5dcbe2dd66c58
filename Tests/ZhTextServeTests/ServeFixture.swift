import Foundation
import Hummingbird
import HummingbirdTesting
import ZhText
import ZhTextServe
import ZhTextStore
import ZhTextTestSupport

/// A small self-written dated corpus in a temporary store, and a server over it.
enum ServeFixture {
    /// Dated documents from two sources (self-written sentences; one with hostile markup in its text and title).
    static let rows: [[String: String]] = [
        ["id": "a1", "date": "2023-02-01", "source": "县报", "title": "县报一", "url": "https://example.org/a1",
         "text": "今年要推动高质量发展，稳增长、稳就业。发展新质生产力，人工智能赋能产业。"],
        ["id": "a2", "date": "2023-09-12", "source": "县报", "title": "县报二",
         "text": "坚持稳中求进工作总基调。新常态下经济平稳。推动高质量发展。"],
        ["id": "b1", "date": "2024-03-05", "source": "市报", "title": "市报一",
         "text": "因地制宜发展新质生产力，新质生产力是先进生产力。人工智能行动全面实施。"],
        ["id": "b2", "date": "2024-11-20", "source": "市报", "title": "<script>alert(1)</script>标题", "url": "javascript:alert(1)",
         "text": "全面深化改革，推动高质量发展，发展新质生产力。<img src=x onerror=alert(1)>稳就业，促消费。"],
        ["id": "a3", "date": "2025-01-08", "source": "县报", "title": "县报三",
         "text": "新质生产力加快发展，高质量发展取得新成效。人工智能应用广泛。"],
        ["id": "b3", "date": "2025-06-30", "source": "市报", "title": "市报三",
         "text": "发展新质生产力，推动高质量发展，经济稳定增长。发展是第一要务。"],
    ]

    /// A new store holding ``rows``; returns its path.
    static func makeStore() throws -> String {
        let dir = try TestSupport.temporaryDirectory()
        let path = dir.appendingPathComponent("corpus.db").path
        let store = try CorpusStore(path: path, create: true)
        let inputs = rows.enumerated().map { k, r in
            CorpusInput.row(DocumentRow(file: "fixture.jsonl", line: k + 1, id: r["id"], text: r["text"]!, date: r["date"],
                                        fields: r.filter { !["id", "text", "date"].contains($0.key) }))
        }
        _ = try store.add(inputs)
        return path
    }

    /// A server over a new store. Router tests send the authority `localhost` (no port): port 80 is what the Host check
    /// then expects.
    static func server(_ configuration: ServeConfiguration = ServeConfiguration(port: 80)) throws -> (CorpusServer, String) {
        let path = try makeStore()
        return (try CorpusServer(corpusPath: path, configuration: configuration), path)
    }

}

extension TestResponse {
    /// The body as text.
    var text: String { String(buffer: body) }
}
