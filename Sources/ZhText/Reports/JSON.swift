import Foundation

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

    /// Numbers: integers without a fraction; others with up to 6 decimals, or, below 0.001 and from 1e15 on,
    /// in exponent form with 6 significant digits (`4.18e-39`), so that every number keeps its magnitude (a
    /// p-value of 4e-39 is never written as 0); non-finite as null.
    static func format(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        if d != 0 && (abs(d) < 0.001 || abs(d) >= 1e15) { return scientific(d) }
        if d == d.rounded() { return String(Int(d)) }
        var s = String(format6: d)
        if s.contains(".") {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        return s
    }

    /// `d` (non-zero, finite) as `m.mmmmme±x` with trailing zeros of the mantissa dropped: `4.18e-39`, `1e+15`.
    static func scientific(_ d: Double) -> String {
        var exponent = Int(log10(abs(d)).rounded(.down))
        // Below 1e-300, 10^exponent would underflow: scale up first.
        var mantissa = exponent < -300 ? d * 1e300 / pow(10, Double(exponent + 300)) : d / pow(10, Double(exponent))
        // log10 and pow are not exact near powers of ten, and rounding to 6 digits can carry into a new digit.
        if abs(mantissa) < 1 { mantissa *= 10; exponent -= 1 }
        if (abs(mantissa) * 100_000).rounded() >= 1_000_000 { mantissa /= 10; exponent += 1 }
        let scaled = Int64((mantissa * 100_000).rounded())
        let sign = scaled < 0 ? "-" : ""
        let a = scaled.magnitude
        var frac = String(a % 100_000)
        frac = String(repeating: "0", count: 5 - frac.count) + frac
        while frac.hasSuffix("0") { frac.removeLast() }
        let m = String(a / 100_000) + (frac.isEmpty ? "" : "." + frac)
        return sign + m + "e" + (exponent < 0 ? "-" : "+") + String(abs(exponent))
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
