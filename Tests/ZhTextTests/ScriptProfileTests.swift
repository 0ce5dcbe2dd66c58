import Testing
@testable import ZhText

/// Script detection on self-written sentences; each case states why.
@Suite struct ScriptProfileTests {
    @Test(arguments: [
        // Only Simplified-only characters (发 经 济 这 设): simplified.
        ("今年经济发展势头良好，这些设想正在落实。", ScriptProfile.Script.simplified as ScriptProfile.Script?),
        // The same sentence in Traditional (發 經 濟 這 設): traditional.
        ("今年經濟發展勢頭良好，這些設想正在落實。", .traditional),
        // Characters shared by both scripts only: read the same either way, reported simplified.
        ("我们的学生在山上", .simplified),
        ("山水田", .simplified),
        // Traditional text with characters that Traditional also writes (后 面 里 台): still traditional.
        ("會議之後，代表們在臺上發言，後面還有記者提問，場面熱烈。", .traditional),
        // Half and half: mixed.
        ("经济发展，这是关键；經濟發展，這是關鍵。", .mixed),
        // One Traditional name quoted in Simplified prose (below the minimum of 3): simplified.
        ("这家公司的名字叫“華”，发展很快，经营范围广泛，员工认为这里环境很好。", .simplified),
        // No Han at all: no script.
        ("Economic growth 2024", nil),
    ])
    func detects(_ text: String, _ expected: ScriptProfile.Script?) {
        #expect(ScriptProfile.detect(text) == expected)
    }

    /// Counting in pieces gives the profile of the whole.
    @Test func piecesAddUp() {
        let text = "经济发展，这是关键。經濟發展，這是關鍵。"
        var pieces = ScriptProfile()
        let scalars = Array(text.unicodeScalars)
        pieces.add(scalars[..<7]); pieces.add(scalars[7...])
        #expect(pieces == ScriptProfile(text))
        #expect(pieces.simplifiedOnly > 0 && pieces.traditionalOnly > 0)
    }
}
