import Foundation
import Testing
import ZhTextTestSupport

/// The real binary on a real socket: the URL line, Host checks (DNS rebinding) and raw paths that only a socket
/// can send (`..` left in the path), request logging, a clean stop.
@Suite(.serialized) struct ServeBinaryTests {
    @Test func servesOnAFreePortAndRefusesForeignHosts() throws {
        try #require(ServeProcess.hasCurl, "curl is needed to send raw requests")
        let store = try ServeFixture.makeStore()
        let server = try ServeProcess(store: store, arguments: ["--log-requests"])
        let url = server.url
        #expect(url.range(of: #"^http://127\.0\.0\.1:[0-9]+/$"#, options: .regularExpression) != nil, "one line: the URL (\(url))")
        let port = String(url.dropFirst("http://127.0.0.1:".count).dropLast())
        let info = try ServeProcess.curl([url + "api/info"])
        #expect(info.status == 200 && info.body.contains("\"documents\": 6"))
        let rebinding = try ServeProcess.curl(["-H", "Host: evil.example:\(port)", url + "api/info"])
        #expect(rebinding.status == 403, "a foreign Host (DNS rebinding)")
        #expect(rebinding.body.contains("\"error\""))
        let localhost = try ServeProcess.curl(["http://localhost:\(port)/api/info"])
        #expect(localhost.status == 200, "localhost names the loopback server too")
        for path in ["/assets/../../../../etc/passwd", "/../../../etc/passwd", "/assets/..%2f..%2f..%2fetc/passwd"] {
            let r = try ServeProcess.curl(["--path-as-is", "http://127.0.0.1:\(port)" + path])
            #expect(r.status == 404 && !r.body.contains("root:"), "\(path)")
        }
        let csrf = try ServeProcess.curl(["-X", "POST", "-H", "Origin: http://evil.example", "-H", "Content-Type: application/json",
                                          "--data", #"{"text":"x"}"#, url + "api/documents"])
        #expect(csrf.status == 403)
        let page = try ServeProcess.curl([url])
        #expect(page.status == 200 && page.body.contains("<html"))
        #expect(page.body.utf8.count < 500_000, "Overview page weight")
        #expect(server.stop() == 0 || server.process.terminationReason == .uncaughtSignal)
        // --log-requests: one line per request on standard error (info, rebinding, localhost, 3 paths, the POST, the page: 8).
        let log = server.standardError.split(separator: "\n").filter { $0.hasPrefix("GET ") || $0.hasPrefix("POST ") }
        #expect(log.count == 8, "\(log)")
        #expect(log.contains { $0.hasPrefix("GET /api/info 200 ") })
    }

    @Test func aMissingStoreIsOneErrorLine() throws {
        let run = try TestSupport.run(["serve", "/nonexistent/corpus.db", "--port", "0"])
        #expect(run.status == 1)
        #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test func badFlagsAreUsageErrors() throws {
        for args in [["--port", "70000"], ["--token", "short"], ["--max-body", "0"]] {
            let run = try TestSupport.run(["serve", "x.db"] + args)
            #expect(run.status == 64, "\(args)")
        }
    }
}
