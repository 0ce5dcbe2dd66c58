import Testing
@testable import ZhText

/// Names no dictionary lists, and the words that must not be glued to them. Sentences written for these tests; the
/// names are invented or chosen outside the bundled word lists, so the cases test the rules, not the lexicon.
@Suite struct NameModelTests {
    static let kept: [SegmentationCase] = [
        // Transliterated foreign names: three or more transliteration characters.
        .init(input: "卡拉斯科娃当天抵达", expected: "卡拉斯科娃 当天 抵达", why: "five transliteration characters (斯, 娃): one name"),
        .init(input: "据报道，奥斯特罗夫斯基表示反对", expected: "据 报道 ， 奥斯特罗夫斯基 表示 反对", why: "a long -斯基 name, ended by a reporting verb"),
        .init(input: "总统马克龙", expected: "总统 马克龙", why: "马克 (a rare name in the lexicon) + 龙: 龙 is a transliteration character here"),
        // Chinese person names in context.
        .init(input: "外交部发言人柏思远表示", expected: "外交部 发言人 柏思远 表示", why: "surname + two characters between a title and a reporting verb"),
        // Organisations and places by suffix.
        .init(input: "鑫鹭集团发布了公告", expected: "鑫鹭集团 发布 了 公告", why: "an unknown stem the HMM found + 集团: an organisation"),
        .init(input: "他来自栖霞镇", expected: "他 来自 栖霞镇", why: "a place name + 镇: a place"),
        .init(input: "今年的农博会开幕", expected: "今年 的 农博会 开幕", why: "one character + 博会: an expo"),
        // Numbered names.
        .init(input: "嫦娥七号将发射", expected: "嫦娥七号 将 发射", why: "a name + Chinese numeral + 号: a spacecraft"),
        .init(input: "神舟二十号航天员", expected: "神舟二十号 航天员", why: "a two-character numeral before 号"),
        .init(input: "学习十九大精神", expected: "学习 十九大 精神", why: "a numeral with 十 + 大: a party congress"),
        // New-decade terms (bundled lexicon layer).
        .init(input: "大湾区的大模型企业", expected: "大湾区 的 大模型 企业", why: "new-decade words of the bundled modern list"),
        .init(input: "中芯国际参展进博会", expected: "中芯国际 参展 进博会", why: "a company and an expo of the modern list"),
        .init(input: "中欧班列和具身智能", expected: "中欧班列 和 具身智能", why: "a freight service and a coinage of the modern list"),
    ]

    static let apart: [SegmentationCase] = [
        .init(input: "他和普京通了电话", expected: "他 和 普京 通 了 电话",
              why: "和 is a conjunction: never part of a name (jieba's lexicon even lists 和普京, frequency 3: split back)"),
        .init(input: "同马克龙会谈", expected: "同 马克龙 会谈", why: "同 is a preposition"),
        .init(input: "对泽连斯基说", expected: "对 泽连斯基 说", why: "对 is a preposition"),
        .init(input: "中国公司在海外", expected: "中国 公司 在 海外", why: "a country + 公司 is 'a Chinese company', not a name"),
        .init(input: "德国大学的排名", expected: "德国 大学 的 排名", why: "a country + 大学 is 'German universities', not a name"),
        .init(input: "王说他来", expected: "王 说 他 来", why: "the HMM glues 王说; 说 is a frequent word of its own, so it is cut apart"),
        .init(input: "乌克兰总统泽连斯基", expected: "乌克兰 总统 泽连斯基", why: "an established name (乌克兰) and a title are never swallowed"),
        .init(input: "张开双手", expected: "张开 双手", why: "张开 is a verb of the lexicon: a surname character inside a word is no name"),
        .init(input: "这是一号楼", expected: "这 是 一号 楼", why: "号 followed by 楼 is an address, and 这/是 are function words"),
    ]

    @Test(arguments: kept + apart)
    func segments(_ c: SegmentationCase) {
        let words = LexiconSegmenter.default.tokens(in: c.input).filter { $0.kind != .space }.map(\.text)
        #expect(words.joined(separator: " ") == c.expected, "\(c.why)")
    }

    @Test func namesGetNameTags() {
        let cases: [(String, String, String)] = [
            ("卡拉斯科娃当天抵达", "卡拉斯科娃", "nr"), ("鑫鹭集团发布了公告", "鑫鹭集团", "nt"), ("他来自栖霞镇", "栖霞镇", "ns"),
            ("嫦娥七号将发射", "嫦娥七号", "nz"), ("外交部发言人柏思远表示", "柏思远", "nr"),
        ]
        for (sentence, word, pos) in cases {
            let token = LexiconSegmenter.default.tokens(in: sentence).first { $0.text == word }
            #expect(token?.pos == pos, "\(word) in \(sentence): \(token?.pos ?? "no such token")")
        }
    }

    @Test func unknownWordsAreNotTaggedX() {
        // Han tokens are words; `x` stays for symbols and punctuation.
        let text = "鑫鹭集团的蔺翠华和邬琰琦在栖霞镇见到了卡拉斯科娃。"
        for t in LexiconSegmenter.default.tokens(in: text) where t.kind == .han {
            #expect(t.pos != "x", "\(t.text) is tagged x")
        }
    }

    @Test func namesCanBeTurnedOff() {
        let off = LexiconSegmenter(options: .init(names: false))
        let words = off.tokens(in: "卡拉斯科娃当天抵达").filter(\.isWord).map(\.text)
        #expect(!words.contains("卡拉斯科娃"), "without the name model the characters stay apart")
    }

    @Test func guessedPartsOfSpeech() {
        let cases: [(String, String, String)] = [
            ("栖霞镇", "ns", "a place suffix"), ("鑫鹭集团", "nt", "an organisation suffix"), ("柏思远", "nr", "a surname and two characters"),
            ("卡拉斯科娃", "nr", "transliteration characters only"), ("量子纠缠态", "nz", "three or more characters, no other clue"),
            ("琰琦", "n", "two characters, no other clue"),
        ]
        for (word, pos, why) in cases {
            let scalars = Array(word.unicodeScalars)
            let guess = scalars.withUnsafeBufferPointer { NameModel.guessPOS($0, 0..<$0.count) }
            #expect(guess == pos, "\(word): \(why)")
        }
    }
}

extension NameModelTests {
    @Test func hmmNamesWithANounCharacterStayWhole() {
        // 董军: the HMM joins surname and given name; 军 is a frequent noun, not a verb glued to a surname.
        let words = LexiconSegmenter.default.tokens(in: "董军在发布会上介绍了情况。").filter(\.isWord).map(\.text)
        #expect(words.first == "董军")
    }
}
