import Testing
@testable import ZhText

@Suite struct KeywordSignalsTests {
    @Test func simpleMathsRatio() {
        // A word at its genre frequency gives 1 whatever k; absent from the reference, it gives (f + k) / k.
        #expect(KeywordSignals.simpleMaths(document: 500, reference: 500, k: 100) == 1)
        #expect(KeywordSignals.simpleMaths(document: 900, reference: 0, k: 100) == 10)
    }

    @Test func clusteredOccurrencesScoreHigherThanEvenOnes() {
        // 6 occurrences among 600 positions: evenly spread (every 100) against all in one stretch.
        let even = KeywordSignals.clustering(positions: [0, 100, 200, 300, 400, 500], total: 600)
        let clustered = KeywordSignals.clustering(positions: [300, 302, 305, 307, 310, 312], total: 600)
        #expect(even < 0)          // more regular than random
        #expect(clustered > 2)     // far more clustered than random
        #expect(KeywordSignals.clustering(positions: [1, 2], total: 600) == 0)   // too few to tell
    }

    @Test func referenceFileErrorsNameTheLine() {
        #expect(throws: ZhTextError.malformedLine(file: "r.tsv", line: 3, reason: "expected term<TAB>per_million[<TAB>share]", content: "建设")) {
            try ReferenceFrequencies.parse("# h\n发展\t100\t1\n建设\n", source: "r.tsv")
        }
        let r = try? ReferenceFrequencies.parse("# h\nAI\t12.5\t0.5\n", source: "r.tsv")
        #expect(r?["ai"] == 12.5 && r?.share["ai"] == 0.5)   // keyed like every term (TermKey)
    }

    @Test func bundledGenreReferenceHasGenreWords() throws {
        let genre = try ReferenceFrequencies.policyGenre()
        // Words every government report uses are frequent in the genre reference.
        for w in ["发展", "建设", "推进"] { #expect(genre[w] > 1000, "\(w)") }
    }
}
