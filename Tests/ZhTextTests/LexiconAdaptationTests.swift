import Testing
@testable import ZhText

/// Corpus adaptation: words that a run's own texts show to be words join the lexicon; ordinary compounds do not.
@Suite struct LexiconAdaptationTests {
    /// A self-written corpus: an invented product name (青鸾星链) and coinage (磁浮快线) in varied contexts, among
    /// ordinary words that also occur together often (经济发展).
    static let sentences = [
        "青鸾星链今天正式发布。", "专家认为青鸾星链值得关注。", "有人说青鸾星链太贵了。", "我们试用了青鸾星链，感觉不错。",
        "关于青鸾星链的讨论很多。", "这座城市的磁浮快线开通了。", "乘坐磁浮快线只要八分钟。", "市民喜欢磁浮快线。",
        "新建磁浮快线需要大量资金。", "磁浮快线，让出行更方便。", "经济发展需要创新。", "推动经济发展是重点。",
        "经济发展，民生改善。", "各地经济发展很快。", "他们讨论经济发展问题。", "今年经济发展稳定。",
    ]

    static func texts(_ order: [String]) -> [NormalizedText] { order.map { Normalizer.default.normalize($0) } }

    @Test func findsTheNewWordsAndNotTheCompounds() {
        var adaptation = LexiconAdaptation()
        let texts = Self.texts(Self.sentences)
        texts.forEach { adaptation.count($0) }
        texts.forEach { adaptation.countNeighbours($0) }
        let words = adaptation.words().map(\.term)
        #expect(words.contains("青鸾星链"), "occurs 5 times with varied neighbours and the segmenter splits it")
        #expect(words.contains("磁浮快线"), "occurs 5 times; 快线 occurs only inside it")
        #expect(!words.contains("经济发展"), "经济 and 发展 are ordinary words that occur everywhere: no glue")
        #expect(adaptation.pruneLevel == 0)
    }

    @Test func adaptedSegmenterKeepsThemWhole() {
        let lexicon = LexiconAdaptation.adapt(to: Self.texts(Self.sentences))
        let words = LexiconSegmenter(lexicon: lexicon).tokens(in: "青鸾星链和磁浮快线").filter(\.isWord).map(\.text)
        #expect(words == ["青鸾星链", "和", "磁浮快线"])
        let plain = LexiconSegmenter.default.tokens(in: "青鸾星链").filter(\.isWord).count
        #expect(plain > 1, "without adaptation the invented name is split (else this test proves nothing)")
    }

    @Test func independentOfInputOrder() {
        var rng = SeededGenerator(seed: 42)
        let reference = LexiconAdaptation.adapt(to: Self.texts(Self.sentences)).addedWords
        for _ in 0..<5 {
            let shuffled = Self.sentences.shuffled(using: &rng)
            #expect(LexiconAdaptation.adapt(to: Self.texts(shuffled)).addedWords == reference)
        }
    }

    @Test func emptyInputAddsNothing() {
        #expect(LexiconAdaptation.adapt(to: []).addedWords.isEmpty)
        #expect(LexiconAdaptation.adapt(to: Self.texts(["", "。。", "abc"])).addedWords.isEmpty)
    }
}
