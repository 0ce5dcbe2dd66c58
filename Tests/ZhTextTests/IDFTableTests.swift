import Foundation
import Testing
@testable import ZhText

@Suite struct IDFTableTests {
    @Test func parsesTabsAndJiebaSpaces() throws {
        let t = try IDFTable.parse("# term\tidf\n国防\t5.5\n科技 4.25\n\nAI\t9\r\n", source: "inline")
        #expect(t.values == ["国防": 5.5, "科技": 4.25, "AI": 9])
    }

    /// Median = the middle of the sorted values, index count / 2 (jieba's rule).
    @Test(arguments: [
        ([1.0, 2, 3], 2.0),
        ([4.0, 1, 3, 2], 3.0),
        ([7.0], 7.0),
    ])
    func medianIsTheMiddleValue(_ c: ([Double], Double)) {
        var values: [String: Double] = [:]
        for (i, v) in c.0.enumerated() { values["w\(i)"] = v }
        #expect(IDFTable(values: values).median == c.1)
    }

    /// Quickselect agrees with sorting, on random values with many duplicates, at every rank.
    @Test func selectionAgreesWithSorting() {
        var rng = SeededGenerator(seed: 11)
        for _ in 0..<200 {
            let values = (0..<Int.random(in: 1...60, using: &rng)).map { _ in Double(Int.random(in: 0...9, using: &rng)) / 2 }
            let sorted = values.sorted()
            for k in values.indices {
                var copy = values
                #expect(IDFTable.select(&copy, k) == sorted[k])
            }
        }
    }

    /// The sorted-file form (with its per-character index) finds exactly the rows a dictionary finds: Han terms,
    /// terms sharing a first character, a character with no rows, non-Han terms, and prefixes of listed terms.
    @Test func sortedLinesAgreeWithADictionary() throws {
        let rows: [(String, Double)] = [("AI", 9), ("一", 1), ("一带一路", 2.5), ("中", 3), ("中国", 4), ("中国制造", 5),
                                        ("中小企业", 6), ("龥", 7), ("𠀀字", 8), ("ａ", 10)]
        let text = rows.sorted { Array($0.0.utf8).lexicographicallyPrecedes(Array($1.0.utf8)) }
            .map { "\($0.0)\t\($0.1)" }.joined(separator: "\n") + "\n"
        let lines = try #require(SortedIDFLines(bytes: Array(text.utf8)))
        for (term, value) in rows { #expect(lines.lookup(term) == value, "\(term)") }
        for missing in ["中国制", "中华", "乙", "一带", "A", "", "龥龥", "𠀀"] { #expect(lines.lookup(missing) == nil, "\(missing)") }
    }

    @Test func unknownWordsGetTheMedian() {
        let t = IDFTable(values: ["甲": 1, "乙": 8, "丙": 3])
        #expect(t["乙"] == 8)
        #expect(t["没有的词"] == 3)
        #expect(!t.contains("没有的词"))
        #expect(IDFTable(values: [:])["任何词"] == 0)
    }

    @Test func mergeOverlaysAndRecomputesTheMedian() {
        let base = IDFTable(values: ["甲": 1, "乙": 2, "丙": 3])
        let merged = base.merging(IDFTable(values: ["乙": 10, "丁": 11]))
        #expect(merged.values == ["甲": 1, "乙": 10, "丙": 3, "丁": 11])
        #expect(merged.median == 10)
        #expect(merged["新词"] == 10)
    }

    @Test(arguments: [
        ("国防\n", 1, "expected term and IDF separated by a tab", "国防"),
        ("# ok\n国防\tabc\n", 2, "IDF is not a non-negative number", "国防\tabc"),
        ("国防\t-1\n", 1, "IDF is not a non-negative number", "国防\t-1"),
        ("国防\t1 2\n", 1, "IDF is not a non-negative number", "国防\t1 2"),
    ])
    func malformedLinesNameFileAndLine(_ c: (String, Int, String, String)) {
        #expect(throws: ZhTextError.malformedLine(file: "domain.tsv", line: c.1, reason: c.2, content: c.3)) {
            try IDFTable.parse(c.0, source: "domain.tsv")
        }
    }

    @Test func serializedTableParsesBack() throws {
        let t = IDFTable(values: ["乙": 2.5, "甲": 1.23456, "AI": 0])
        let text = t.serialized(header: ["test table"])
        #expect(text == "# test table\n# term\tidf\nAI\t0.0000\n乙\t2.5000\n甲\t1.2346\n")
        #expect(try IDFTable.parse(text, source: "x").values == ["乙": 2.5, "甲": 1.2346, "AI": 0])
    }

    @Test func bundledTableLoadsWithJiebasMedian() throws {
        let t = try IDFTable.bundled()
        #expect(t.count == 270_132)
        #expect(abs(t.median - 11.9548) < 1e-9)
        #expect(t["国防"] < t.median)
    }
}

@Suite struct IDFBuilderTests {
    @Test func idfIsLogOfDocumentsOverDocumentFrequency() {
        var b = IDFBuilder()
        b.add(document: ["国防", "科技", "国防"])
        b.add(document: ["国防", "经济"])
        b.add(document: ["国防"])
        b.add(document: ["文化"])
        let t = b.table()
        #expect(b.documentCount == 4)
        #expect(b.documentFrequency["国防"] == 3)
        #expect(abs(t["国防"] - log(4.0 / 3)) < 1e-12)
        #expect(abs(t["科技"] - log(4.0)) < 1e-12)
    }

    @Test func paragraphsAreDocuments() {
        let text = Normalizer.default.normalize("国防科技。\n\n经济，国防。\n国防。\n")
        var b = IDFBuilder()
        b.addParagraphs(of: LexiconSegmenter.default.tokens(in: text), in: text)
        #expect(b.documentCount == 3)
        #expect(b.documentFrequency["国防科技"] == 1)
        #expect(b.documentFrequency["国防"] == 2)
        #expect(b.documentFrequency["。"] == nil)
    }
}

@Suite struct IDFParagraphTests {
    @Test func originalLinesSeparateParagraphsEvenWhenNormalizationJoinsThem() {
        // The title has no final punctuation, so normalization joins it to the next line.
        let text = Normalizer.default.normalize("国防科技\n经济发展很快\n\n文化")
        #expect(text.text.hasPrefix("国防科技经济"))
        var b = IDFBuilder()
        b.addParagraphs(of: LexiconSegmenter.default.tokens(in: text), in: text)
        #expect(b.documentCount == 3)
    }
}

@Suite struct SortedIDFLinesTests {
    @Test func sortedFilesAreSearchedInPlace() throws {
        let text = "# h\n# term\tidf\nAI\t9\n乙\t2.5\n甲\t1.25\n"
        let lines = try #require(SortedIDFLines(bytes: Array(text.utf8)))
        #expect(lines.count == 3)
        #expect(lines.lookup("乙") == 2.5 && lines.lookup("甲") == 1.25 && lines.lookup("AI") == 9)
        #expect(lines.lookup("丙") == nil && lines.lookup("") == nil && lines.lookup("乙乙") == nil)
        let table = IDFTable(sorted: lines, table: [:])
        #expect(table == (try IDFTable.parse(text, source: "x")))
        #expect(table.merging(IDFTable(values: ["乙": 7, "丁": 8])).values == ["AI": 9, "乙": 7, "甲": 1.25, "丁": 8])
    }

    @Test(arguments: ["b\t1\na\t2\n", "a\t1\na\t2\n", "a 1\n", "a\t1e3\n", "a\t-1\n"])
    func otherFilesFallBackToTheParser(_ text: String) {
        #expect(SortedIDFLines(bytes: Array(text.utf8)) == nil)
    }

    @Test func bundledLookupsMatchTheFile() throws {
        let t = try IDFTable.bundled()
        #expect(t.sorted != nil)
        #expect(t["国防"] == 7.4565)
        let merged = t.merging(IDFTable(values: ["国防": 1]))
        #expect(merged["国防"] == 1 && merged.count == t.count)
        #expect(merged.merging(IDFTable(values: ["新词甲乙": 3]))["新词甲乙"] == 3)
    }
}
