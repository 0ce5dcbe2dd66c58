import Foundation
import Testing
@testable import ZhText

// Expected values computed by hand from the formulas in the doc comments (and re-checked with a calculator).

@Suite struct LogLikelihoodTests {
    // a=10 in 1000, b=30 in 1000: E = 20, 20, 980, 980;
    // G² = 2(10 ln .5 + 30 ln 1.5 + 990 ln(990/980) + 970 ln(970/980)) = 10.669048, p = erfc(√(G²/2)) = 0.0010894
    @Test(arguments: [
        (10, 30, 1000, 1000, 10.669048, 0.0010894),
        (0, 5, 2000, 1000, 11.002827, 0.00090973),
        (20, 10, 1000, 2000, -14.014716, 0.00018139),
        (7, 7, 500, 500, 0.0, 1.0),
    ])
    func fourCellG2(a: Int, b: Int, sizeA: Int, sizeB: Int, g2: Double, p: Double) {
        let value = LogLikelihood.g2(a: a, b: b, sizeA: sizeA, sizeB: sizeB)
        #expect(abs(value - g2) < 1e-5)
        #expect(abs(LogLikelihood.pValue(value) - p) / max(p, 1e-12) < 1e-3)
    }

    @Test func signFollowsRelativeFrequencyNotRawCount() {
        // 10 in 1000 (1%) vs 15 in 3000 (0.5%): more occurrences in B but relatively fewer → negative.
        #expect(LogLikelihood.g2(a: 10, b: 15, sizeA: 1000, sizeB: 3000) < 0)
        #expect(LogLikelihood.g2(a: 15, b: 10, sizeA: 3000, sizeB: 1000) > 0)
    }

    @Test func criticalValueGivesFivePercent() {
        #expect(abs(LogLikelihood.pValue(3.841459) - 0.05) < 1e-6)
        #expect(abs(LogLikelihood.pValue(-3.841459) - 0.05) < 1e-6)
    }

    @Test func emptySideIsZero() {
        #expect(LogLikelihood.g2(a: 0, b: 3, sizeA: 0, sizeB: 100) == 0)
    }
}

@Suite struct LogRatioTests {
    @Test(arguments: [
        (10, 30, 1000, 1000, 1.5849625),     // log2(3)
        (10, 10, 1000, 2000, -1.0),          // half as frequent
        (0, 5, 2000, 1000, 4.3219281),       // zero → 0.5: log2((5/1000)/(0.5/2000)) = log2(20)
        (4, 0, 1000, 1000, -3.0),            // log2(0.5/4)
        (0, 0, 1000, 1000, 0.0),
    ])
    func values(a: Int, b: Int, sizeA: Int, sizeB: Int, expected: Double) {
        #expect(abs(LogRatio.value(a: a, b: b, sizeA: sizeA, sizeB: sizeB) - expected) < 1e-6)
    }
}

@Suite struct PercentDiffTests {
    @Test(arguments: [(2.0, 4.0, 100.0), (4.0, 2.0, -50.0), (3.0, 0.0, -100.0), (0.0, 0.0, 0.0), (1.5, 1.5, 0.0)])
    func values(a: Double, b: Double, expected: Double) {
        #expect(PercentDiff.value(a: a, b: b) == expected)
    }

    @Test func absentFromAIsInfinite() {
        #expect(PercentDiff.value(a: 0, b: 2) == .infinity)
    }
}

@Suite struct TheilSenTests {
    @Test func exactLine() {
        // y = 2x + 1: every pairwise slope is 2.
        #expect(TheilSen.slope([(0, 1), (1, 3), (2, 5), (3, 7)]) == 2)
    }

    @Test func outlierBarelyMatters() {
        // (0,0) (1,1) (2,2) (3,30): slopes 1, 1, 10, 1, 14.5, 28 → sorted 1 1 1 10 14.5 28 → median (1+10)/2 = 5.5;
        // least squares would give 8.1.
        #expect(TheilSen.slope([(0, 0), (1, 1), (2, 2), (3, 30)]) == 5.5)
    }

    @Test func oddNumberOfSlopesTakesTheMiddle() {
        // (0,0) (1,2) (3,3): slopes 2, 1, 0.5 → median 1.
        #expect(TheilSen.slope([(0, 0), (1, 2), (3, 3)]) == 1)
    }

    @Test func gapsInXCount() {
        // Years 2000, 2010, 2011: slopes 1/10, 2/11, 1/1 → 2/11 (with period indices 0, 1, 2 it would be 1)
        #expect(abs(TheilSen.slope([(2000, 0), (2010, 1), (2011, 2)]) - 2.0 / 11) < 1e-12)
    }

    @Test func sparseTermIsFlat() {
        // A term that appears in one period of five: most slopes are 0.
        let s = TheilSen.slope([(0, 0), (1, 0), (2, 0), (3, 0), (4, 9)])
        #expect(s == 0)
        #expect(TrendDirection(slope: s) == .flat)
    }

    @Test func degenerate() {
        #expect(TheilSen.slope([]) == 0)
        #expect(TheilSen.slope([(1, 5)]) == 0)
        #expect(TheilSen.slope([(1, 5), (1, 7)]) == 0)
        #expect(TrendDirection(slope: -0.1) == .falling)
        #expect(TrendDirection(slope: 0.1) == .rising)
    }
}

@Suite struct CosineSimilarityTests {
    @Test func handComputed() {
        // a = (1, 1, 0), b = (1, 0, 1): cos = 1 / (√2 √2) = 0.5
        #expect(abs(CosineSimilarity.cosine(["x": 1, "y": 1], ["x": 1, "z": 1]) - 0.5) < 1e-12)
        #expect(CosineSimilarity.cosine(["x": 2], ["y": 3]) == 0)
        #expect(CosineSimilarity.cosine([:], ["y": 3]) == 0)
        #expect(abs(CosineSimilarity.cosine(["x": 2, "y": 4], ["x": 1, "y": 2]) - 1) < 1e-12)
    }

    /// Two equal vectors built in different orders (and capacities) iterate differently; floating-point sums in
    /// iteration order then differ in the last bits, and a store-backed comparison would differ from the file-backed
    /// one from run to run. The cosine must be the same bits however the dictionaries were built.
    @Test func sameBitsWhateverTheDictionaryOrder() {
        var rng = SeededGenerator(seed: 7)
        let entries = (0..<2_000).map { ("t\($0)", Double.random(in: 1e-6...1e6, using: &rng)) }
        var ascending: [String: Double] = [:]
        for (k, v) in entries { ascending[k] = v }
        var descending = [String: Double](minimumCapacity: 20_000)
        for (k, v) in entries.reversed() { descending[k] = v }
        let other = Dictionary(uniqueKeysWithValues: entries.enumerated().filter { $0.offset % 3 != 0 }.map { ($0.element.0, $0.element.1 / 3) })
        let x = CosineSimilarity.cosine(ascending, other), y = CosineSimilarity.cosine(descending, other)
        #expect(x.bitPattern == y.bitPattern)
        #expect(CosineSimilarity.cosine(other, ascending).bitPattern == CosineSimilarity.cosine(other, descending).bitPattern)
    }

    @Test func smoothedIDF() {
        // N = 2: in both → ln(3/3) + 1 = 1; in one → ln(3/2) + 1 = 1.405465
        #expect(CosineSimilarity.idf(documentFrequency: 2, documents: 2) == 1)
        #expect(abs(CosineSimilarity.idf(documentFrequency: 1, documents: 2) - 1.4054651) < 1e-6)
        let v = CosineSimilarity.tfidf(["x": 3, "y": 0], documentFrequency: ["x": 1], documents: 2)
        #expect(v.count == 1 && abs(v["x"]! - 3 * 1.4054651) < 1e-6)
    }
}

@Suite struct KeywordOverlapTests {
    @Test func topKOnly() {
        let o = KeywordOverlap(["改革", "发展", "创新", "开放"], ["创新", "改革", "安全", "开放"], k: 3)
        // top 3: {改革, 发展, 创新} and {创新, 改革, 安全}: shared 2, union 4
        #expect(o.shared == ["创新", "改革"])
        #expect(o.jaccard == 0.5)
        #expect(KeywordOverlap([], [], k: 5).jaccard == 0)
    }
}

@Suite struct OccurrenceTests {
    @Test func firstLastPeak() {
        let p = (2015...2019).map { Period(label: String($0), ordinal: $0) }
        let o = Occurrence([(p[3], 4, 2.0), (p[0], 0, 0), (p[1], 1, 0.5), (p[2], 5, 2.0), (p[4], 0, 0)])
        #expect(o.firstSeen == p[1])
        #expect(o.lastSeen == p[3])
        #expect(o.peak == p[2])   // tie at 2.0 → earliest
        let none = Occurrence([(p[0], 0, 0)])
        #expect(none.firstSeen == nil && none.lastSeen == nil && none.peak == nil)
    }
}

@Suite struct RankChangeTests {
    @Test func competitionRanks() {
        #expect(RankChange.ranks(["甲": 5, "乙": 3, "丙": 3, "丁": 1, "戊": 0]) == ["甲": 1, "乙": 2, "丙": 2, "丁": 4])
    }

    @Test func table() {
        let rows = RankChange.table(a: ["改革": 9, "发展": 5, "开放": 2], b: ["发展": 8, "创新": 6, "改革": 1], limit: 2)
        #expect(rows == [
            RankChange(term: "发展", rankA: 2, rankB: 1),
            RankChange(term: "创新", rankA: nil, rankB: 2),
            RankChange(term: "改革", rankA: 1, rankB: 3),
        ])
        #expect(rows.map(\.change) == [1, nil, -2])
    }

    @Test func tiesDoNotWidenTheTable() {
        let rows = RankChange.table(a: ["甲": 1, "乙": 1, "丙": 1, "丁": 1], b: ["甲": 1, "乙": 1, "丙": 1, "丁": 1], limit: 2)
        #expect(rows.count == 2 && rows.allSatisfy { $0.rankA == 1 && $0.rankB == 1 })
    }
}

@Suite struct MannKendallTests {
    @Test func tiesCorrectTheVariance() {
        // [0, 0, 1, 2]: S = 5 (five later-higher pairs, one tie); Var = (4·3·13 − 2·1·9)/18 = 7.6667;
        // z = (5 − 1)/√7.6667 = 1.4446, p = 0.14856
        let mk = MannKendall([0, 0, 1, 2])
        #expect(mk.s == 5)
        #expect(abs(mk.variance - 138.0 / 18) < 1e-12)
        #expect(abs(mk.p - 0.148562) < 1e-5)
        #expect(mk.direction() == .flat)
    }

    @Test func steadyRiseIsSignificant() {
        // 1…8: S = 28, Var = 8·7·21/18 = 65.333, z = 27/8.083 = 3.3404, p = 0.00083663
        let mk = MannKendall((1...8).map(Double.init))
        #expect(mk.s == 28 && abs(mk.p - 0.00083663) < 1e-7)
        #expect(mk.direction() == .rising)
        #expect(MannKendall((1...8).reversed().map(Double.init)).direction() == .falling)
    }

    @Test func lateAppearanceRisesThoughTheilSenIsZero() {
        let series = Array(repeating: 0.0, count: 20) + [3, 4, 5, 6]
        #expect(TheilSen.slope(series.enumerated().map { (Double($0.offset), $0.element) }) == 0)
        #expect(MannKendall(series).direction() == .rising)
    }

    @Test func constantOrShort() {
        #expect(MannKendall([2, 2, 2]).p == 1)
        #expect(MannKendall([]).s == 0 && MannKendall([1]).p == 1)
    }
}
