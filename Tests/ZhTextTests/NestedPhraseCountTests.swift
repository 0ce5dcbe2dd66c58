import Testing
@testable import ZhText

/// Nested phrases: 十四五 inside 十四五规划 is counted once by a reader. Summaries and tables rank and show the
/// leftmost-longest count; every occurrence stays available (JSON's `count`).
@Suite struct NestedPhraseCountTests {
    // 十四五 stands alone twice (“十四五”时期, 十四五开局) and inside 十四五规划 twice: longest 2, all 4.
    static let text = "“十四五”时期，编制十四五规划。落实十四五规划纲要。十四五开局。"

    @Test func corpusSummaryRanksAndCountsByLongestMatch() throws {
        let analyzer = try DocumentAnalyzer()
        var summary = CorpusSummary()
        summary.add(try analyzer.analyze(SourceText(file: "a.txt", text: Self.text)), period: "2021")
        summary.add(try analyzer.analyze(SourceText(file: "b.txt", text: "十四五规划。")), period: "2022")
        let byTerm = Dictionary(uniqueKeysWithValues: summary.topPhrases(5).map { ($0.term, $0) })
        #expect(byTerm["十四五"]?.longestCount == 2 && byTerm["十四五"]?.count == 5)  // 4 in a.txt + 1 nested in b.txt
        #expect(byTerm["十四五规划"]?.longestCount == 3 && byTerm["十四五规划"]?.count == 3)
        #expect(summary.topPhrases(5).map(\.term).prefix(2) == ["十四五规划", "十四五"])  // 3 before 2, not 5 before 3
        let trend = try #require(summary.phraseTrends(5).first { $0.phrase == "十四五" })
        #expect(trend.periods.map(\.count) == [2, 0])  // b.txt's 十四五 is the plan's, not a 十四五 of its own
    }

    @Test func documentTableLeadsWithLongestCount() throws {
        let analysis = try DocumentAnalyzer().analyze(SourceText(file: "a.txt", text: Self.text))
        let text = AnalysisReport.text(analysis, markdown: true)
        #expect(text.contains("| phrase | category | longest_count | count |"))
        #expect(text.contains("| 十四五 | five-year-plan | 2 | 4 |"))
    }
}
