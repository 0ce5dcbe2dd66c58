/// Escapes text for HTML and SVG (element content and quoted attribute values). Document text is untrusted:
/// everything a document contributes to a report passes through here.
public enum HTMLEscaping {
    /// `&` `<` `>` `"` `'` replaced by entities; control characters other than tab and line breaks dropped
    /// (they are not allowed in HTML).
    /// - Complexity: O(n).
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for s in text.unicodeScalars {
            switch s {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                if Script.isControl(s) || (0xFDD0...0xFDEF).contains(s.value) || s.value & 0xFFFE == 0xFFFE { continue }
                out.unicodeScalars.append(s)
            }
        }
        return out
    }

    /// A number for SVG geometry: at most two decimals, `.` as separator, never `nan`.
    static func coordinate(_ d: Double) -> String {
        guard d.isFinite else { return "0" }
        let r = (d * 100).rounded() / 100
        if r == r.rounded() { return String(Int(r)) }
        return String(r)
    }
}
