import Testing
@testable import ZhText

// SeededGenerator (SplitMix64, fixed seeds) is shared with TextDecoderTests.

@Suite struct LosslessSegmentationTests {
    /// Pieces of every kind of text the segmenter meets. (Swift strings cannot hold lone surrogates: decoding turns
    /// them into U+FFFD, which is here.)
    static let pieces: [String] = [
        "中国", "人民", "的", "发展", "高质量发展", "十五五", "长江大桥", "研究", "生命", "小明", "亲口",
        "iPhone", "GDP", "5G", "café", "e\u{301}", "naïve", "don't", "U.S.", "3.5%", "1,000", "２０２６", "年", "月", "日",
        "ＡＢＣ", "１２３", "．", "％", "，", "。", "“", "”", "、", "……", "——", "(", ")", "-", "/", "@", ".", ":",
        " ", "  ", "\t", "\n", "\r\n", "\r", "\u{3000}", "\u{200B}", "\u{200D}", "\u{FEFF}", "\u{00AD}", "\u{0001}",
        "😀", "👍🏽", "👨\u{200D}👩", "🇨🇳", "\u{20000}", "\u{2A6D6}", "𠀋", "\u{FFFD}", "○", "〇", "一九九八年",
        "https://example.com/a?b=1", "a@b.cn", "\u{0301}", "\u{FE0F}", "ア", "한국", "Ω", "⽅", "Ⅻ", "①", "℃",
    ]

    static func randomText(_ rng: inout SeededGenerator) -> String {
        let count = Int.random(in: 0...24, using: &rng)
        return (0..<count).map { _ in pieces.randomElement(using: &rng)! }.joined()
    }

    static func check(_ tokens: [Token], _ input: String) {
        #expect(tokens.map(\.text).joined() == input)
        var at = 0
        for t in tokens {
            #expect(t.range.lowerBound == at)
            at = t.range.upperBound
        }
        #expect(at == input.unicodeScalars.count)
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func lexiconTokensReproduceTheInput(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        for _ in 0..<150 {
            let input = Self.randomText(&rng)
            Self.check(LexiconSegmenter.default.tokens(in: input), input)
            Self.check(LexiconSegmenter.default.tokens(in: Normalizer(options: .characterLevel).normalize(input)), input)
        }
    }

    @Test func icuTokensReproduceTheInput() {
        var rng = SeededGenerator(seed: 42)
        for _ in 0..<150 {
            let input = Self.randomText(&rng)
            Self.check(ICUSegmenter().tokens(in: input), input)
        }
    }

    @Test func normalizedRangesTile() {
        var rng = SeededGenerator(seed: 7)
        for _ in 0..<150 {
            let text = Normalizer.default.normalize(Self.randomText(&rng))
            var at = 0
            for span in LexiconSegmenter.default.spans(in: text, range: 0..<text.scalars.count) {
                #expect(span.range.lowerBound == at && !span.range.isEmpty)
                at = span.range.upperBound
            }
            #expect(at == text.scalars.count)
        }
    }

    @Test func onlyRemovedCharactersStillGiveAToken() {
        let tokens = LexiconSegmenter.default.tokens(in: "\u{200B}\u{FEFF}")
        #expect(tokens.map(\.text) == ["\u{200B}\u{FEFF}"])
        #expect(LexiconSegmenter.default.tokens(in: "").isEmpty)
    }
}
