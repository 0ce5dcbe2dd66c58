import Foundation
import ZhText

/// What a request can do wrong, or what stops the server from answering it. Each answers with its HTTP status and a
/// JSON body `{"error": "…"}` (one line, naming the parameter; never a stack trace or a path of the machine).
public enum ServeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// 400: a parameter is missing, repeated where it may not be, or has a value that cannot be used.
    case badParameter(name: String, reason: String)
    /// 400: the request body cannot be used (malformed JSON, a multipart body without a file, not text).
    case badBody(String)
    /// 401: a token is required and none or a wrong one was sent.
    case unauthorized
    /// 403: the request is refused (read-only server, foreign Host or Origin, adding without a token off loopback).
    case forbidden(String)
    /// 404: no such page, endpoint or document.
    case notFound(String)
    /// 405: the path exists but not for this method.
    case methodNotAllowed(method: String, allowed: [String])
    /// 413: the body is larger than the limit.
    case tooLarge(limit: Int)
    /// 503: the answer took longer than the time limit.
    case timedOut(seconds: Int)
    /// 500: the store failed (the message names no path of the machine).
    case failed(String)

    /// The HTTP status code.
    public var status: Int {
        switch self {
        case .badParameter, .badBody: return 400
        case .unauthorized: return 401
        case .forbidden: return 403
        case .notFound: return 404
        case .methodNotAllowed: return 405
        case .tooLarge: return 413
        case .timedOut: return 503
        case .failed: return 500
        }
    }

    public var description: String {
        switch self {
        case let .badParameter(name, reason): return "parameter \(name): \(reason)"
        case let .badBody(reason): return "request body: \(reason)"
        case .unauthorized: return "this server needs its token: send the header Authorization: Bearer TOKEN"
        case let .forbidden(reason): return reason
        case let .notFound(what): return "not found: \(what)"
        case let .methodNotAllowed(method, allowed): return "method \(method) not allowed here (allowed: \(allowed.joined(separator: ", ")))"
        case let .tooLarge(limit): return "request body larger than \(limit) bytes"
        case let .timedOut(seconds): return "the answer took longer than \(seconds) s; narrow the question (--where, fewer terms)"
        case let .failed(reason): return reason
        }
    }

    /// The body: `{"error": "…"}` and a line break.
    public var json: String { JSON.object([("error", .string(description))]).pretty + "\n" }

    /// A library or store error as the server reports it, with the store's path replaced by `corpus`.
    static func wrapping(_ error: any Error, storePath: String) -> ServeError {
        if let e = error as? ServeError { return e }
        var text = "\(error)"
        if !storePath.isEmpty { text = text.replacingOccurrences(of: storePath, with: "corpus") }
        if let e = error as? ZhTextError, case .invalidArgument = e { return .badParameter(name: "query", reason: text) }
        return .failed(text)
    }
}
