import Foundation
import ZhText

/// The parameters of a request's query string (`term=a&term=b&by=month`), decoded, with typed accessors whose errors
/// name the parameter (``ServeError/badParameter(name:reason:)``, a 400).
///
/// Decoding: pairs split at `&`, name and value at the first `=`; `+` is a space; `%XX` is a byte, the bytes of a
/// value read as UTF-8 (a malformed escape or invalid UTF-8 is refused with the parameter's name). Never traps.
public struct QueryParameters: Sendable, Equatable {
    /// The pairs in request order.
    public private(set) var pairs: [(name: String, value: String)]

    public static func == (a: QueryParameters, b: QueryParameters) -> Bool {
        a.pairs.elementsEqual(b.pairs) { $0.name == $1.name && $0.value == $1.value }
    }

    /// The parameters of `query` (the part of the URL after `?`, without the `#` fragment).
    public init(query: String) throws(ServeError) {
        var pairs: [(String, String)] = []
        for part in query.split(separator: "&", omittingEmptySubsequences: true) {
            let eq = part.firstIndex(of: "=")
            let rawName = eq.map { part[..<$0] } ?? part[...]
            let rawValue = eq.map { part[part.index(after: $0)...] } ?? ""
            guard let name = Self.decode(rawName) else {
                throw .badParameter(name: String(rawName.prefix(40)), reason: "malformed percent-encoding in the name")
            }
            guard let value = Self.decode(rawValue) else {
                throw .badParameter(name: name, reason: "malformed percent-encoding or not UTF-8")
            }
            pairs.append((name, value))
        }
        self.pairs = pairs
    }

    /// Parameters from pairs (for pages that build links).
    public init(_ pairs: [(String, String)]) { self.pairs = pairs }

    /// `application/x-www-form-urlencoded` decoding of one name or value; nil when malformed.
    static func decode(_ s: Substring) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(s.utf8.count)
        var it = s.utf8.makeIterator()
        while let b = it.next() {
            switch b {
            case UInt8(ascii: "+"): bytes.append(0x20)
            case UInt8(ascii: "%"):
                guard let h = it.next().flatMap(hex), let l = it.next().flatMap(hex) else { return nil }
                bytes.append(h << 4 | l)
            default: bytes.append(b)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    static func hex(_ b: UInt8) -> UInt8? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return b - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return b - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return b - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    /// Percent-encodes `s` for a query string (everything but unreserved ASCII).
    public static func encode(_ s: String) -> String {
        var out = ""
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(b))
            default:
                let digits = Array("0123456789ABCDEF".unicodeScalars)
                out += "%"
                out.unicodeScalars.append(digits[Int(b >> 4)])
                out.unicodeScalars.append(digits[Int(b & 15)])
            }
        }
        return out
    }

    /// The query string of these parameters.
    public var encoded: String { pairs.map { Self.encode($0.name) + "=" + Self.encode($0.value) }.joined(separator: "&") }

    /// Every value of `name`, in order, empty ones left out.
    public func all(_ name: String) -> [String] { pairs.filter { $0.name == name && !$0.value.isEmpty }.map(\.value) }

    /// The value of `name` (nil when absent or empty); refused when given twice with different values.
    public func string(_ name: String) throws(ServeError) -> String? {
        let values = all(name)
        guard let first = values.first else { return nil }
        if values.contains(where: { $0 != first }) { throw .badParameter(name: name, reason: "given more than once") }
        return first
    }

    /// A whole number in `range` (`fallback` when absent).
    public func int(_ name: String, default fallback: Int, in range: ClosedRange<Int>) throws(ServeError) -> Int {
        guard let text = try string(name) else { return fallback }
        guard let n = Int(text.trimmingCharacters(in: .whitespaces)) else { throw .badParameter(name: name, reason: "\"\(Self.shown(text))\" is not a whole number") }
        guard range.contains(n) else { throw .badParameter(name: name, reason: "\(n) is out of range (\(range.lowerBound)…\(range.upperBound))") }
        return n
    }

    /// A yes/no flag: absent, `0`, `false`, `no`, `off` are false; empty, `1`, `true`, `yes`, `on` are true.
    public func flag(_ name: String) throws(ServeError) -> Bool {
        let values = pairs.filter { $0.name == name }.map { $0.value.lowercased() }
        guard let v = values.last else { return false }
        switch v {
        case "", "1", "true", "yes", "on": return true
        case "0", "false", "no", "off": return false
        default: throw .badParameter(name: name, reason: "\"\(Self.shown(v))\" is not a yes/no value (1 or 0)")
        }
    }

    /// The `where` conditions, each `FIELD=VALUE`, `FIELD!=VALUE`, `FIELD>=VALUE`, `FIELD<=VALUE` or `FIELD~TEXT`.
    public func filter(_ name: String = "where") throws(ServeError) -> DocumentFilter {
        do { return try DocumentFilter(parsing: all(name)) } catch { throw .badParameter(name: name, reason: error.description) }
    }

    /// `by`: a period (year, quarter, month, week, day, label) or a field name.
    public func grouping(_ name: String = "by", default fallback: CorpusGrouping) throws(ServeError) -> CorpusGrouping {
        guard let text = try string(name) else { return fallback }
        return CorpusGrouping(parsing: text)
    }

    /// `sort`: L1–L3 or R1–R3 (nil when absent).
    public func sort(_ name: String = "sort") throws(ServeError) -> KWICSort? {
        guard let text = try string(name) else { return nil }
        guard let s = KWICSort(text.uppercased()) else { throw .badParameter(name: name, reason: "\"\(Self.shown(text))\" is not one of L1, L2, L3, R1, R2, R3") }
        return s
    }

    /// The parameters with `name` set to `value` (all earlier values of it removed); a nil value removes it.
    public func setting(_ name: String, _ value: String?) -> QueryParameters {
        var copy = self
        copy.pairs.removeAll { $0.name == name }
        if let value { copy.pairs.append((name, value)) }
        return copy
    }

    /// A value as an error message shows it: at most 40 characters.
    static func shown(_ s: String) -> String { s.count > 40 ? String(s.prefix(40)) + "…" : s }
}
