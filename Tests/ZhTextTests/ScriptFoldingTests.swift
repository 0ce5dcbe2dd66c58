import Testing
@testable import ZhText

/// ``ScriptFolding``: short texts are looked up character by character, long ones in the table; both must agree on
/// every ideograph, so the census does not depend on which path a text takes.
@Suite struct ScriptFoldingTests {
    @Test func characterLookupsAgreeWithTheTable() {
        var traditional = 0
        for v in UInt32(0x3400)...0x9FFF {
            let s = Unicode.Scalar(v)!
            #expect(ScriptFolding.isTraditionalAlone(s) == ScriptFolding.isTraditional(s), "U+\(String(v, radix: 16))")
            if ScriptFolding.isTraditional(s) { traditional += 1 }
        }
        #expect(traditional > 1_000, "ICU's table knows Traditional forms (else this test proves nothing)")
    }

    @Test func shortAndLongTextsCountAlike() {
        let cases: [(String, Int, String)] = [
            ("發展經濟", 3, "three Traditional forms (展 is the same in both scripts)"),
            ("发展经济", 0, "Simplified"),
            ("abc", 0, "no Han"),
        ]
        for (text, expected, reason) in cases {
            let short = ScriptFolding.census(text.unicodeScalars)
            let long = ScriptFolding.census(Array(repeating: text, count: 40).joined().unicodeScalars)
            #expect(short.traditional == expected, "\(reason)")
            #expect(long.traditional == expected * 40 && long.han == short.han * 40, "\(reason): the table path")
        }
    }
}
