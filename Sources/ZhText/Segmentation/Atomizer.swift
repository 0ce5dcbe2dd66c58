/// Cuts normalized text into atoms: the pieces a segmentation path is made of. A Han character is one atom (the
/// lexicon joins them into words); everything else is cut by fast rules close to ICU's word-break rules (UAX #29):
/// Latin words (letters and digits, inner apostrophes and dots: `iPhone15`, `don't`, `e.g`), numbers with decimals,
/// thousands separators, a percent sign and a leading minus sign (`3.5%`, `1,000`, `-9`), URLs (`https://…`, `www.…`), e-mail addresses, runs of
/// white space, line breaks (always alone), punctuation (a run of one repeated mark such as `……` or `——` is one
/// atom), and other symbols (an emoji with its modifiers and variation selectors, a flag pair). Combining marks stay
/// with the character before them. A Chinese-numeral year (`一九九八年`, `二○○一年`) is one number atom.
enum Atomizer {
    struct Atom {
        var start: Int32
        var end: Int32
        var kind: TokenKind
    }

    /// Appends the atoms of `s[lo..<hi]` to `atoms`.
    /// - Complexity: O(n).
    static func scan(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ lo: Int, _ hi: Int, into atoms: inout [Atom]) {
        var i = lo
        while i < hi {
            let c = s[i]
            let v = c.value
            var j = i + 1
            var kind: TokenKind
            if Script.isHan(c) || (v == 0x25CB && isChineseDigitRun(s, i, lo, hi)) {
                kind = .han
                if isChineseDigit(v), let end = chineseYear(s, i, hi) { j = end; kind = .number }
            } else if v == 0x0A {
                kind = .space
            } else if Script.isWhiteSpace(c) {
                kind = .space
                while j < hi && s[j] != "\n" && Script.isWhiteSpace(s[j]) { j += 1 }
            } else if isASCIIAlnum(v) || (v >= 0x80 && !isCommonNonLetter(v) && !isExtender(v) && c.properties.isAlphabetic) {
                if let end = url(s, i, hi) ?? email(s, i, hi) {
                    j = end; kind = .latin
                } else if isDigit(v) {
                    j = number(s, i, hi)
                    kind = .number
                    if j < hi && isWordScalar(s[j]) && isDigit(s[j - 1].value) {
                        j = word(s, j, hi); kind = .latin
                    }
                } else {
                    j = word(s, i, hi)
                    kind = isLatinScript(v) ? .latin : .other
                }
            } else if (v == 0x2D || v == 0x2212) && j < hi && isDigit(s[j].value)
                        && (i == lo || !(isASCIIAlnum(s[i - 1].value) || s[i - 1] == ")" || s[i - 1] == "." || s[i - 1] == "-")) {
                // A minus sign before a number that does not follow a word or number (`-9℃`, not `U-2` or `1-2`).
                j = number(s, j, hi)
                kind = .number
            } else if isPunctuation(c) {
                kind = .punctuation
                while j < hi && s[j] == c { j += 1 }
            } else {
                kind = .other
                if (0x1F1E6...0x1F1FF).contains(v) && j < hi && (0x1F1E6...0x1F1FF).contains(s[j].value) { j += 1 }
            }
            while j < hi && isExtender(s[j].value) { j += 1 }
            atoms.append(Atom(start: Int32(i), end: Int32(j), kind: kind))
            i = j
        }
    }

    // MARK: - Classes

    @inline(__always) static func isDigit(_ v: UInt32) -> Bool { v &- 0x30 < 10 }
    @inline(__always) static func isASCIILetter(_ v: UInt32) -> Bool { (v | 0x20) &- 0x61 < 26 }
    @inline(__always) static func isASCIIAlnum(_ v: UInt32) -> Bool { isDigit(v) || isASCIILetter(v) }

    @inline(__always) static func isLatinScript(_ v: UInt32) -> Bool {
        isASCIIAlnum(v) || (0xC0...0x24F).contains(v) || (0x1E00...0x1EFF).contains(v)
    }

    /// Common punctuation and symbol blocks (general punctuation, CJK symbols, full-width forms): neither letters nor
    /// combining marks, decided without a property lookup.
    @inline(__always) static func isCommonNonLetter(_ v: UInt32) -> Bool {
        (0x2000...0x20CF).contains(v) || (0x2100...0x2BFF).contains(v) || (0x3000...0x3029).contains(v)
            || (0x3030...0x303F).contains(v) || (0xFF01...0xFF20).contains(v) || (0xFF3B...0xFF40).contains(v) || (0xFF5B...0xFF65).contains(v)
    }

    /// Letters and digits that continue a word (not Han).
    @inline(__always) static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return isASCIIAlnum(v) }
        return !Script.isHan(c) && !isCommonNonLetter(v) && !isExtender(v) && c.properties.isAlphabetic
    }

    /// Combining marks, variation selectors, emoji modifiers and tags: they belong to the character before.
    @inline(__always) static func isExtender(_ v: UInt32) -> Bool {
        if v < 0x300 { return false }
        if (0x3400..<0xA000).contains(v) || (0x3000..<0x302A).contains(v) || (0xFF00...0xFFEF).contains(v)
            || (0x2000...0x20CF).contains(v) || (0x2100...0x2BFF).contains(v) { return false }
        if (0xFE00...0xFE0F).contains(v) || (0x1F3FB...0x1F3FF).contains(v) || (0xE0020...0xE007F).contains(v)
            || (0xE0100...0xE01EF).contains(v) || v == 0x200D || v == 0x20E3 { return true }
        switch Unicode.Scalar(v)?.properties.generalCategory {
        case .nonspacingMark?, .spacingMark?, .enclosingMark?: return true
        default: return false
        }
    }

    static func isPunctuation(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v > 0x20 && v != 0x7F && !isASCIIAlnum(v) }
        if (0x3001...0x3003).contains(v) || (0x3008...0x3011).contains(v) || (0x3014...0x301F).contains(v)
            || (0xFF01...0xFF0F).contains(v) || (0xFF1A...0xFF20).contains(v) || (0x2010...0x2027).contains(v) { return true }
        switch c.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }

    // MARK: - Chinese-numeral years

    @inline(__always) static func isChineseDigit(_ v: UInt32) -> Bool {
        switch v {
        case 0x3007, 0x25CB, 0x96F6, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D: return true  // 〇○零一二三四五六七八九
        default: return false
        }
    }

    /// Whether the ○ at `i` stands next to a Chinese digit (so it is the numeral zero, not a circle).
    static func isChineseDigitRun(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int, _ lo: Int, _ hi: Int) -> Bool {
        (i > lo && isChineseDigit(s[i - 1].value)) || (i + 1 < hi && isChineseDigit(s[i + 1].value))
    }

    /// The end of a year written as four Chinese digits followed by 年 (`一九九八年`), or `nil`.
    static func chineseYear(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int, _ hi: Int) -> Int? {
        var j = i
        while j < hi && isChineseDigit(s[j].value) { j += 1 }
        guard j - i == 4, j < hi, s[j] == "年" else { return nil }
        // Not the tail of a longer numeral run.
        if i > 0 && isChineseDigit(s[i - 1].value) { return nil }
        return j + 1
    }

    // MARK: - Words, numbers, URLs, e-mail

    /// Letters and digits, with `'`, `’` or `.` between two of them.
    static func word(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int, _ hi: Int) -> Int {
        var j = i
        while j < hi {
            if isWordScalar(s[j]) { j += 1; continue }
            let v = s[j].value
            if (v == 0x27 || v == 0x2019 || v == 0x2E) && j > i && j + 1 < hi && isWordScalar(s[j + 1]) { j += 2; continue }
            if isExtender(v) && j > i { j += 1; continue }
            break
        }
        return j
    }

    /// Digits, then groups of `.` or `,` followed by digits, then an optional `%` or `‰`.
    static func number(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int, _ hi: Int) -> Int {
        var j = i
        while j < hi && isDigit(s[j].value) { j += 1 }
        while j + 1 < hi && (s[j] == "." || s[j] == ",") && isDigit(s[j + 1].value) {
            j += 1
            while j < hi && isDigit(s[j].value) { j += 1 }
        }
        if j < hi && (s[j] == "%" || s[j].value == 0x2030) { j += 1 }
        return j
    }

    static func hasPrefix(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int, _ hi: Int, _ prefix: String) -> Bool {
        var j = i
        for p in prefix.unicodeScalars {
            guard j < hi else { return false }
            let v = s[j].value
            let lower = isASCIILetter(v) ? v | 0x20 : v
            if lower != p.value { return false }
            j += 1
        }
        return true
    }

    @inline(__always) static func isURLScalar(_ v: UInt32) -> Bool {
        v > 0x20 && v < 0x7F && v != 0x22 && v != 0x3C && v != 0x3E && v != 0x7B && v != 0x7D && v != 0x7C && v != 0x5C && v != 0x5E && v != 0x60
    }

    /// A URL starting at `i` (`http://`, `https://`, `ftp://` or `www.`), without trailing punctuation.
    static func url(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int, _ hi: Int) -> Int? {
        guard isASCIILetter(s[i].value) else { return nil }
        let prefix: Int
        if hasPrefix(s, i, hi, "https://") { prefix = 8 } else if hasPrefix(s, i, hi, "http://") { prefix = 7 }
        else if hasPrefix(s, i, hi, "ftp://") { prefix = 6 } else if hasPrefix(s, i, hi, "www.") { prefix = 4 }
        else { return nil }
        var j = i + prefix
        while j < hi && isURLScalar(s[j].value) { j += 1 }
        while j > i + prefix && ".,;:!?'\")]".unicodeScalars.contains(s[j - 1]) {
            if s[j - 1] == ")" && s[(i + prefix)..<(j - 1)].contains("(") { break }
            j -= 1
        }
        return j > i + prefix ? j : nil
    }

    @inline(__always) static func isEmailLocal(_ v: UInt32) -> Bool {
        isASCIIAlnum(v) || v == 0x2E || v == 0x5F || v == 0x25 || v == 0x2B || v == 0x2D
    }

    /// An e-mail address starting at `i`: local part, `@`, two or more domain labels, the last with letters only.
    static func email(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int, _ hi: Int) -> Int? {
        var j = i
        while j < hi && isEmailLocal(s[j].value) { j += 1 }
        guard j > i, j < hi, s[j] == "@" else { return nil }
        j += 1
        var labels = 0
        var end = -1
        var lastAllLetters = false
        while j < hi {
            let start = j
            var letters = true
            while j < hi && (isASCIIAlnum(s[j].value) || s[j] == "-") {
                if !isASCIILetter(s[j].value) { letters = false }
                j += 1
            }
            guard j > start else { break }
            labels += 1
            end = j
            lastAllLetters = letters && j - start >= 2
            guard j + 1 < hi, s[j] == ".", isASCIIAlnum(s[j + 1].value) else { break }
            j += 1
        }
        return labels >= 2 && lastAllLetters ? end : nil
    }
}
