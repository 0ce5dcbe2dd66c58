import Foundation
import ZhTextData
import ZhTextICU

/// Which Han characters are Traditional forms, and whether a text is written (partly) in Traditional characters, so
/// that counting can fold it to Simplified (``NormalizationOptions/foldScript``).
///
/// A character is a Traditional form when ICU's `Traditional-Simplified` transliteration changes it (發 → 发,
/// 經 → 经), among the ideographs of the BMP blocks (U+3400–U+4DBF, U+4E00–U+9FFF). The bundled
/// `Dictionaries/normalization/traditional-han.txt` lists them (derived from ICU by
/// `Scripts/derive_traditional_han.py`; a test checks it against the linked ICU), so that no command starts ICU's
/// transliterator only to learn that its text is Simplified. Without the bundled data the table is asked of ICU.
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
        guard v >= first && v <= last else { return false }
        let i = Int(v - first)
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

    static let first: UInt32 = 0x3400
    static let last: UInt32 = 0x9FFF

    /// One bit per scalar of U+3400–U+9FFF: the bundled list, or ICU's answer without it.
    private static let table: [UInt64] = bundledTable() ?? icuTable()

    static func bits<S: Sequence>(_ members: S) -> [UInt64] where S.Element == UInt32 {
        var bits = [UInt64](repeating: 0, count: Int(last - first + 64) / 64)
        for v in members where v >= first && v <= last {
            let i = Int(v - first)
            bits[i >> 6] |= 1 << UInt64(i & 63)
        }
        return bits
    }

    /// The characters of `Dictionaries/normalization/traditional-han.txt`, or `nil` when it is missing or unreadable.
    static func bundledTable() -> [UInt64]? {
        guard let dir = BundledDictionaries.directory,
              let data = FileManager.default.contents(atPath: dir.appendingPathComponent("normalization/traditional-han.txt").path)
        else { return nil }
        return parse(String(decoding: data, as: UTF8.self))
    }

    /// The members of a `traditional-han.txt` text (one character per line, `#` header lines), or `nil` when a line
    /// is not one ideograph of U+3400–U+9FFF or the file lists none.
    static func parse(_ text: String) -> [UInt64]? {
        var members: [UInt32] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let scalars = line.unicodeScalars
            guard scalars.count == 1, let v = scalars.first?.value, v >= first && v <= last else { return nil }
            members.append(v)
        }
        return members.isEmpty ? nil : bits(members)
    }

    /// The table as the linked ICU gives it: every ideograph of U+3400–U+9FFF transliterated in one call.
    static func icuTable() -> [UInt64] {
        guard let t = try? Transliterator(id: "Traditional-Simplified") else { return bits([]) }
        let source = (first...last).map { UInt16($0) }
        let converted = t.transliterate(source)
        var changed: [UInt32] = []
        if converted.count == source.count {
            for i in source.indices where converted[i] != source[i] { changed.append(UInt32(source[i])) }
        } else {
            // Not one for one (never seen with ICU's table): decide character by character.
            for s in source where t.transliterate([s]) != [s] { changed.append(UInt32(s)) }
        }
        return bits(changed)
    }
}
