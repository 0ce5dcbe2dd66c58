/// How `zhtext serve` runs: where it listens, whether documents can be added, the token, the limits.
public struct ServeConfiguration: Sendable {
    /// The address to bind (default loopback only).
    public var host: String
    /// The port (0: any free port; the URL printed names the real one).
    public var port: Int
    /// Refuse adding documents (403).
    public var readOnly: Bool
    /// When set, every request needs it (`Authorization: Bearer TOKEN`, or the cookie a page visit with `?token=`
    /// sets). Adding documents on a non-loopback host needs it.
    public var token: String?
    /// One line per request on standard error.
    public var logRequests: Bool
    /// Largest request body accepted (413 beyond).
    public var maximumBodyBytes: Int
    /// Longest time an answer may take (503 beyond).
    public var timeLimit: Duration
    /// A connection idle this long is closed (slow clients cannot hold connections).
    public var idleTimeout: Duration

    /// A configuration; defaults: 127.0.0.1:8080, documents can be added, no token, 32 MiB bodies, 30 s answers.
    public init(host: String = "127.0.0.1", port: Int = 8080, readOnly: Bool = false, token: String? = nil,
                logRequests: Bool = false, maximumBodyBytes: Int = 32 << 20, timeLimit: Duration = .seconds(30),
                idleTimeout: Duration = .seconds(60)) {
        self.host = host
        self.port = port
        self.readOnly = readOnly
        self.token = token
        self.logRequests = logRequests
        self.maximumBodyBytes = maximumBodyBytes
        self.timeLimit = timeLimit
        self.idleTimeout = idleTimeout
    }

    /// Whether ``host`` is a loopback address (only this machine can connect).
    public var isLoopback: Bool { Self.isLoopback(host) }

    static func isLoopback(_ host: String) -> Bool {
        let h = host.lowercased()
        return h == "localhost" || h == "::1" || h == "[::1]" || h.hasPrefix("127.")
    }

    /// Whether ``host`` listens on every interface.
    var isWildcard: Bool { host == "0.0.0.0" || host == "::" || host == "[::]" }

    /// Why adding documents is refused, or nil when it is allowed.
    public var addingRefusal: String? {
        if readOnly { return "this server is read-only (--read-only): documents cannot be added" }
        if !isLoopback && token == nil { return "adding documents on a non-loopback host needs --token" }
        return nil
    }
}
