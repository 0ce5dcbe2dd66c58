import Foundation
/// A `multipart/form-data` body (RFC 7578) split into its parts. Parsing never traps: a body that does not follow
/// the format is refused with ``ServeError/badBody(_:)`` saying why.
public struct MultipartForm: Sendable, Equatable {
    /// One part: its form field name, the file name when it is a file, its content type, and its bytes.
    public struct Part: Sendable, Equatable {
        /// The field's name (`name=` of Content-Disposition).
        public var name: String
        /// The file's name (`filename=`), nil for a plain field.
        public var filename: String?
        /// The part's Content-Type, if given.
        public var contentType: String?
        /// The bytes, exactly as sent.
        public var data: [UInt8]

        /// The bytes as UTF-8 text (nil when not UTF-8).
        public var text: String? { String(validating: data, as: UTF8.self) }
    }

    /// The parts in body order.
    public var parts: [Part]

    /// At most this many parts are accepted.
    public static let maximumParts = 1000

    /// The boundary of a `Content-Type: multipart/form-data; boundary=…` header value (nil when it is not one).
    public static func boundary(contentType: String) -> String? {
        let pieces = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard let kind = pieces.first, kind.lowercased() == "multipart/form-data" else { return nil }
        for p in pieces.dropFirst() {
            guard let eq = p.firstIndex(of: "="), p[..<eq].trimmingCharacters(in: .whitespaces).lowercased() == "boundary" else { continue }
            var value = p[p.index(after: eq)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
            guard (1...70).contains(value.utf8.count) else { return nil }
            return value
        }
        return nil
    }

    /// Splits `body` at `--boundary` lines.
    public init(body: [UInt8], boundary: String) throws(ServeError) {
        let delimiter = Array(("--" + boundary).utf8)
        // The first delimiter may start the body or follow a preamble line.
        guard var position = Self.find(delimiter, in: body, from: 0) else { throw .badBody("multipart: no boundary line") }
        var parts: [Part] = []
        while true {
            var cursor = position + delimiter.count
            // "--" after the delimiter ends the body.
            if cursor + 1 < body.count, body[cursor] == UInt8(ascii: "-"), body[cursor + 1] == UInt8(ascii: "-") { break }
            // Then optional white space and CRLF.
            while cursor < body.count, body[cursor] == 0x20 || body[cursor] == 0x09 { cursor += 1 }
            guard cursor + 1 < body.count, body[cursor] == 0x0D, body[cursor + 1] == 0x0A else {
                throw .badBody("multipart: a boundary line does not end with CRLF (or the body ends without --\(boundary)--)")
            }
            cursor += 2
            guard let headerEnd = Self.find([0x0D, 0x0A, 0x0D, 0x0A], in: body, from: cursor) else {
                throw .badBody("multipart: a part's headers do not end with an empty line")
            }
            guard let headerText = String(validating: body[cursor..<headerEnd], as: UTF8.self) else {
                throw .badBody("multipart: a part's headers are not UTF-8")
            }
            let dataStart = headerEnd + 4
            guard let next = Self.find([0x0D, 0x0A] + delimiter, in: body, from: dataStart) else {
                throw .badBody("multipart: a part is not closed by a boundary line")
            }
            parts.append(try Self.part(headers: headerText, data: Array(body[dataStart..<next])))
            if parts.count > Self.maximumParts { throw .badBody("multipart: more than \(Self.maximumParts) parts") }
            position = next + 2
        }
        self.parts = parts
    }

    static func part(headers: String, data: [UInt8]) throws(ServeError) -> Part {
        var name: String?
        var filename: String?
        var contentType: String?
        for line in headers.split(separator: "\r\n") {
            guard let colon = line.firstIndex(of: ":") else { throw .badBody("multipart: a part header without a colon") }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch key {
            case "content-disposition":
                let params = Self.parameters(value)
                guard params.kind.lowercased() == "form-data" else { throw .badBody("multipart: Content-Disposition is not form-data") }
                name = params.values["name"]
                filename = params.values["filename"]
            case "content-type": contentType = value
            default: break
            }
        }
        guard let name else { throw .badBody("multipart: a part without a field name (Content-Disposition: form-data; name=…)") }
        return Part(name: name, filename: filename, contentType: contentType, data: data)
    }

    /// `form-data; name="x"; filename="y"` → kind and parameters (quoted values taken as they are, as browsers send them).
    static func parameters(_ value: String) -> (kind: String, values: [String: String]) {
        var scalars = Array(value.unicodeScalars)[...]
        func skipSpace() { while let c = scalars.first, c == " " || c == "\t" { scalars.removeFirst() } }
        var kind = ""
        while let c = scalars.first, c != ";" { kind.unicodeScalars.append(c); scalars.removeFirst() }
        var values: [String: String] = [:]
        while !scalars.isEmpty {
            scalars.removeFirst()  // ";"
            skipSpace()
            var key = ""
            while let c = scalars.first, c != "=", c != ";" { key.unicodeScalars.append(c); scalars.removeFirst() }
            guard scalars.first == "=" else { continue }
            scalars.removeFirst()
            skipSpace()
            var v = ""
            if scalars.first == "\"" {
                scalars.removeFirst()
                while let c = scalars.first {
                    scalars.removeFirst()
                    if c == "\"" { break }
                    // Browsers send a backslash as itself (a Windows path) and a quote as %22: no escapes.
                    v.unicodeScalars.append(c)
                }
                while let c = scalars.first, c != ";" { scalars.removeFirst() }
            } else {
                while let c = scalars.first, c != ";" { v.unicodeScalars.append(c); scalars.removeFirst() }
                v = v.trimmingCharacters(in: .whitespaces)
            }
            values[key.trimmingCharacters(in: .whitespaces).lowercased()] = v
        }
        return (kind.trimmingCharacters(in: .whitespaces), values)
    }

    /// The first index of `needle` in `hay` at or after `from`.
    static func find(_ needle: [UInt8], in hay: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, hay.count >= needle.count, from <= hay.count - needle.count else { return nil }
        let first = needle[0]
        var i = from
        let last = hay.count - needle.count
        return hay.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { n in
                while i <= last {
                    if h[i] == first {
                        var k = 1
                        while k < n.count && h[i + k] == n[k] { k += 1 }
                        if k == n.count { return i }
                    }
                    i += 1
                }
                return nil
            }
        }
    }

    /// The first part named `name`.
    public func part(named name: String) -> Part? { parts.first { $0.name == name } }

    /// Builds a body with `boundary` (for tests and clients).
    public static func encode(_ parts: [Part], boundary: String) -> [UInt8] {
        var out: [UInt8] = []
        for p in parts {
            var head = "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(p.name)\""
            if let f = p.filename { head += "; filename=\"\(f)\"" }
            head += "\r\n"
            if let t = p.contentType { head += "Content-Type: \(t)\r\n" }
            head += "\r\n"
            out += Array(head.utf8) + p.data + Array("\r\n".utf8)
        }
        out += Array("--\(boundary)--\r\n".utf8)
        return out
    }
}
