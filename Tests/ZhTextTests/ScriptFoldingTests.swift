import Testing
@testable import ZhText

/// The bundled list of Traditional forms (Dictionaries/normalization/traditional-han.txt) is what folding uses; it must
/// say what the linked ICU says, or folding would differ from ICU's conversion of the same text.
@Suite struct ScriptFoldingTests {
    @Test func theBundledListIsWhatTheLinkedICUChanges() throws {
        let bundled = try #require(ScriptFolding.bundledTable(), "normalization/traditional-han.txt missing or malformed")
        let icu = ScriptFolding.icuTable()
        // ICU 72's table changes 2,853 ideographs of U+3400–U+9FFF; an empty answer means ICU's transliterator is
        // missing, which would make the comparison below vacuous.
        #expect(icu.reduce(0) { $0 + $1.nonzeroBitCount } > 2_000)
        var differing: [String] = []
        for v in ScriptFolding.first...ScriptFolding.last {
            let i = Int(v - ScriptFolding.first)
            let inBundled = bundled[i >> 6] >> UInt64(i & 63) & 1 == 1, inICU = icu[i >> 6] >> UInt64(i & 63) & 1 == 1
            if inBundled != inICU { differing.append(String(Unicode.Scalar(v)!) + (inICU ? "+" : "-")) }
        }
        #expect(differing.isEmpty, "run Scripts/derive_traditional_han.py: ICU changed (+ missing, - extra): \(differing.prefix(20))")
    }

    @Test(arguments: [
        // Traditional forms ICU changes: 發 → 发, 經 → 经, 國 → 国.
        ("發", true), ("經", true), ("國", true),
        // Their Simplified forms and characters both scripts share are not.
        ("发", false), ("经", false), ("国", false), ("山", false),
        // Outside U+3400–U+9FFF: never (Latin, a compatibility ideograph, an ideograph of plane 2).
        ("A", false), ("\u{F900}", false), ("\u{20000}", false),
    ])
    func isTraditional(_ character: String, _ expected: Bool) {
        #expect(ScriptFolding.isTraditional(character.unicodeScalars.first!) == expected)
    }

    @Test(arguments: [
        // A header and one ideograph per line: read.
        ("# header\n發\n經\n", true),
        // Two characters on one line, a character outside the range, an empty list: refused (ICU is asked instead).
        ("發經\n", false), ("A\n", false), ("# only a header\n", false),
    ])
    func parse(_ text: String, _ accepted: Bool) {
        #expect((ScriptFolding.parse(text) != nil) == accepted)
    }
}
