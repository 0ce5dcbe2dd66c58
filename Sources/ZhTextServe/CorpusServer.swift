import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOConcurrencyHelpers
import NIOCore
import ZhText
import ZhTextStore

/// `zhtext serve`: the browser explorer and JSON API over one corpus store, on Hummingbird.
///
/// Every request passes one middleware that checks it (Host, token, Origin, size) and answers it: the JSON API
/// under `/api/`, server-rendered pages, and the two self-served assets. Nothing is read from disk but the store.
public struct CorpusServer: Sendable {
    /// How it runs.
    public let configuration: ServeConfiguration
    /// The answers.
    public let service: CorpusService
    /// The port listened on, once known.
    let boundPort = NIOLockedValueBox<Int?>(nil)

    /// A server over the store at `corpusPath` (which must exist: `corpus add` makes one).
    /// - Throws: ``CorpusStoreError`` when the store cannot be opened.
    public init(corpusPath: String, configuration: ServeConfiguration) throws {
        self.configuration = configuration
        self.service = CorpusService(store: try CorpusStore(path: corpusPath))
    }

    /// A server over an open store.
    public init(store: CorpusStore, configuration: ServeConfiguration) {
        self.configuration = configuration
        self.service = CorpusService(store: store)
    }

    /// A logger writing to standard error.
    static func logger() -> Logger {
        var logger = Logger(label: "zhtext-serve", factory: { StreamLogHandler.standardError(label: $0) })
        logger.logLevel = .warning
        return logger
    }

    /// The application (for in-process tests and ``run(onReady:)``). `onReady` gets the URL once listening.
    public func application(onReady: @escaping @Sendable (String) -> Void = { _ in }) -> some ApplicationProtocol {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: ServeMiddleware<BasicRequestContext>(server: self))
        let host = configuration.host
        let ports = boundPort
        return Application(
            router: router,
            server: .http1(configuration: .init(idleTimeout: .seconds(configuration.idleTimeout.components.seconds))),
            configuration: .init(address: .hostname(host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                ports.withLockedValue { $0 = port }
                let shown = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
                onReady("http://\(shown):\(port)/")
            },
            logger: Self.logger()
        )
    }

    /// Runs until SIGINT or SIGTERM; prints the URL as one line on standard output (flushed) once listening.
    public func run() async throws {
        try await application(onReady: { url in
            FileHandle.standardOutput.write(Data((url + "\n").utf8))
        }).runService()
    }

    /// The port in force: the bound one once known, else the configured one.
    var port: Int { boundPort.withLockedValue { $0 } ?? configuration.port }
}

/// Checks and answers every request.
struct ServeMiddleware<Context: RequestContext>: RouterMiddleware {
    let server: CorpusServer

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        var response: Response
        do {
            response = try await answer(request)
        } catch let error as ServeError {
            response = Self.error(error)
        } catch {
            response = Self.error(ServeError.wrapping(error, storePath: server.service.store.path))
        }
        Self.secure(&response.headers)
        if server.configuration.logRequests {
            let ms = (ContinuousClock.now - start).components
            let elapsed = Double(ms.seconds) * 1000 + Double(ms.attoseconds) / 1e15
            FileHandle.standardError.write(Data("\(request.method) \(request.uri.string) \(response.status.code) \(String(format: "%.1f", elapsed)) ms\n".utf8))
        }
        return response
    }

    /// The security headers of every response: the CSP (nothing but this server's own scripts and styles).
    static func secure(_ headers: inout HTTPFields) {
        headers[HTTPField.Name("Content-Security-Policy")!] =
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
        headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        // same-origin, not no-referrer: under no-referrer a browser sends `Origin: null` with its own form posts.
        headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
        headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
    }

    static func error(_ e: ServeError) -> Response {
        var headers: HTTPFields = [.contentType: "application/json; charset=utf-8"]
        if case let .methodNotAllowed(_, allowed) = e { headers[.allow] = allowed.joined(separator: ", ") }
        if case .unauthorized = e { headers[.wwwAuthenticate] = "Bearer" }
        return Response(status: .init(code: e.status), headers: headers, body: .init(byteBuffer: ByteBuffer(string: e.json)))
    }

    static func text(_ body: String, type: String, status: Int = 200, headers extra: HTTPFields = [:]) -> Response {
        var headers: HTTPFields = [.contentType: type]
        headers.append(contentsOf: extra)
        return Response(status: .init(code: status), headers: headers, body: .init(byteBuffer: ByteBuffer(string: body)))
    }

    static func redirect(_ location: String, headers extra: HTTPFields = [:]) -> Response {
        var headers: HTTPFields = [.location: location]
        headers.append(contentsOf: extra)
        return Response(status: .seeOther, headers: headers)
    }

    static func cookie(_ name: String, in request: Request) -> String? {
        for field in request.headers[values: .cookie] {
            for pair in field.split(separator: ";") {
                let kv = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                if kv.count == 2, kv[0] == name { return kv[1] }
            }
        }
        return nil
    }

    /// Constant-time comparison of two tokens.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        var diff = x.count ^ y.count
        for i in 0..<max(x.count, y.count) { diff |= Int((i < x.count ? x[i] : 0) ^ (i < y.count ? y[i] : 0)) }
        return diff == 0
    }

    func answer(_ request: Request) async throws -> Response {
        let config = server.configuration
        let checks = HostCheck(host: config.host, port: server.port)
        guard checks.accepts(host: request.head.authority) else {
            throw ServeError.forbidden("the Host header does not name this server (DNS rebinding is refused)")
        }
        // The path and query, split raw (the path is percent-decoded per segment below).
        let uri = request.uri.string
        let rawPath = String(uri.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? "/")
        let rawQuery = uri.firstIndex(of: "?").map { String(uri[uri.index(after: $0)...].split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? "") } ?? ""
        let params = try QueryParameters(query: rawQuery)
        if let token = config.token {
            let bearer = request.headers[.authorization].flatMap { $0.hasPrefix("Bearer ") ? String($0.dropFirst(7)) : nil }
            let given = bearer ?? Self.cookie("zhtext_token", in: request)
            if request.method == .get, let t = params.all("token").last, Self.same(t, token) {
                // A page visited with ?token=T: remembered in a cookie; the token leaves the address bar.
                let rest = params.setting("token", nil).encoded
                return Self.redirect(rawPath + (rest.isEmpty ? "" : "?" + rest),
                                     headers: [.setCookie: "zhtext_token=\(token); Path=/; HttpOnly; SameSite=Strict"])
            }
            guard let given, Self.same(given, token) else { throw ServeError.unauthorized }
        }
        let segments = try rawPath.split(separator: "/", omittingEmptySubsequences: true).map { s throws(ServeError) -> String in
            guard let d = QueryParameters.decode(Substring(s.replacingOccurrences(of: "+", with: "%2B"))) else {
                throw ServeError.notFound("a path with malformed percent-encoding")
            }
            return d
        }
        let isWrite = request.method != .get && request.method != .head
        if isWrite, !checks.acceptsWrite(origin: request.headers[.origin], fetchSite: request.headers[HTTPField.Name("Sec-Fetch-Site")!],
                                         authority: request.head.authority) {
            throw ServeError.forbidden("the request comes from a foreign origin (cross-site requests are refused)")
        }
        return try await route(request, segments: segments, params: params)
    }

    /// Allows only `methods` for this path.
    func only(_ methods: [HTTPRequest.Method], _ request: Request) throws {
        var allowed = methods
        if allowed.contains(.get) { allowed.append(.head) }
        guard allowed.contains(request.method) else {
            throw ServeError.methodNotAllowed(method: request.method.rawValue, allowed: allowed.map(\.rawValue))
        }
    }

    func route(_ request: Request, segments: [String], params: QueryParameters) async throws -> Response {
        let service = server.service
        let limit = server.configuration.timeLimit
        let language = Localization.language(query: params, cookie: Self.cookie("zhtext_lang", in: request),
                                             acceptLanguage: request.headers[.acceptLanguage])
        let pages = Pages(service: service, language: language, readOnly: server.configuration.addingRefusal != nil)
        func html(_ make: @escaping @Sendable () throws -> String) async throws -> Response {
            let body = try await Work.run(limit: limit, make)
            var extra: HTTPFields = [:]
            if params.all("lang").last.flatMap(Localization.Language.init(rawValue:)) != nil {
                extra[.setCookie] = "zhtext_lang=\(language.rawValue); Path=/; SameSite=Strict"
            }
            return Self.text(body, type: "text/html; charset=utf-8", headers: extra)
        }
        func json(_ endpoint: String) async throws -> Response {
            try only([.get], request)
            let body = try await Work.run(limit: limit) { try service.body(of: endpoint, params) }
            return Self.text(body, type: "application/json; charset=utf-8")
        }
        switch segments.first {
        case nil:
            try only([.get], request)
            return try await html { try pages.overview(params) }
        case "assets":
            try only([.get], request)
            guard segments.count == 2, let asset = Assets.named[segments[1]] else { throw ServeError.notFound("no such asset") }
            return Self.text(asset.body, type: asset.type, headers: [.cacheControl: "max-age=3600"])
        case "api":
            guard segments.count >= 2 else { throw ServeError.notFound("/api (endpoints: info, trend, kwic, compare, phrases, documents)") }
            switch segments[1] {
            case "info", "trend", "kwic", "compare", "phrases":
                guard segments.count == 2 else { throw ServeError.notFound("no such endpoint") }
                return try await json(segments[1])
            case "kwic.csv":
                guard segments.count == 2 else { throw ServeError.notFound("no such endpoint") }
                try only([.get], request)
                let body = try await Work.run(limit: limit) { try pages.kwicCSV(params) }
                return Self.text(body, type: "text/csv; charset=utf-8", headers: [.contentDisposition: "attachment; filename=\"kwic.csv\""])
            case "documents":
                if segments.count == 2 {
                    try only([.get, .post], request)
                    if request.method == .post {
                        let docs = try await loadUpload(request)
                        let summary = try await Work.run(limit: limit) { try service.add(docs) }
                        return Self.text(Self.added(summary, docs).pretty + "\n", type: "application/json; charset=utf-8", status: 201)
                    }
                    let (body, total) = try await Work.run(limit: limit) { () throws -> (String, Int) in
                        let answer = try service.documents(params)
                        return (answer.json.pretty + "\n", answer.total)
                    }
                    return Self.text(body, type: "application/json; charset=utf-8", headers: [HTTPField.Name("X-Total-Count")!: String(total)])
                }
                guard segments.count == 3 else { throw ServeError.notFound("no such endpoint") }
                try only([.get], request)
                let id = segments[2]
                let body = try await Work.run(limit: limit) { try service.documentJSON(id: id).pretty + "\n" }
                return Self.text(body, type: "application/json; charset=utf-8")
            default:
                throw ServeError.notFound("no such endpoint (endpoints: info, trend, kwic, compare, phrases, documents)")
            }
        case "trends", "kwic", "keyness", "phrases", "collocates", "dispersion":
            guard segments.count == 1 else { throw ServeError.notFound("no such page") }
            try only([.get], request)
            let name = segments[0]
            return try await html { try pages.page(name, params) }
        case "documents":
            guard segments.count == 2 else { throw ServeError.notFound("no such page") }
            try only([.get], request)
            let id = segments[1]
            return try await html { try pages.document(id: id, params) }
        case "add":
            guard segments.count == 1 else { throw ServeError.notFound("no such page") }
            try only([.get, .post], request)
            if request.method == .post {
                if let refusal = server.configuration.addingRefusal { throw ServeError.forbidden(refusal) }
                let docs = try await loadUpload(request)
                let summary = try await Work.run(limit: limit) { try service.add(docs) }
                return try await html { try pages.added(summary, documents: docs) }
            }
            return try await html { try pages.addForm() }
        default:
            throw ServeError.notFound("no such page")
        }
    }

    /// The documents of an upload, after the refusal checks and within the size limit.
    func loadUpload(_ request: Request) async throws -> [LoadedDocument] {
        if let refusal = server.configuration.addingRefusal { throw ServeError.forbidden(refusal) }
        let limit = server.configuration.maximumBodyBytes
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit { throw ServeError.tooLarge(limit: limit) }
        let buffer: ByteBuffer
        do { buffer = try await request.body.collect(upTo: limit) } catch { throw ServeError.tooLarge(limit: limit) }
        let bytes = Array(buffer.readableBytesView)
        let type = request.headers[.contentType]
        return try await Work.run(limit: server.configuration.timeLimit) { try Upload.documents(body: bytes, contentType: type) }
    }

    /// The answer of a POST: `{"added", "updated", "unchanged", "documents", "ids"}`.
    static func added(_ s: CorpusAddSummary, _ docs: [LoadedDocument]) -> JSON {
        .object([("added", .int(s.added)), ("updated", .int(s.updated)), ("unchanged", .int(s.unchanged)),
                 ("documents", .int(s.documents)), ("id", .string(docs[0].record.id)), ("ids", .array(docs.map { .string($0.record.id) }))])
    }
}

/// Blocking work (SQLite reads, analysis) run off Swift's cooperative threads, with a time limit.
enum Work {
    static let queue = DispatchQueue(label: "zhtext-serve.work", attributes: .concurrent)
    /// Deadlines fire on a queue of their own (serial, so it has its own thread even when the work fills the pool).
    static let timers = DispatchQueue(label: "zhtext-serve.deadlines")

    /// The result of `body`, or ``ServeError/timedOut(seconds:)`` after `limit`: whichever comes first answers the
    /// request (work that is cut off runs on to its end, its result dropped).
    static func run<T: Sendable>(limit: Duration, _ body: @escaping @Sendable () throws -> T) async throws -> T {
        let once = NIOLockedValueBox(false)
        return try await withCheckedThrowingContinuation { (c: CheckedContinuation<T, any Error>) in
            let finish: @Sendable (Result<T, any Error>) -> Void = { result in
                let first = once.withLockedValue { done in
                    defer { done = true }
                    return !done
                }
                if first { c.resume(with: result) }
            }
            queue.async { finish(Result { try body() }) }
            let c = limit.components
            let nanoseconds = Int(c.seconds) * 1_000_000_000 + Int(c.attoseconds / 1_000_000_000)
            timers.asyncAfter(deadline: .now() + .nanoseconds(nanoseconds)) {
                finish(.failure(ServeError.timedOut(seconds: Int(c.seconds))))
            }
        }
    }
}
