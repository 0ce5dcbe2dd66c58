import Foundation

/// The DNS-rebinding and CSRF checks: a request's `Host` must name this server, and a state-changing request's
/// `Origin` must be this server's own origin.
///
/// A page on any web site can make the browser send requests to 127.0.0.1 (through a name it points there after
/// loading: DNS rebinding), and can submit forms to it (CSRF). The first sends a foreign `Host`, the second a
/// foreign `Origin`. A name that is not this server's is refused; with a wildcard bind (0.0.0.0) IP literals and
/// `localhost` are accepted, as DNS rebinding needs a name.
struct HostCheck: Sendable {
    /// The configured bind host.
    let host: String
    /// The port actually listened on.
    let port: Int

    /// `host[:port]` split (IPv6 in brackets); nil when malformed.
    static func split(_ authority: String) -> (host: String, port: Int?)? {
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { return nil }
            let h = String(authority[authority.index(after: authority.startIndex)..<close])
            let rest = authority[authority.index(after: close)...]
            if rest.isEmpty { return (h, nil) }
            guard rest.hasPrefix(":"), let p = Int(rest.dropFirst()) else { return nil }
            return (h, p)
        }
        let parts = authority.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count == 1 { return (authority, nil) }
        guard parts.count == 2, let p = Int(parts[1]) else { return nil }
        return (String(parts[0]), p)
    }

    static func isIPLiteral(_ h: String) -> Bool {
        if h.contains(":") { return h.allSatisfy { $0.isHexDigit || $0 == ":" || $0 == "." } }
        let parts = h.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { p in UInt8(p) != nil }
    }

    /// Whether `authority` (the Host header) names this server.
    func accepts(host authority: String?) -> Bool {
        guard let authority, let (h, p) = Self.split(authority.lowercased()) else { return false }
        guard (p ?? 80) == port else { return false }
        let configured = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        if ServeConfiguration.isLoopback(configured) {
            return h == "localhost" || h.hasPrefix("127.") && Self.isIPLiteral(h) || h == "::1"
        }
        if configured == "0.0.0.0" || configured == "::" { return Self.isIPLiteral(h) || h == "localhost" }
        return h == configured
    }

    /// Whether a state-changing request with these headers may proceed: its `Origin` (when sent) is
    /// `http://` + the Host it was sent to; without an Origin, `Sec-Fetch-Site` (when sent) is same-origin or none.
    func acceptsWrite(origin: String?, fetchSite: String?, authority: String?) -> Bool {
        if let origin {
            guard let authority else { return false }
            return origin.lowercased() == "http://" + authority.lowercased()
        }
        if let fetchSite { return fetchSite == "same-origin" || fetchSite == "none" }
        return true
    }
}
