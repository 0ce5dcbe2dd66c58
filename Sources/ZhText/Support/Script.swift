/// Character classes ZhText needs, decided on Unicode scalars (never on `Character`, which is slow).
public enum Script {
    /// Han ideographs: CJK Unified Ideographs and extensions A–H, compatibility ideographs, and 〇.
    @inline(__always)
    public static func isHan(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x3007 { return false }
        return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || v == 0x3007
            || (0x20000...0x2EBEF).contains(v) || (0x30000...0x323AF).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0x2F800...0x2FA1F).contains(v)
    }

    /// Sentence-final punctuation (Chinese and ASCII): `。！？；…` and `.!?;`.
    @inline(__always)
    public static func isSentenceFinal(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0x2026, 0x21, 0x3F, 0x3B, 0xFF0E, 0xFF61: return true
        default: return false
        }
    }

    /// Full-width sentence ends `。！？；`: between one of them and a Han character every segmenter has a token
    /// boundary and normalization changes nothing, so texts may be cut there.
    @inline(__always)
    public static func isFullWidthSentenceEnd(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3002, 0xFF01, 0xFF1F, 0xFF1B: return true
        default: return false
        }
    }

    /// Closing quotes and brackets that stay with the sentence before them: `”’」』）》】〕〉"')]`.
    @inline(__always)
    public static func isClosing(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x201D, 0x2019, 0x300D, 0x300F, 0xFF09, 0x300B, 0x3011, 0x3015, 0x3009, 0x22, 0x27, 0x29, 0x5D, 0xFF3D, 0x3017, 0x3019:
            return true
        default: return false
        }
    }

    /// White space other than line breaks.
    @inline(__always)
    public static func isInlineSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || s.value == 0x3000 || s.value == 0xA0 || (0x2000...0x200A).contains(s.value) || s.value == 0x202F || s.value == 0x205F
    }

    /// Line breaks: LF, CR, and the Unicode line/paragraph separators.
    @inline(__always)
    public static func isLineBreak(_ s: Unicode.Scalar) -> Bool {
        s == "\n" || s == "\r" || s.value == 0x2028 || s.value == 0x2029 || s.value == 0x0B || s.value == 0x0C || s.value == 0x85
    }

    /// Any white space.
    @inline(__always)
    public static func isWhiteSpace(_ s: Unicode.Scalar) -> Bool {
        isInlineSpace(s) || isLineBreak(s)
    }

    /// Characters removed by normalization: zero-width characters, soft hyphen, BOM inside text, bidi and other format controls.
    @inline(__always)
    public static func isInvisible(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x200B...0x200F, 0x2060...0x2064, 0xFEFF, 0x00AD, 0x202A...0x202E, 0x2066...0x2069, 0x180E, 0x034F: return true
        default: return false
        }
    }

    /// C0/C1 control characters other than tab and line breaks.
    @inline(__always)
    public static func isControl(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D && v != 0x0B && v != 0x0C) || v == 0x7F || ((0x80...0x9F).contains(v) && v != 0x85)
    }
}
