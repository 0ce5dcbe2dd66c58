import Foundation
import Testing
@testable import ZhText

func document(_ file: String, _ text: String, date: String?, label: String? = nil) -> DatedDocument {
    DatedDocument(file: file, date: date.flatMap(DateParsing.parse), dateSource: date == nil ? nil : .fileName, label: label,
                  text: Normalizer.default.normalize(text))
}

@Suite struct TermOccurrencesTests {
    @Test(arguments: [
        ("高质量发展", "推动高质量发展，实现高质量发展。", 2), ("aa", "aaaa a", 2), ("aa", "aaa", 1),
        ("十五五", "“十五五”时期", 1), ("ABC", "ＡＢＣ与ABC", 2), ("发展", "", 0), ("", "发展", 0),
    ])
    func counts(term: String, text: String, expected: Int) {
        #expect(TermOccurrences(term).count(in: Normalizer.default.normalize(text).scalars) == expected)
    }
}

@Suite struct DatedCorpusTests {
    @Test func bucketsInTimeOrderWithCharacterTotals() throws {
        let corpus = DatedCorpus(documents: [
            document("b", "改革 开放", date: "2025-03-05"), document("a", "改革", date: "2024-12-30"),
            document("c", "发展", date: "2025-01-02"),
        ])
        let years = try corpus.buckets(by: .year)
        #expect(years.map(\.period.label) == ["2024", "2025"])
        #expect(years.map(\.documents) == [[1], [0, 2]])
        #expect(years.map(\.characters) == [2, 6])
        let weeks = try corpus.buckets(by: .week)
        #expect(weeks.map(\.period.label) == ["2025-W01", "2025-W10"])
        #expect(weeks[0].documents == [1, 2])
    }

    @Test func labelsInOrderOfFirstAppearance() throws {
        let corpus = DatedCorpus(documents: [
            document("x", "一", date: "2025", label: "乙"), document("y", "二", date: "2020", label: "甲"),
            document("z", "三", date: "2021", label: "乙"), document("w", "四", date: "2019"),
        ])
        let b = try corpus.buckets(by: .label)
        #expect(b.map(\.period.label) == ["乙", "甲", "2019"])
        #expect(b[0].documents == [0, 2])
    }

    @Test func impreciseDatesAreListedInOneError() {
        let corpus = DatedCorpus(documents: [document("2025.txt", "一", date: "2025"), document("n.txt", "二", date: nil),
                                             document("2024-03.txt", "三", date: "2024-03")])
        #expect(throws: ZhTextError.invalidArgument("cannot group by month: 2025.txt (date 2025 is not precise enough for --by month); n.txt (no date)")) {
            try corpus.buckets(by: .month)
        }
    }
}

@Suite struct TrendTests {
    let corpus = DatedCorpus(documents: [
        document("2019.txt", "稳增长。稳增长。新常态。", date: "2019"),
        document("2020.txt", "新常态下稳增长，推动高质量发展。", date: "2020"),
        document("2022.txt", "推动高质量发展。高质量发展！", date: "2022"),
        document("2022b.txt", "高质量发展", date: "2022"),
    ])

    @Test func seriesFirstLastPeakAndSlope() throws {
        let buckets = try corpus.buckets(by: .year)
        let trends = corpus.trend(of: [.term("高质量发展"), .term("新常态"), TrendQuery(name: "稳", members: ["稳增长", "新常态"])], buckets: buckets)
        let hq = trends[0]
        #expect(hq.points.map(\.count) == [0, 1, 3])
        #expect(hq.points.map(\.documents) == [0, 1, 2])
        #expect(hq.points.map(\.periodDocuments) == [1, 1, 2])
        // 2022: 3 occurrences in 14 + 5 = 19 non-space characters → 3 × 10000 / 19
        #expect(abs(hq.points[2].per10k - 30000.0 / 19) < 1e-9)
        #expect(hq.occurrence.firstSeen?.label == "2020" && hq.occurrence.lastSeen?.label == "2022" && hq.occurrence.peak?.label == "2022")
        #expect(hq.test.s == 3 && hq.direction == .flat)   // three periods are too few for p < 0.05
        // 2020: 1 in 16 characters = 625. Slopes between (2019,0) (2020,625) (2022,1578.9): 625, 526.3, 477.0 → 526.3
        #expect(abs(hq.slope - (30000.0 / 19) / 3) < 1e-9)
        let nc = trends[1]
        #expect(nc.occurrence.firstSeen?.label == "2019" && nc.occurrence.lastSeen?.label == "2020")
        #expect(nc.slope < 0 && nc.test.s == -3)   // 833 → 625 → 0
        #expect(trends[2].points.map(\.count) == [3, 2, 0])
        #expect(trends[2].members == ["稳增长", "新常态"])
    }

    /// A self-written series 2010–2018 (late part: 2016–2018). Counts per year, each document padded with the same
    /// steady words (发展, 改革 five times each):
    /// - 老工业基地 5 5 4 3 1 0 0 0 0: falling (only in the early part);
    /// - 数字政府   0 0 0 0 0 1 3 5 6: rising (more frequent late, in use at the end);
    /// - 新常态     0 0 0 0 1 1 9 0 0: more frequent late, significantly, but last seen 2016: not rising;
    /// - 发展, 改革: the same share every year: neither.
    static let series: DatedCorpus = {
        let counts: [(String, [Int])] = [("老工业基地", [5, 5, 4, 3, 1, 0, 0, 0, 0]), ("数字政府", [0, 0, 0, 0, 0, 1, 3, 5, 6]),
                                         ("新常态", [0, 0, 0, 0, 1, 1, 9, 0, 0])]
        return DatedCorpus(documents: (0..<9).map { k in
            var text = String(repeating: "发展。改革。", count: 5)
            for (term, c) in counts { text += String(repeating: term + "。", count: c[k]) }
            return document("\(2010 + k).txt", text, date: String(2010 + k))
        })
    }()

    @Test func risingAndFallingEarlyAgainstLate() throws {
        let corpus = Self.series
        let buckets = try corpus.buckets(by: .year)
        let counting = TermCounting(segmenter: WordListSegmenter(["老工业基地", "数字政府", "新常态", "发展", "改革"]),
                                    model: TermModel(filter: TermFilter(minimumLength: 2)))
        let profiles = corpus.documents.map(counting.profile(of:))
        let (rising, falling) = corpus.risingAndFalling(profiles: profiles, buckets: buckets, limit: 5, minimumCount: 2)
        #expect(rising.map(\.term) == ["数字政府"])
        #expect(falling.map(\.term) == ["老工业基地"])
        // Labels agree with the lists.
        #expect(rising.allSatisfy { $0.direction == .rising } && falling.allSatisfy { $0.direction == .falling })
        // 新常态 changed significantly towards the late part but stopped in 2016: not rising.
        let stopped = SeriesChange(counts: [0, 0, 0, 0, 1, 1, 9, 0, 0], tokens: profiles.map(\.tokens))
        #expect(stopped.g2 >= SeriesChange.minimumG2 && stopped.direction == .flat)
        #expect(SeriesChange.lateStart(periods: 9) == 6)
    }

    /// A frequent word that changes a little ranks below a rarer word that changes a lot.
    @Test func rankingByEffectSizeNotFrequency() {
        let tokens = [1000, 1000, 1000]
        let frequent = SeriesChange(counts: [100, 100, 160], tokens: tokens)   // 1.6 × more frequent late
        let rare = SeriesChange(counts: [1, 2, 12], tokens: tokens)           // 8 × more frequent late
        #expect(frequent.direction == .rising && rare.direction == .rising)
        #expect(SeriesChange.ranks(rare, "b", before: frequent, "a"))
        #expect(frequent.g2 > rare.g2)   // G² alone would put the frequent word first
    }
}

@Suite struct ComparisonTests {
    let counting = TermCounting(segmenter: WordListSegmenter(["新质", "生产力", "高质量", "发展", "常态", "经济", "改革"]),
                                units: StringUnits(units: ["新质生产力", "新常态", "高质量发展"]),
                                model: TermModel(filter: TermFilter(minimumLength: 2)))

    func profile(_ text: String) -> TermProfile { counting.profile(of: Normalizer.default.normalize(text)) }

    @Test func newVanishedAndKeyness() {
        let a = profile("经济新常态。经济新常态下深化改革。改革。")
        let b = profile("发展新质生产力，推动高质量发展。新质生产力！改革。")
        let c = Comparison(a: "A", [a], b: "B", [b])
        #expect(c.new.map(\.term).contains("新质生产力"))
        #expect(c.new.first(where: { $0.term == "新质生产力" })?.countB == 2)
        #expect(c.vanished.map(\.term).contains("新常态"))
        #expect(c.keyness.first(where: { $0.term == "新质生产力" })!.g2 > 0)
        #expect(c.keyness.first(where: { $0.term == "新常态" })!.g2 < 0)
        // Once in B only: below the default minimum of 2 → not in keyness or new, but listed as a phrase difference.
        #expect(!c.keyness.contains { $0.term == "高质量发展" })
        #expect(c.phrases.contains { $0.term == "高质量发展" && $0.countB == 1 && $0.isPhrase })
        #expect(c.keyness.map(\.g2) == c.keyness.map(\.g2).sorted(by: >))
        #expect(c.a.documents == 1 && c.b.name == "B")
        #expect(c.similarity.cosine > 0 && c.similarity.cosine < 1)
    }

    @Test func rowValuesMatchTheStatistics() {
        let a = profile("改革改革改革发展")
        let b = profile("发展发展发展改革")
        let c = Comparison(a: "A", [a], b: "B", [b], options: ComparisonOptions(minimumCount: 1))
        let row = c.keyness.first { $0.term == "发展" }!
        #expect(row.countA == 1 && row.countB == 3)
        #expect(row.g2 == LogLikelihood.g2(a: 1, b: 3, sizeA: 4, sizeB: 4))
        #expect(row.per10kA == 1250 && row.per10kB == 3750)   // 1 and 3 in 8 characters
        #expect(row.percentDiff == 200)
        #expect(abs(row.logRatio - log2(3)) < 1e-12)
    }

    /// compare(doc, doc) has no keyness, nothing new or vanished, and similarity 1 — on seeded random texts.
    @Test func selfComparisonIsEmpty() {
        var rng = SeededGenerator(seed: 20260301)
        let vocabulary = ["新质", "生产力", "高质量", "发展", "常态", "经济", "改革", "新常态", "，", "。", "数", "字"]
        for _ in 0..<25 {
            let text = (0..<Int.random(in: 0...60, using: &rng)).map { _ in vocabulary.randomElement(using: &rng)! }.joined()
            let p = profile(text)
            let c = Comparison(a: "x", [p], b: "x", [p], options: ComparisonOptions(minimumCount: 1))
            #expect(c.keyness.isEmpty && c.new.isEmpty && c.vanished.isEmpty && c.phrases.isEmpty)
            #expect(c.rankChanges.allSatisfy { $0.change == 0 })
            if !p.counts.isEmpty { #expect(abs(c.similarity.cosine - 1) < 1e-9 && c.similarity.overlap.jaccard == 1) }
        }
    }
}
