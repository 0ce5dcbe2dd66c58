import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import ZhText
@testable import ZhTextServe
import ZhTextStore
import ZhTextTestSupport

/// The safety promises in-process: CSRF (Origin), token, read-only, size limit, no file outside the store,
/// escaping of hostile document and query text, the CSP header.
@Suite struct ServeSafetyTests {
    static func json(_ body: String) -> [UInt8] { Array(body.utf8) }

    @Test func foreignOriginsCannotAdd() async throws {
        let (server, _) = try ServeFixture.server()
        try await server.application().test(.router) { client in
            let body = ByteBuffer(string: #"{"text": "外站提交的文本", "date": "2025-01-01"}"#)
            let cases: [(HTTPFields, HTTPResponse.Status, String)] = [
                ([.contentType: "application/json", .origin: "http://evil.example"], .forbidden, "a foreign Origin (CSRF)"),
                ([.contentType: "application/json", .origin: "http://localhost:8081"], .forbidden, "another port is another origin"),
                ([.contentType: "application/json", .origin: "null"], .forbidden, "an opaque origin"),
                ([.contentType: "application/json", HTTPField.Name("Sec-Fetch-Site")!: "cross-site"], .forbidden, "cross-site fetch without Origin"),
                ([.contentType: "application/json", .origin: "http://localhost"], .created, "this server's own origin"),
                ([.contentType: "application/json"], .created, "no Origin: not a browser (curl, scripts)"),
            ]
            for (headers, status, why) in cases {
                let r = try await client.execute(uri: "/api/documents", method: .post, headers: headers, body: body)
                #expect(r.status == status, "\(why): \(r.text)")
            }
            let info = try await client.execute(uri: "/api/info", method: .get).text
            #expect(info.contains("\"documents\": 7"), "one added (the second same-content post is unchanged)")
        }
    }

    @Test func tokenIsRequiredWhenGiven() async throws {
        let (server, _) = try ServeFixture.server(ServeConfiguration(port: 80, token: "s3cret-token"))
        try await server.application().test(.router) { client in
            #expect(try await client.execute(uri: "/api/info", method: .get).status == .unauthorized)
            #expect(try await client.execute(uri: "/", method: .get).status == .unauthorized)
            #expect(try await client.execute(uri: "/api/info", method: .get, headers: [.authorization: "Bearer wrong-token"]).status == .unauthorized)
            #expect(try await client.execute(uri: "/api/info", method: .get, headers: [.authorization: "Bearer s3cret-token"]).status == .ok)
            // A page opened with ?token= sets the cookie and drops the token from the address.
            let visit = try await client.execute(uri: "/trends?token=s3cret-token&term=x", method: .get)
            #expect(visit.status == .seeOther)
            #expect(visit.headers[.location] == "/trends?term=x")
            #expect(visit.headers[.setCookie]?.contains("HttpOnly") == true)
            #expect(try await client.execute(uri: "/trends?term=x", method: .get, headers: [.cookie: "zhtext_token=s3cret-token"]).status == .ok)
        }
    }

    @Test func readOnlyAndNonLoopbackRefuseAdding() async throws {
        for (config, why) in [(ServeConfiguration(port: 80, readOnly: true), "read-only"),
                              (ServeConfiguration(host: "0.0.0.0", port: 80), "every interface, no token")] {
            let (server, _) = try ServeFixture.server(config)
            try await server.application().test(.router) { client in
                let r = try await client.execute(uri: "/api/documents", method: .post, headers: [.contentType: "application/json"],
                                                 body: ByteBuffer(string: #"{"text": "文本"}"#))
                #expect(r.status == .forbidden, "\(why)")
                #expect(try await client.execute(uri: "/add", method: .get).text.contains("class=\"error\""), "\(why): no form")
            }
        }
    }

    @Test func bodiesOverTheLimitAre413() async throws {
        let (server, _) = try ServeFixture.server(ServeConfiguration(port: 80, maximumBodyBytes: 1000))
        try await server.application().test(.router) { client in
            let big = #"{"text": ""# + String(repeating: "长", count: 2000) + #""}"#
            let r = try await client.execute(uri: "/api/documents", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: big))
            #expect(r.status == .contentTooLarge)
            #expect(r.text.contains("\"error\""))
        }
    }

    /// Nothing but the two assets and the store is ever served, whatever the path says.
    @Test func noFileOutsideTheStore() async throws {
        let (server, _) = try ServeFixture.server()
        try await server.application().test(.router) { client in
            for uri in ["/assets/../../../../etc/passwd", "/assets/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/assets/..%2f..%2fPackage.swift",
                        "/../../etc/passwd", "/assets/app.css/../../etc/passwd", "/documents/..%2f..%2fetc%2fpasswd",
                        "/api/documents/..%2F..%2Fetc%2Fpasswd", "/assets/%00", "/assets//etc/passwd", "/%2e%2e/%2e%2e/etc/passwd"] {
                let r = try await client.execute(uri: uri, method: .get)
                #expect(r.status == .notFound, "\(uri)")
                #expect(!r.text.contains("root:"), "\(uri)")
            }
            let css = try await client.execute(uri: "/assets/app.css", method: .get)
            #expect(css.status == .ok)
            #expect(css.headers[.contentType] == "text/css; charset=utf-8")
        }
    }

    /// Hostile text in documents and in queries comes out escaped on every page; a javascript: URL is no link.
    @Test func hostileTextIsEscaped() async throws {
        let (server, _) = try ServeFixture.server()
        let hostile = "<script>alert(2)</script>\"'><img src=x onerror=alert(3)>"
        let q = QueryParameters.encode(hostile)
        try await server.application().test(.router) { client in
            for uri in ["/", "/documents/b2", "/documents/b2?term=\(q)", "/kwic?term=\(q)", "/kwic?term=onerror", "/kwic?term=%E5%8F%91%E5%B1%95",
                        "/trends?term=\(q)", "/trends?term=x&by=\(q)", "/keyness?from=\(q)&to=2024", "/phrases?where=\(q)",
                        "/collocates?term=\(q)", "/dispersion?term=\(q)", "/kwic?term=x&where=title~\(q)", "/add"] {
                let r = try await client.execute(uri: uri, method: .get)
                #expect(r.status == .ok, "\(uri): \(r.status)")
                let html = r.text
                #expect(!html.contains("<script>alert"), "\(uri)")
                #expect(!html.contains("<img src=x"), "\(uri)")
                #expect(!html.contains("href=\"javascript:"), "\(uri)")
                #expect(r.headers[HTTPField.Name("Content-Security-Policy")!]?.contains("default-src 'none'") == true)
                // Only this server's own script and style: no external resource.
                #expect(!html.contains("http://") || !html.contains("src=\"http"), "\(uri)")
            }
            let doc = try await client.execute(uri: "/documents/b2", method: .get).text
            #expect(doc.contains("&lt;script&gt;alert(1)&lt;/script&gt;标题"), "the hostile title is shown, escaped")
            #expect(doc.contains("javascript:alert(1)") && !doc.contains("href=\"javascript:"), "the URL is shown as text, not linked")
        }
    }

    @Test func uploadsAddEverythingOrNothing() async throws {
        let (server, _) = try ServeFixture.server()
        try await server.application().test(.router) { client in
            func count() async throws -> String {
                let info = try await client.execute(uri: "/api/info", method: .get).text
                return String(info.split(separator: "\n").first { $0.contains("\"documents\"") } ?? "")
            }
            let before = try await count()
            // Malformed uploads: each a clear 400, nothing added.
            let bad: [(String, String, String)] = [
                ("application/json", #"{"text": "#, "not valid JSON"),
                ("application/json", #"{"date": "2025-01-01"}"#, "text"),
                ("application/json", #"[{"text": "好的文本"}, {"text": "坏的日期", "date": "昨天"}]"#, "date"),
                ("application/json", #"{"text": "文本", "title": ["x"]}"#, "title"),
                ("text/plain", "文本", "application/json or multipart/form-data"),
                ("multipart/form-data", "--x\r\n", "boundary"),
                ("multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\n没有结尾", "boundary"),
                ("multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"date\"\r\n\r\n2025\r\n--x--\r\n", "neither a file nor a text"),
            ]
            for (type, body, mentions) in bad {
                let r = try await client.execute(uri: "/api/documents", method: .post, headers: [.contentType: type], body: ByteBuffer(string: body))
                #expect(r.status == .badRequest, "\(body): \(r.text)")
                #expect(r.text.contains(mentions), "\(body): \(r.text)")
            }
            #expect(try await count() == before, "nothing was added")
            // A GBK file and an HTML page, as a browser's multipart form sends them.
            let sentence: [UInt8] = [0xC8, 0xCB, 0xB9, 0xA4, 0xD6, 0xC7, 0xC4, 0xDC, 0xB7, 0xA2, 0xD5, 0xB9, 0xA3, 0xAC, 0xD0, 0xC2, 0xD6, 0xCA, 0xC9, 0xFA, 0xB2, 0xFA, 0xC1, 0xA6, 0xA1, 0xA3]
            // Four sentences: enough bytes for the encoding to be detected.
            let gbk = Array([[UInt8]](repeating: sentence, count: 4).joined())
            let html = Array("<html><head><title>页面标题</title></head><body><nav>导航 首页</nav><article><p>这是网页正文，发展新质生产力是重要任务。这里的句子足够长，可以被识别为正文内容。</p><p>第二段继续讨论高质量发展的问题和意义。</p></article></body></html>".utf8)
            let form = MultipartForm.encode([
                .init(name: "date", filename: nil, contentType: nil, data: Array("2025-07-01".utf8)),
                .init(name: "source", filename: nil, contentType: nil, data: Array("上传".utf8)),
                .init(name: "file", filename: "gbk.txt", contentType: "text/plain", data: gbk),
                .init(name: "file", filename: "C:\\Users\\x\\page.html", contentType: "text/html", data: html),
            ], boundary: "----zhtextBoundary7")
            let r = try await client.execute(uri: "/api/documents", method: .post,
                                             headers: [.contentType: "multipart/form-data; boundary=----zhtextBoundary7"], body: ByteBuffer(bytes: form))
            #expect(r.status == .created, "\(r.text)")
            let answer = try #require(try JSONSerialization.jsonObject(with: Data(r.text.utf8)) as? [String: Any])
            #expect(answer["added"] as? Int == 2)
            let ids = answer["ids"] as! [String]
            let first = try await client.execute(uri: "/api/documents/\(ids[0])", method: .get).text
            #expect(first.contains("人工智能发展，新质生产力。"), "GBK decoded: \(first)")
            #expect(first.contains("\"date\": \"2025-07-01\"") && first.contains("\"source\": \"上传\""))
            let page = try await client.execute(uri: "/api/documents/\(ids[1])", method: .get).text
            #expect(page.contains("发展新质生产力是重要任务") && !page.contains("<p>"), "the page's article extracted")
            #expect(page.contains("\"file\": \"page.html\""), "only the file's own name is kept")
            // It appears in every view at once (the cache follows the store).
            let trend = try await client.execute(uri: "/api/trend?term=%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD&by=year", method: .get).text
            #expect(trend.contains("\"period\": \"2025\""))
            let kwic = try await client.execute(uri: "/api/kwic?term=%E9%87%8D%E8%A6%81%E4%BB%BB%E5%8A%A1", method: .get).text
            #expect(kwic.contains("\"total\": 1"))
        }
    }
}
