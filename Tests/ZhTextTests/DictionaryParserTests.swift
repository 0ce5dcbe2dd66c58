import Testing
@testable import ZhText

@Suite struct DictionaryParserTests {
    @Test func readsBothFormats() {
        let text = """
        # my words
        # term\tfreq\tpos
        青川模式\t100\tnz
        云计算 5 n
        大模型
        区块链 12
        ＡＩ芯片\t\tn
        """
        let result = DictionaryParser.parse(text, source: "user.txt")
        #expect(result.problems.isEmpty)
        #expect(result.entries.map(\.term) == ["青川模式", "云计算", "大模型", "区块链", "AI芯片"])
        #expect(result.entries.map(\.frequency) == [100, 5, DictionaryParser.defaultUserFrequency, 12, DictionaryParser.defaultUserFrequency])
        #expect(result.entries.map(\.pos) == ["nz", "n", "n", "n", "n"])
        #expect(result.entries.allSatisfy { $0.origin == .user })
    }

    @Test(arguments: [
        ("好词 abc n", "user.txt:1: frequency is not a non-negative integer: \"好词 abc n\""),
        ("好词\t-3\tn", "user.txt:1: frequency is not a non-negative integer: \"好词\t-3\tn\""),
        ("好词 1 n extra", "user.txt:1: expected at most 3 fields (word, frequency, part of speech): \"好词 1 n extra\""),
        ("好词\t1\t名词", "user.txt:1: part of speech must be 1-8 ASCII letters: \"好词\t1\t名词\""),
        ("\u{200B}\t3\tn", "user.txt:1: empty word: \"\u{200B}\t3\tn\""),
        ("好 词\t3\tn", "user.txt:1: word contains white space: \"好 词\t3\tn\""),
    ])
    func reportsMalformedLines(_ line: String, _ message: String) {
        let result = DictionaryParser.parse(line, source: "user.txt")
        #expect(result.entries.isEmpty)
        #expect(result.problems.map(\.description) == [message])
    }

    @Test func keepsGoodLinesAroundABadOne() {
        let result = DictionaryParser.parse("甲乙 3\n丙丁 x\n戊己 4\r\n", source: "d.txt")
        #expect(result.entries.map(\.term) == ["甲乙", "戊己"])
        #expect(result.problems.map(\.description) == ["d.txt:2: frequency is not a non-negative integer: \"丙丁 x\""])
    }

    @Test func readsPhrasesWithVariants() {
        let text = "# header\n# phrase\tcategory\tvariants\trelated\tfirst_seen\tsource\n新质生产力\teconomy\t新質生產力\t-\t2023\tx\n十五五\tplan\t-\t-\t2026\ty\n"
        let result = DictionaryParser.parsePhrases(text, source: "phrases.tsv")
        #expect(result.entries.map(\.term) == ["新质生产力", "新質生產力", "十五五"])
        #expect(result.entries.allSatisfy { $0.origin == .phrase && $0.pos == "nz" })
        #expect(DictionaryParser.parsePhrases("bad line\n", source: "p.tsv").problems.map(\.description)
                == ["p.tsv:1: expected phrase, category and variants: \"bad line\""])
    }
}
