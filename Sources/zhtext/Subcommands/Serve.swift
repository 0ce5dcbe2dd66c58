import ArgumentParser
import Foundation
import ZhText
import ZhTextServe

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Explore a corpus store in the browser: trends, KWIC, keyness, phrases, documents; and a JSON API.",
        discussion: """
        Listens on 127.0.0.1 unless --host says otherwise and prints its address (http://HOST:PORT/) as one line on \
        standard output once ready; logs go to standard error. Each /api/ answer is the JSON the matching command \
        prints with --format json (see the README). Requests whose Host is not this server's (DNS rebinding) and \
        state-changing requests from a foreign Origin (CSRF) are refused. With --token every request needs it \
        (Authorization: Bearer TOKEN, or open a page once with ?token=TOKEN); on a non-loopback host adding \
        documents needs --token. Stop with Ctrl-C.
        """
    )

    @Argument(help: ArgumentHelp("The corpus store (made by `zhtext corpus add`).", valueName: "corpus"))
    var store: String

    @Option(help: ArgumentHelp("The address to listen on (0.0.0.0: every interface).", valueName: "host"))
    var host: String = "127.0.0.1"

    @Option(help: ArgumentHelp("The port (0: any free port; the printed address names it).", valueName: "port"))
    var port: Int = 8080

    @Flag(help: "Refuse adding documents (the Add page and POST /api/documents answer 403).")
    var readOnly = false

    @Option(help: ArgumentHelp("Require this bearer token on every request.", valueName: "token"))
    var token: String?

    @Flag(help: "Log one line per request to standard error.")
    var logRequests = false

    @Option(help: ArgumentHelp("Largest request body in MiB (413 beyond).", valueName: "mib"))
    var maxBody: Int = 32

    @Option(help: ArgumentHelp("Longest time an answer may take, in seconds (503 beyond).", valueName: "s"))
    var timeLimit: Int = 30

    func validate() throws {
        if !(0...65535).contains(port) { throw ValidationError("--port must be 0…65535 (got \(port))") }
        if host.isEmpty { throw ValidationError("--host must not be empty") }
        if let token, token.count < 8 || token.contains(where: { $0.isWhitespace || $0 == ";" || $0 == "," }) {
            throw ValidationError("--token must have at least 8 characters and no spaces, commas or semicolons")
        }
        if maxBody < 1 { throw ValidationError("--max-body must be at least 1") }
        if timeLimit < 1 { throw ValidationError("--time-limit must be at least 1") }
    }

    func run() throws {
        let console = Console()
        let configuration = ServeConfiguration(host: host, port: port, readOnly: readOnly, token: token, logRequests: logRequests,
                                               maximumBodyBytes: maxBody << 20, timeLimit: .seconds(timeLimit))
        let server: CorpusServer
        do { server = try CorpusServer(corpusPath: store, configuration: configuration) } catch {
            console.fail(error)
            try console.finish()
            return
        }
        if configuration.addingRefusal != nil && !readOnly {
            console.warn("listening on \(host) without --token: documents cannot be added (give --token to allow it)")
        }
        let failure = ServeFailure()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { try await server.run() } catch { failure.set("cannot serve on \(host):\(port): \(Self.describe(error))") }
            done.signal()
        }
        done.wait()
        if let message = failure.message {
            console.fail(ZhTextError.invalidArgument(message))
        }
        try console.finish()
    }

    /// A bind error in one line ("address already in use").
    static func describe(_ error: any Error) -> String {
        let text = "\(error)"
        if text.contains("Address already in use") { return "address already in use" }
        if text.contains("Cannot assign requested address") { return "not an address of this machine" }
        return text
    }
}

/// The error that ended the server, set from its task.
final class ServeFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var text: String?
    func set(_ s: String) { lock.lock(); text = s; lock.unlock() }
    var message: String? { lock.lock(); defer { lock.unlock() }; return text }
}
