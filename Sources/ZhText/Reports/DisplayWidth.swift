/// How many terminal columns text occupies, decided per Unicode scalar (never per `Character`).
///
/// East Asian Wide and Fullwidth characters (Han, kana, Hangul syllables, full-width forms, CJK punctuation such as
/// `，。《》`) and emoji with emoji presentation take two columns; combining marks, format characters (zero-width
/// joiners and spaces) and controls take none; everything else — including East Asian *Ambiguous* characters such
/// as `“”·—`, which most terminals draw narrow — takes one.
public enum DisplayWidth {
    /// Columns of one scalar: 0, 1 or 2.
    @inline(__always)
    public static func of(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        if v < 0x7F { return v < 0x20 ? 0 : 1 }
        if v < 0xA0 { return 0 }
        if v < 0x300 { return 1 }
        if isWide(v) { return 2 }
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        if (0x1160...0x11FF).contains(v) { return 0 }  // Hangul medial and final jamo join the syllable
        if s.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// Columns of a string.
    /// - Complexity: O(n) in the number of scalars.
    public static func of(_ text: String) -> Int {
        var total = 0
        for s in text.unicodeScalars { total += of(s) }
        return total
    }

    /// East Asian Width W or F (Unicode 15 EastAsianWidth.txt, outside the emoji blocks handled by emoji presentation).
    @inline(__always)
    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A,
             0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x16FE0...0x16FE4, 0x16FF0...0x16FF1, 0x17000...0x18CFF, 0x18D00...0x18D08, 0x1AFF0...0x1B2FF,
             0x1F200...0x1F202, 0x1F210...0x1F23B, 0x1F240...0x1F248, 0x1F250...0x1F251, 0x1F260...0x1F265,
             0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
