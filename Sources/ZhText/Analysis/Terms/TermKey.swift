/// The counting key of a term: the one identity every count, keyword, trend and comparison uses.
///
/// Two tokens are the same term when their keys are equal. The key of a term is its normalized form (full-width
/// letters and digits already folded by ``Normalizer``; Traditional characters already folded to Simplified when the
/// text is written in Traditional, see ``NormalizationOptions/foldScript``) with letters in lower case (`AI`, `Ai`
/// and `ai` are one term). What is *shown* for a term is its most frequent original form (``TermVariants``).
public enum TermKey {
    /// The key of the normalized term `term`.
    /// - Complexity: O(length); no allocation unless `term` has upper-case letters.
    @inline(__always)
    public static func of(_ term: String) -> String {
        // ASCII capitals, or a lead byte of U+00C0–U+07FF (Latin-1 and Latin Extended, Greek, Cyrillic: scripts with case).
        if term.utf8.contains(where: { ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0xC3 && $0 <= 0xDF) }) {
            return term.lowercased()
        }
        return term
    }

    /// The key of a term given by a user (`trend --term`, `--group`, stop-word files): normalized like a text
    /// (Traditional characters folded to Simplified unless `foldScript` is false), then ``of(_:)``.
    public static func ofQuery(_ query: String, foldScript: Bool = true) -> String {
        of(normalizedQuery(query, foldScript: foldScript))
    }

    /// `query` normalized like a text, its case kept (what a search through the normalized text looks for): a query
    /// with any Traditional form is folded to Simplified, unless `foldScript` is false.
    public static func normalizedQuery(_ query: String, foldScript: Bool = true) -> String {
        var options = NormalizationOptions(foldScript: false)
        if foldScript && query.unicodeScalars.contains(where: ScriptFolding.isTraditional) { options.conversion = .toSimplified }
        return Normalizer(options: options).normalize(query).text
    }

    /// Whether `term` consists only of scalars below U+0300 or in U+3000–U+9FFF other than the combining marks
    /// there (ideographic tone marks U+302A–U+302F, kana voicing marks U+3099–U+309A). Two different strings of such
    /// scalars are never canonically equivalent (none has a non-zero combining class, and none decomposes into
    /// another sequence of them), so byte equality is `String` equality for them.
    static func isPlain(_ term: String) -> Bool {
        term.unicodeScalars.allSatisfy { s in
            let v = s.value
            return v < 0x300 || (v >= 0x3000 && v <= 0x9FFF && !(0x302A...0x302F).contains(v) && v != 0x3099 && v != 0x309A)
        }
    }
}
