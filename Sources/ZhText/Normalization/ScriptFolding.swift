import ZhTextICU

/// Which Han characters are Traditional forms, and whether a text is written (partly) in Traditional characters, so
/// that counting can fold it to Simplified (``NormalizationOptions/foldScript``).
///
/// A character is a Traditional form when ICU's `Traditional-Simplified` transliteration changes it (發 → 发,
/// 經 → 经). The table is built once, on first use, by transliterating every ideograph of the BMP blocks
/// (U+3400–U+4DBF, U+4E00–U+9FFF) in one call.
public enum ScriptFolding {
    /// A text is folded when at least this many of its Han characters are Traditional forms…
    public static let minimumTraditional = 3
    /// …and they make up at least this share of its Han characters (a Simplified text that quotes one Traditional
    /// name is left alone; a Traditional text, where about a quarter of the characters differ, and a mixed text with
    /// a Traditional passage are folded).
    public static let minimumShare = 0.005

    /// Whether `s` is a Traditional form that Simplified writes differently.
    @inline(__always)
    public static func isTraditional(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        guard v >= 0x3400 && v <= 0x9FFF else { return false }
        let i = Int(v - 0x3400)
        return table[i >> 6] & (1 << UInt64(i & 63)) != 0
    }

    /// Traditional forms and Han characters among `scalars`.
    /// - Complexity: O(n).
    public static func census<C: Collection>(_ scalars: C) -> (traditional: Int, han: Int) where C.Element == Unicode.Scalar {
        var traditional = 0, han = 0
        for s in scalars where s.value >= 0x3400 {
            if Script.isHan(s) {
                han += 1
                if isTraditional(s) { traditional += 1 }
            }
        }
        return (traditional, han)
    }

    /// Whether a text with these scalars is folded to Simplified (see ``minimumTraditional`` and ``minimumShare``).
    public static func shouldFold<C: Collection>(_ scalars: C) -> Bool where C.Element == Unicode.Scalar {
        let c = census(scalars)
        return c.traditional >= minimumTraditional && Double(c.traditional) >= minimumShare * Double(c.han)
    }

    /// One bit per scalar of U+3400–U+9FFF.
    private static let table: [UInt64] = {
        let count = 0xA000 - 0x3400
        var bits = [UInt64](repeating: 0, count: (count + 63) / 64)
        guard let t = try? Transliterator(id: "Traditional-Simplified") else { return bits }
        var source: [UInt16] = []
        source.reserveCapacity(count)
        for v in 0x3400..<0xA000 { source.append(UInt16(v)) }
        let converted = t.transliterate(source)
        if converted.count == source.count {
            for i in 0..<count where converted[i] != source[i] { bits[i >> 6] |= 1 << UInt64(i & 63) }
        } else {
            // Not one for one (never seen with ICU's table): decide character by character.
            for i in 0..<count where t.transliterate([source[i]]) != [source[i]] { bits[i >> 6] |= 1 << UInt64(i & 63) }
        }
        return bits
    }()
}
