import Testing
@testable import ZhText

/// A sentence and the segmentation we want, with the reason.
struct SegmentationCase: Sendable, CustomTestStringConvertible {
    let input: String
    let expected: String
    let why: String
    var testDescription: String { input }
}

@Suite struct LexiconSegmenterTests {
    static let cases: [SegmentationCase] = [
        // Classic ambiguities: the most probable path must pick the reading a native speaker picks.
        .init(input: "结婚的和尚未结婚的", expected: "结婚 的 和 尚未 结婚 的",
              why: "'the married and the not yet married': 尚未 (not yet) beats 和尚 (monk)"),
        .init(input: "南京市长江大桥", expected: "南京市 长江大桥",
              why: "'Nanjing's Yangtze River Bridge', not 'Nanjing mayor Jiang Daqiao'; 长江大桥 is one lexicon word"),
        .init(input: "长春市长春节讲话", expected: "长春 市长 春节 讲话",
              why: "'the mayor of Changchun's Spring Festival speech': 市长 + 春节, not 长春 twice"),
        .init(input: "他说的确实在理", expected: "他 说 的 确实 在 理",
              why: "的确 and 实在 overlap 确实: 说 的 确实 is the right reading. 在理 is not in the lexicon and 在 is a preposition, so the unknown-word rule leaves 在 理 apart (the known cost of that rule)"),
        .init(input: "研究生命起源", expected: "研究 生命 起源", why: "'study the origin of life', not 研究生 (graduate student)"),
        // Numbers, dates and units: a date part is one token (PKU/MSR convention), a duration is number + unit.
        .init(input: "2001年12月31日下午3时", expected: "2001年 12月 31日 下午 3时", why: "year, month, day and hour are date tokens"),
        .init(input: "他工作了5年，GDP增长3.5%。", expected: "他 工作 了 5 年 ， GDP 增长 3.5% 。",
              why: "5年 is a duration (not a year: four digits needed); 3.5% keeps its decimal point and percent sign"),
        .init(input: "人口达到1,234,567人", expected: "人口 达到 1,234,567 人", why: "thousands separators stay inside the number"),
        .init(input: "总额达3.5亿元", expected: "总额 达 3.5亿 元", why: "a magnitude joins its number, also when the lexicon has it in a word with the unit (亿元)"),
        .init(input: "一九九八年，二○○一年", expected: "一九九八年 ， 二○○一年",
              why: "a year in Chinese numerals, also with ○ (U+25CB) used as zero, is one token"),
        .init(input: "１９９８年１２月", expected: "１９９８年 １２月", why: "full-width digits are folded for the rules but written as they were"),
        // Latin inside Chinese, URLs, e-mail.
        .init(input: "我用iPhone15拍了张照片", expected: "我 用 iPhone15 拍 了 张 照片",
              why: "letters and digits form one Latin word; the HMM would glue 我用, but 我 is a pronoun (a function word)"),
        .init(input: "这是一是二是", expected: "这 是 一 是 二 是", why: "function words never form unknown words (jieba's HMM gives 这是 and 二是)"),
        .init(input: "请访问https://www.gov.cn/zhengce/或发邮件到info@example.org。",
              expected: "请 访问 https://www.gov.cn/zhengce/ 或 发邮件 到 info@example.org 。", why: "URL and e-mail address are single tokens"),
        .init(input: "Ｃｈａｔ ＧＰＴ和ＡＩ", expected: "Ｃｈａｔ ＧＰＴ 和 ＡＩ", why: "full-width Latin words are words, written as they were"),
        .init(input: "café naïve e\u{301}", expected: "café naïve e\u{301}", why: "accented letters and combining marks stay inside words"),
        // Policy phrases join the lexicon.
        .init(input: "“十五五”时期要推动高质量发展，培育新质生产力。",
              expected: "“ 十五五 ” 时期 要 推动 高质量发展 ， 培育 新质生产力 。", why: "policy phrases are single tokens"),
        // Unknown words: the HMM joins a plausible name.
        .init(input: "小明硕士毕业于中国科学院计算所", expected: "小明 硕士 毕业 于 中国科学院 计算所", why: "jieba's reference sentence: 小明 is found by the HMM"),
        // Emoji with a skin-tone modifier are one token.
        .init(input: "😀👍🏽表情", expected: "😀 👍🏽 表情", why: "a modifier belongs to its emoji"),
    ]

    @Test(arguments: cases)
    func segments(_ c: SegmentationCase) {
        let words = LexiconSegmenter.default.tokens(in: c.input).filter { $0.kind != .space }.map(\.text)
        #expect(words.joined(separator: " ") == c.expected, "\(c.why)")
    }

    @Test func tokensCarryRangesKindsAndPOS() {
        let text = "他在2001年访问了北京。"
        let tokens = LexiconSegmenter.default.tokens(in: text)
        let scalars = Array(text.unicodeScalars)
        for t in tokens { #expect(String(String.UnicodeScalarView(scalars[t.range])) == t.text) }
        let beijing = try! #require(tokens.first { $0.term == "北京" })
        #expect(beijing.kind == .han && beijing.pos == "ns" && beijing.range == 10..<12)
        let year = try! #require(tokens.first { $0.term == "2001年" })
        #expect(year.kind == .number && year.pos == "t")
        #expect(tokens.last?.kind == .punctuation && tokens.last?.pos == "x")
    }

    @Test func unknownWordsGetAGuessedTagNotX() {
        // 小明 is found by the HMM; two characters with no suffix or surname: a common noun guess (x is for symbols).
        let tokens = LexiconSegmenter.default.tokens(in: "小明硕士")
        #expect(tokens.first?.term == "小明" && tokens.first?.pos == "n")
    }

    @Test func zeroWidthCharactersRideOnANeighbour() {
        let input = "中\u{200B}国人民\u{200B} 很好"
        let tokens = LexiconSegmenter.default.tokens(in: input)
        #expect(tokens.map(\.text).joined() == input)
        #expect(tokens.first?.text == "中\u{200B}国")
        #expect(tokens.first?.term == "中国")
    }

    @Test func linesAreNeverJoined() {
        let tokens = LexiconSegmenter.default.tokens(in: Normalizer(options: .characterLevel).normalize("中华\r\n人民"))
        #expect(tokens.map(\.text) == ["中华", "\r\n", "人民"])
    }

    // MARK: - User words

    @Test func userWordWins() {
        let plain = LexiconSegmenter.default.tokens(in: "青川模式值得推广").map(\.term)
        #expect(plain.starts(with: ["青川", "模式"]))
        let lexicon = Lexicon.default.adding([LexiconEntry(term: "青川模式", frequency: 1, pos: "nz", origin: .user)])
        let tokens = LexiconSegmenter(lexicon: lexicon).tokens(in: "青川模式值得推广")
        #expect(tokens.map(\.term) == ["青川模式", "值得", "推广"])
        #expect(tokens[0].pos == "nz")
    }

    @Test func userWordWinsEvenAgainstAVeryLikelySplit() {
        // 的确 is frequent, but the user word 的确实 must be one token where it occurs.
        var lexicon = Lexicon.default
        lexicon.add("说的确")
        let tokens = LexiconSegmenter(lexicon: lexicon).tokens(in: "他说的确实在理").map(\.term)
        #expect(tokens.starts(with: ["他", "说的确"]))
    }

    @Test func conflictingUserWordsFallBackToTheLongerOrMoreProbable() {
        var lexicon = Lexicon.default
        lexicon.add(["研究生", "生命起源"].map { LexiconEntry(term: $0, frequency: 5, pos: "n", origin: .user) })
        let tokens = LexiconSegmenter(lexicon: lexicon).tokens(in: "研究生命起源").map(\.term)
        // They overlap on 生: 生命起源 covers four characters, 研究生 three; the longer user word wins.
        #expect(tokens == ["研究", "生命起源"])
    }

    @Test func removedWordsAreNoLongerFound() {
        let lexicon = Lexicon.default.removing(["长江大桥"])
        #expect(!lexicon.contains("长江大桥") && Lexicon.default.contains("长江大桥"))
        let tokens = LexiconSegmenter(lexicon: lexicon).tokens(in: "南京市长江大桥").map(\.term)
        #expect(!tokens.contains("长江大桥"))
    }

    @Test func addingIsAValueOperation() {
        let base = Lexicon.default
        var changed = base
        changed.add("青川模式")
        #expect(changed.contains("青川模式") && !base.contains("青川模式"))
        changed.remove("青川模式")
        #expect(!changed.contains("青川模式"))
    }

    // MARK: - Search mode

    @Test func searchModeAddsInnerWordsWithOffsets() {
        let segmenter = LexiconSegmenter(options: .init(mode: .search))
        let tokens = segmenter.tokens(in: "中华人民共和国成立")
        let terms = tokens.map(\.term)
        #expect(terms.contains("中华人民共和国"))
        for inner in ["中华", "人民", "共和", "共和国"] { #expect(terms.contains(inner), "\(inner)") }
        let renmin = try! #require(tokens.first { $0.term == "人民" })
        #expect(renmin.range == 2..<4 && renmin.text == "人民")
        // Inner words come before the long word, as in jieba's cut_for_search.
        #expect(terms.firstIndex(of: "人民")! < terms.firstIndex(of: "中华人民共和国")!)
    }

    @Test func withoutUnknownWordModelRunsStaySingleCharacters() {
        let segmenter = LexiconSegmenter(options: .init(unknownWords: false))
        #expect(segmenter.tokens(in: "小明硕士").map(\.term) == ["小", "明", "硕士"])
    }
}
