/// A JSON value with ordered object keys, written deterministically (UTF-8, Chinese unescaped).
public indirect enum JSON: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSON])
    case object([(String, JSON)])

    public static func == (a: JSON, b: JSON) -> Bool { a.compact == b.compact }

    /// One line, no spaces (JSONL).
    public var compact: String {
        var out = ""
        write(into: &out, indent: nil, level: 0)
        return out
    }

    /// Indented with two spaces.
    public var pretty: String {
        var out = ""
        write(into: &out, indent: "  ", level: 0)
        return out
    }

    /// Indented with two spaces, as an element nested `level` deep (`level` 1: an element of a top-level array),
    /// so that a caller can write an array one element at a time.
    public func pretty(level: Int) -> String {
        var out = ""
        write(into: &out, indent: "  ", level: level)
        return out
    }

    private func write(into out: inout String, indent: String?, level: Int) {
        switch self {
        case .null: out += "null"
        case let .bool(b): out += b ? "true" : "false"
        case let .int(i): out += String(i)
        case let .double(d): out += JSON.format(d)
        case let .string(s): JSON.quote(s, into: &out)
        case let .array(items):
            if items.isEmpty { out += "[]"; return }
            out += "["
            for (k, item) in items.enumerated() {
                if k > 0 { out += "," }
                if let indent { out += "\n" + String(repeating: indent, count: level + 1) }
                item.write(into: &out, indent: indent, level: level + 1)
            }
            if let indent { out += "\n" + String(repeating: indent, count: level) }
            out += "]"
        case let .object(fields):
            if fields.isEmpty { out += "{}"; return }
            out += "{"
            for (k, (key, value)) in fields.enumerated() {
                if k > 0 { out += "," }
                if let indent { out += "\n" + String(repeating: indent, count: level + 1) }
                JSON.quote(key, into: &out)
                out += indent == nil ? ":" : ": "
                value.write(into: &out, indent: indent, level: level + 1)
            }
            if let indent { out += "\n" + String(repeating: indent, count: level) }
            out += "}"
        }
    }

    /// Numbers: integers without a fraction, others with up to 6 significant decimals; non-finite as null.
    static func format(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        if d == d.rounded() && abs(d) < 1e15 { return String(Int(d)) }
        var s = String(format6: d)
        if s.contains(".") {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        return s
    }

    static func quote(_ s: String, into out: inout String) {
        out += "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x2028 || u.value == 0x2029 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out += "\""
    }
}

extension String {
    /// A double with six decimals, locale-independent.
    init(format6 d: Double) {
        let scaled = (d * 1_000_000).rounded()
        if abs(scaled) >= 9.0e18 { self = String(d); return }
        let v = Int64(scaled)
        let sign = v < 0 ? "-" : ""
        let a = v.magnitude
        let frac = String(a % 1_000_000)
        self = sign + String(a / 1_000_000) + "." + String(repeating: "0", count: 6 - frac.count) + frac
    }
}
