import Foundation
import ZhTextData
import ZhTextICU

/// Which Chinese script a text is written in: Simplified, Traditional or a mix, from the characters that exist in
/// only one of the two scripts.
///
/// A character counts as Simplified-only when ICU's Simplified→Traditional conversion changes it (发 → 發) and as
/// Traditional-only when the reverse conversion changes it (發 → 发), among the 1,500 most frequent Han characters
/// of each script (`Dictionaries/encoding/frequent-han.txt` and its Traditional forms). Characters that one-to-many
/// simplification made ordinary in both scripts are not evidence (后 后/後, 面 面/麵, 里 里/裏, 台 台/臺, 着/著, 乾 …).
/// Text is `mixed` when the minority script holds at least ``mixedShare`` of the distinguishing characters (and at
/// least ``mixedMinimum`` of them); otherwise it is the majority's. Text without any distinguishing character is
/// `simplified` when it has Han characters (both scripts read it the same), and has no script without Han.
///
/// ```swift
/// ScriptProfile.detect("發展經濟")   // .traditional
/// var profile = ScriptProfile()
/// profile.add("发展经济".unicodeScalars); profile.script   // .simplified
/// ```
/// Folding Traditional to Simplified for counting is the term model's job; this only reports.
public struct ScriptProfile: Sendable, Equatable {
    /// A document's script.
    public enum Script: String, Sendable, Equatable, CaseIterable {
        case simplified, traditional, mixed
    }

    /// Share of distinguishing characters the minority script needs for `mixed` (10%).
    public static let mixedShare = 0.1
    /// Fewest minority characters for `mixed` (a stray variant or a quoted name is not a mix).
    public static let mixedMinimum = 3

    /// Han characters seen.
    public private(set) var han = 0
    /// Characters that only Simplified text uses.
    public private(set) var simplifiedOnly = 0
    /// Characters that only Traditional text uses.
    public private(set) var traditionalOnly = 0

    /// An empty profile.
    public init() {}

    /// The profile of `text`.
    public init(_ text: String) { add(text.unicodeScalars) }

    /// Counts the Han characters of `scalars` (call repeatedly for a text read in pieces).
    /// - Complexity: O(n).
    public mutating func add<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
        let tables = Tables.shared
        for s in scalars where ZhText.Script.isHan(s) {
            han += 1
            if tables.simplifiedOnly.contains(s.value) { simplifiedOnly += 1 } else if tables.traditionalOnly.contains(s.value) { traditionalOnly += 1 }
        }
    }

    /// The script, or `nil` when the text has no Han character.
    public var script: Script? {
        guard han > 0 else { return nil }
        let distinguishing = simplifiedOnly + traditionalOnly
        guard distinguishing > 0 else { return .simplified }
        let minority = min(simplifiedOnly, traditionalOnly)
        if minority >= Self.mixedMinimum, Double(minority) >= Self.mixedShare * Double(distinguishing) { return .mixed }
        return traditionalOnly > simplifiedOnly ? .traditional : .simplified
    }

    /// The script of `text` (`nil` without Han characters).
    public static func detect(_ text: String) -> Script? { ScriptProfile(text).script }

    /// Characters ordinary in both scripts although ICU converts them (one-to-many simplifications and characters
    /// that Simplified keeps in some words): not evidence either way.
    static let ambiguous: Set<UInt32> = Set("后干台里面发系只几松制准冲征范谷丑斗卷历向回采于云表划汇伙凶周朴仆咸沈游余郁御愿岳折症注困了尽据舍叶蒙苏布价才出千合借克着志姜吁累涂秋"
        .unicodeScalars.map(\.value) + "著乾覆瞭藉夥徵麽甦檯髮鬆".unicodeScalars.map(\.value))

    struct Tables: Sendable {
        let simplifiedOnly: Set<UInt32>
        let traditionalOnly: Set<UInt32>

        static let shared: Tables = {
            let simplified = FrequentHan.simplifiedList
            guard let toTraditional = try? Transliterator(id: "Simplified-Traditional"),
                  let toSimplified = try? Transliterator(id: "Traditional-Simplified") else { return Tables(simplifiedOnly: [], traditionalOnly: []) }
            var sOnly = Set<UInt32>(), tOnly = Set<UInt32>()
            for s in simplified {
                let c = String(Unicode.Scalar(s)!)
                let t = toTraditional.transliterate(c)
                guard t != c, t.unicodeScalars.count == 1, let tv = t.unicodeScalars.first?.value else { continue }
                // Only a pair that converts back: 发 ↔ 發.
                guard toSimplified.transliterate(t) == c else { continue }
                if !ambiguous.contains(s) { sOnly.insert(s) }
                if !ambiguous.contains(tv) { tOnly.insert(tv) }
            }
            return Tables(simplifiedOnly: sOnly.subtracting(tOnly), traditionalOnly: tOnly.subtracting(sOnly))
        }()
    }
}
