import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import ZhText
import ZhTextServe
import ZhTextStore
import ZhTextTestSupport

/// The API answers in-process: each is byte for byte what the CLI prints with `--format json` for the same question
/// on the same store, and every error is JSON with the right status, naming the parameter.
@Suite struct ServeAPITests {
    /// API path and query ↔ the CLI arguments of the same question (`CORPUS` stands for the store's path).
    static let sameQuestions: [(api: String, cli: [String], why: String)] = [
        ("/api/info", ["corpus", "info", "CORPUS", "--format", "json"], "corpus info"),
        ("/api/trend?term=%E6%96%B0%E8%B4%A8%E7%94%9F%E4%BA%A7%E5%8A%9B&term=%E9%AB%98%E8%B4%A8%E9%87%8F%E5%8F%91%E5%B1%95&by=year",
         ["trend", "--corpus", "CORPUS", "--term", "新质生产力", "--term", "高质量发展", "--by", "year", "--format", "json"], "two terms by year"),
        ("/api/trend?term=%E5%8F%91%E5%B1%95&by=source&where=date%3E%3D2024",
         ["trend", "--corpus", "CORPUS", "--term", "发展", "--by", "source", "--where", "date>=2024", "--format", "json"], "by a field, filtered"),
        ("/api/trend?group=AI%3D%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD,AI&by=quarter",
         ["trend", "--corpus", "CORPUS", "--group", "AI=人工智能,AI", "--by", "quarter", "--format", "json"], "a group by quarter"),
        ("/api/trend?phrases=1&by=year",
         ["trend", "--corpus", "CORPUS", "--phrases", "--by", "year", "--format", "json"], "every policy phrase"),
        ("/api/kwic?term=%E5%8F%91%E5%B1%95&offset=2&limit=3",
         ["kwic", "发展", "--corpus", "CORPUS", "--offset", "2", "--limit", "3", "--format", "json"], "a page of KWIC lines"),
        ("/api/kwic?term=%E5%8F%91%E5%B1%95&sort=R1&limit=100&where=source%3D%E5%B8%82%E6%8A%A5",
         ["kwic", "发展", "--corpus", "CORPUS", "--sort", "R1", "--limit", "100", "--where", "source=市报", "--format", "json"], "sorted, filtered KWIC"),
        ("/api/kwic?term=%E5%8F%91%E5%B1%95*%E5%8A%9B&limit=100",
         ["kwic", "发展*力", "--corpus", "CORPUS", "--limit", "100", "--format", "json"], "a wildcard"),
        ("/api/compare?from=2023&to=2025",
         ["compare", "--corpus", "CORPUS", "--from", "2023", "--to", "2025", "--format", "json"], "two periods"),
        ("/api/compare?a=source%3D%E5%8E%BF%E6%8A%A5&b=source%3D%E5%B8%82%E6%8A%A5&top=5",
         ["compare", "--corpus", "CORPUS", "--a", "source=县报", "--b", "source=市报", "--top", "5", "--format", "json"], "two metadata sides"),
        ("/api/phrases?where=source%3D%E5%B8%82%E6%8A%A5",
         ["phrases", "--corpus", "CORPUS", "--where", "source=市报", "--format", "json"], "phrases of some documents"),
        ("/api/phrases?where=id%3Db1",
         ["phrases", "--corpus", "CORPUS", "--where", "id=b1", "--format", "json"], "one document: a single object"),
        ("/api/documents?where=date%3C%3D2024&offset=1&limit=2",
         ["corpus", "list", "CORPUS", "--where", "date<=2024", "--offset", "1", "--limit", "2", "--format", "json"], "a page of documents"),
    ]

    @Test func answersAreTheCLIsJSON() async throws {
        let (server, path) = try ServeFixture.server()
        let app = server.application()
        try await app.test(.router) { client in
            for q in Self.sameQuestions {
                let cli = try TestSupport.run(q.cli.map { $0 == "CORPUS" ? path : $0 }, environment: ["XDG_CACHE_HOME": NSTemporaryDirectory()])
                #expect(cli.status == 0, "\(q.why): \(cli.stderr)")
                try await client.execute(uri: q.api, method: .get) { response in
                    #expect(response.status == .ok, "\(q.why): \(response.text)")
                    #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                    #expect(response.text == cli.stdout, "\(q.why): the API and the CLI differ")
                }
            }
        }
    }

    @Test func kwicPagesCoverTheWholeConcordance() async throws {
        let (server, _) = try ServeFixture.server()
        try await server.application().test(.router) { client in
            // Paging through 2 at a time gives the lines of one request for all, in the same order.
            let all = try await client.execute(uri: "/api/kwic?term=%E5%8F%91%E5%B1%95&limit=1000", method: .get).text
            let whole = try #require(try JSONSerialization.jsonObject(with: Data(all.utf8)) as? [String: Any])
            let total = try #require(whole["total"] as? Int)
            #expect(total == 11, "发展 occurs 2+1+1+2+2+3 = 11 times in the fixture's six texts")
            var starts: [String] = []
            for offset in stride(from: 0, to: total, by: 2) {
                let page = try await client.execute(uri: "/api/kwic?term=%E5%8F%91%E5%B1%95&limit=2&offset=\(offset)", method: .get).text
                let object = try #require(try JSONSerialization.jsonObject(with: Data(page.utf8)) as? [String: Any])
                for hit in object["hits"] as! [[String: Any]] { starts.append("\(hit["id"]!):\(hit["start"]!)") }
            }
            let expected = (whole["hits"] as! [[String: Any]]).map { "\($0["id"]!):\($0["start"]!)" }
            #expect(starts == expected)
        }
    }

    /// Bad requests: status, and a JSON error naming the parameter; never a path of the machine.
    static let errors: [(uri: String, method: HTTPRequest.Method, status: HTTPResponse.Status, mentions: String, why: String)] = [
        ("/api/trend?by=nosuchfield&term=x", .get, .badRequest, "by", "unknown field"),
        ("/api/trend?where=date%3Dlast+year&term=x", .get, .badRequest, "where", "a date that is not one"),
        ("/api/trend?where=nonsense&term=x", .get, .badRequest, "where", "a condition without operator"),
        ("/api/trend?top=0", .get, .badRequest, "top", "out of range"),
        ("/api/trend?top=abc", .get, .badRequest, "top", "not a number"),
        ("/api/trend?term=%E0%A4", .get, .badRequest, "term", "invalid UTF-8 in a value"),
        ("/api/trend?term=%zz", .get, .badRequest, "term", "a malformed escape"),
        ("/api/trend?group=nothing", .get, .badRequest, "group", "a group without members"),
        ("/api/trend?category=nosuch&phrases=1", .get, .badRequest, "category", "unknown category"),
        ("/api/kwic", .get, .badRequest, "term", "missing term"),
        ("/api/kwic?term=x&sort=L9", .get, .badRequest, "sort", "bad sort"),
        ("/api/kwic?term=x&limit=-1", .get, .badRequest, "limit", "negative limit"),
        ("/api/kwic?regex=%28", .get, .badRequest, "regex", "a pattern that does not compile"),
        ("/api/kwic?term=a&term=b", .get, .badRequest, "term", "two different terms"),
        ("/api/compare?from=2023", .get, .badRequest, "to", "from without to"),
        ("/api/compare?from=1999&to=2023", .get, .badRequest, "from", "a period without documents"),
        ("/api/compare?a=source%3D%E6%97%A0&b=source%3D%E5%B8%82%E6%8A%A5", .get, .badRequest, "a", "a side without documents"),
        ("/api/compare", .get, .badRequest, "a", "no sides"),
        ("/api/documents/nosuchid", .get, .notFound, "nosuchid", "an unknown document"),
        ("/api/nosuch", .get, .notFound, "endpoint", "an unknown endpoint"),
        ("/nosuch", .get, .notFound, "page", "an unknown page"),
        ("/api/info", .post, .methodNotAllowed, "POST", "POST to a read endpoint"),
        ("/api/documents", .delete, .methodNotAllowed, "DELETE", "DELETE"),
        ("/trends", .put, .methodNotAllowed, "PUT", "PUT to a page"),
    ]

    @Test func errorsAreJSONNamingTheProblem() async throws {
        let (server, path) = try ServeFixture.server()
        try await server.application().test(.router) { client in
            for e in Self.errors {
                try await client.execute(uri: e.uri, method: e.method) { response in
                    #expect(response.status == e.status, "\(e.why): \(response.text)")
                    #expect(response.headers[.contentType] == "application/json; charset=utf-8", "\(e.why)")
                    let object = try #require(try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: String], "\(e.why)")
                    let message = try #require(object["error"], "\(e.why)")
                    #expect(message.contains(e.mentions), "\(e.why): \(message)")
                    #expect(!message.contains(path) && !message.contains("/tmp") && !message.contains(".swift"), "\(e.why): \(message)")
                }
            }
        }
    }

    @Test func oneDocumentWithItsText() async throws {
        let (server, _) = try ServeFixture.server()
        try await server.application().test(.router) { client in
            let response = try await client.execute(uri: "/api/documents/b1", method: .get)
            #expect(response.status == .ok)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any])
            #expect(object["id"] as? String == "b1")
            #expect(object["date"] as? String == "2024-03-05")
            #expect(object["source"] as? String == "市报")
            #expect((object["text"] as? String)?.hasPrefix("因地制宜发展新质生产力") == true)
            let list = try await client.execute(uri: "/api/documents", method: .get)
            #expect(list.headers[HTTPField.Name("X-Total-Count")!] == "6")
        }
    }
}
