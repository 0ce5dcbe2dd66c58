import Testing
@testable import ZhTextServe

/// DNS rebinding and CSRF: which Host and Origin headers pass.
@Suite struct HostCheckTests {
    static let hosts: [(bind: String, port: Int, header: String?, accepted: Bool, why: String)] = [
        ("127.0.0.1", 8080, "127.0.0.1:8080", true, "the address itself"),
        ("127.0.0.1", 8080, "localhost:8080", true, "localhost is loopback too"),
        ("127.0.0.1", 8080, "LOCALHOST:8080", true, "host names are case-insensitive"),
        ("127.0.0.1", 8080, "[::1]:8080", true, "IPv6 loopback"),
        ("127.0.0.1", 8080, "evil.example:8080", false, "a name pointed at 127.0.0.1: DNS rebinding"),
        ("127.0.0.1", 8080, "localhost.evil.example:8080", false, "a name that starts like localhost"),
        ("127.0.0.1", 8080, "127.0.0.1.nip.io:8080", false, "a name that looks like an address"),
        ("127.0.0.1", 8080, "127.0.0.1:8081", false, "another port"),
        ("127.0.0.1", 8080, "127.0.0.1", false, "no port means 80"),
        ("127.0.0.1", 80, "localhost", true, "port 80 may be left out"),
        ("127.0.0.1", 8080, nil, false, "no Host header"),
        ("127.0.0.1", 8080, "127.0.0.1:80:80", false, "malformed"),
        ("0.0.0.0", 8080, "192.168.1.20:8080", true, "every interface: an IP literal"),
        ("0.0.0.0", 8080, "evil.example:8080", false, "every interface: names are refused"),
        ("corpus.lan", 8080, "corpus.lan:8080", true, "a named host: its own name"),
        ("corpus.lan", 8080, "other.lan:8080", false, "a named host: another name"),
    ]

    @Test(arguments: hosts) func host(_ c: (bind: String, port: Int, header: String?, accepted: Bool, why: String)) {
        #expect(HostCheck(host: c.bind, port: c.port).accepts(host: c.header) == c.accepted, "\(c.why)")
    }

    static let origins: [(origin: String?, site: String?, accepted: Bool, why: String)] = [
        ("http://127.0.0.1:8080", nil, true, "same origin"),
        ("http://evil.example", nil, false, "a foreign site"),
        ("https://127.0.0.1:8080", nil, false, "another scheme is another origin"),
        ("null", nil, false, "an opaque origin (sandboxed frame, file:)"),
        (nil, "cross-site", false, "no Origin but the browser says cross-site"),
        (nil, "same-origin", true, "no Origin, same origin"),
        (nil, nil, true, "neither: not a browser"),
    ]

    @Test(arguments: origins) func origin(_ c: (origin: String?, site: String?, accepted: Bool, why: String)) {
        #expect(HostCheck(host: "127.0.0.1", port: 8080).acceptsWrite(origin: c.origin, fetchSite: c.site, authority: "127.0.0.1:8080") == c.accepted, "\(c.why)")
    }
}
