import Testing
@testable import ZhText

/// Collocation counts and scores on a tiny self-written corpus, checked against values computed by hand.
///
/// Words (fixed list): 推动 绿色 发展 城市 经济 创新 乡村. Node 发展, window 2.
/// ```
/// A: 推动 绿色 [发展] 。 | 城市 经济 创新 。
/// B: 绿色 [发展] ， 推动 经济 。 | 乡村 [发展] 。
/// ```
/// N = 12 word positions; f1 = 3 node hits; windows: {推动, 绿色} in A, {绿色, 推动, 经济} in B (the comma takes no
/// position), {乡村} in B's second sentence, so R = 6. A's second sentence is past a sentence end: 城市 and 创新 never
/// co-occur.
@Suite struct CollocatesTests {
    static let words = ["推动", "绿色", "发展", "城市", "经济", "创新", "乡村"]
    static let documents = ["推动绿色发展。城市经济创新。", "绿色发展，推动经济。乡村发展。"]

    func query(node: String = "发展", window: Int = 2, filter: TermFilter = TermFilter(), phrases: PolicyPhrases? = nil) -> Collocates {
        var q = Collocates(node: node, window: window, terms: CorpusTerms(segmenter: WordListSegmenter(Self.words), filter: filter, phrases: phrases))
        for d in Self.documents { q.add(Normalizer.default.normalize(d)) }
        return q
    }

    @Test func countsFollowTheWindowsAndSentences() {
        let q = query()
        #expect(q.nodeCount == 3)
        #expect(q.corpusPositions == 12)
        #expect(q.windowPositions == 6)
        #expect(q.cooccurrences == ["推动": 2, "绿色": 2, "经济": 1, "乡村": 1])   // 城市, 创新: other sentence
        #expect(q.termCounts["经济"] == 2 && q.termCounts["发展"] == 3)
    }

    /// (measure, collocate, expected score, reason)
    static let scores: [(AssociationMeasure, String, Double, String)] = [
        (.logdice, "推动", 13.678072, "14 + log2(2·2 / (3 + 2))"),
        (.logdice, "经济", 12.678072, "14 + log2(2·1 / (3 + 2))"),
        (.logdice, "乡村", 13.0, "14 + log2(2·1 / (3 + 1))"),
        (.mi, "推动", 1.0, "E = 6·2/12 = 1; log2(2/1)"),
        (.mi, "乡村", 1.0, "E = 6·1/12 = 0.5; log2(1/0.5)"),
        (.mi, "经济", 0.0, "E = 1 = O"),
        (.t, "推动", 0.707107, "(2 − 1)/√2"),
        (.t, "经济", 0.0, "O = E"),
        (.g2, "推动", 3.175299, "2[2 ln(2/1) + 4 ln(4/5) + 0 + 6 ln(6/5)]"),
        (.g2, "乡村", 1.477329, "cells 1, 5, 0, 6 against 0.5, 5.5, 0.5, 5.5"),
        (.g2, "经济", 0.0, "O = E in every cell"),
    ]

    @Test(arguments: scores) func scoresMatchHandComputedValues(measure: AssociationMeasure, term: String, expected: Double, reason: String) {
        let row = query().rows(measure: measure).first { $0.term == term }
        #expect(row != nil, "\(term) missing")
        #expect(abs((row?.score ?? .nan) - expected) < 1e-6, "\(measure) \(term): \(reason)")
    }

    @Test func rowsAreRankedByScoreThenTermAndFiltered() {
        let rows = query().rows(measure: .logdice)
        #expect(rows.map(\.term) == ["推动", "绿色", "乡村", "经济"])   // 推动 and 绿色 tie at 13.678: by term
        #expect(query().rows(minimumCount: 2).map(\.term) == ["推动", "绿色"])
        #expect(query().rows(top: 1).map(\.term) == ["推动"])
    }

    @Test func negativeAssociationHasNegativeG2() {
        let c = AssociationMeasure.Counts(observed: 1, nodeCount: 10, collocateCount: 50, windowPositions: 40, corpusPositions: 100)
        #expect(AssociationMeasure.g2.score(c)! < 0)   // E = 20 > O = 1
        #expect(AssociationMeasure.mi.score(c)! < 0)
    }

    @Test func stopWordsHoldAPositionButAreNotCollocates() {
        let q = query(filter: TermFilter(stopWords: ["推动"]))
        #expect(q.windowPositions == 6)
        #expect(q.cooccurrences["推动"] == nil && q.cooccurrences["经济"] == 1)
    }

    @Test func windowOfOneAndOverlappingWindowsCountPositionsOnce() {
        #expect(query(window: 1).cooccurrences == ["绿色": 2, "推动": 1, "乡村": 1])
        // 发展 发展 绿色: the second node's left neighbour is the first node (never a collocate); 绿色 is in both windows.
        var q = Collocates(node: "发展", window: 2, terms: CorpusTerms(segmenter: WordListSegmenter(Self.words)))
        q.add(Normalizer.default.normalize("经济发展发展绿色。"))
        #expect(q.nodeCount == 2 && q.windowPositions == 2 && q.cooccurrences == ["经济": 1, "绿色": 1])
    }

    @Test func policyPhrasesCountWholeInsideTheWindow() {
        let phrases = PolicyPhrases(lexicon: PolicyLexicon(phrases: [PolicyPhrase(phrase: "绿色发展", category: "test")]))
        let q = query(node: "推动", window: 2, phrases: phrases)
        // A: 推动 → 绿色 发展 (the phrase lies inside); B: 绿色 发展 ， 推动 → the phrase lies inside the left window.
        #expect(q.cooccurrences["绿色发展"] == 2)
        #expect(q.termCounts["绿色发展"] == 2)
        // A phrase overlapping the node is never its collocate.
        #expect(query(phrases: phrases).cooccurrences["绿色发展"] == nil)
    }

    @Test func theNodeIsMatchedAsAStringLikeKwic() {
        let text = Normalizer.default.normalize("推动绿色发展。乡村发展。")
        #expect(NodeMatch.ranges(of: "发展", in: text).count == Concordance.hits(of: "发展", in: text).count)
        var q = Collocates(node: "色发", window: 2, terms: CorpusTerms(segmenter: WordListSegmenter(Self.words)))
        q.add(text)
        // 色发 cuts through 绿色 and 发展: both overlap the node and are not collocates; 推动 is left of it.
        #expect(q.nodeCount == 1 && q.cooccurrences == ["推动": 1])
    }
}
