/// Names no dictionary lists, found after the lexicon path and the HMM have cut a line: transliterated foreign
/// names, Chinese person names, organisations and places by their suffix, numbered names and expo abbreviations.
/// Unknown words the HMM proposed get a part of speech guessed from their shape instead of `x`.
///
/// Every rule joins neighbouring tokens only when each of them is *weak*: a single character that is not a function
/// word, a word the lexicon does not know, or a rare two-character name. A frequent or long word of the lexicon
/// (总统, 乌克兰, 以色列) is never swallowed, and a function word (和, 同, 对, 向 …) never starts or ends a name, so
/// `和普京` stays `和 普京`.
///
/// | rule | example | POS |
/// |---|---|---|
/// | three characters of transliteration, one of them typical of it (斯, 尔, 娅 …), or four to eight | 马克龙, 泽连斯基, 内塔尼亚胡 | `nr` |
/// | surname + one or two characters, next to a title or a reporting verb (发言人毛宁表示) | 毛宁 | `nr` |
/// | a name-like word + an organisation or place suffix | 雄安新区, 比亚迪集团 | `nt` / `ns` |
/// | a name + Chinese numeral + 号; a numeral with 十 + 大 | 嫦娥六号, 神舟十八号, 二十大 | `nz` |
/// | one character + 博会 | 进博会, 消博会 | `nz` |
///
/// The rules were chosen so that the SIGHAN PKU F1 does not fall (see `Benchmarks/segment/`).
enum NameModel {
    /// A set of Basic Multilingual Plane characters as a bitmap: membership in a few nanoseconds (the rules test
    /// every character of a line).
    struct CharacterSet: Sendable {
        private var bits = [UInt64](repeating: 0, count: 1024)
        init(_ values: some Sequence<UInt32>) {
            for v in values where v < 0x10000 { bits[Int(v >> 6)] |= 1 << UInt64(v & 63) }
        }
        @inline(__always) func contains(_ v: UInt32) -> Bool {
            v < 0x10000 && bits[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0
        }
    }

    /// What the rules need to know about a span of the line.
    struct Lookup {
        /// The POS and frequency of a lexicon word, or `nil`.
        let word: (Range<Int>) -> (pos: String, frequency: Int)?
    }

    /// Characters used to transliterate foreign names (Xinhua's conventions), minus the function words.
    static let transliteration = CharacterSet(scalars("""
    阿埃艾爱安昂奥巴拔班邦保鲍贝本比彼毕波伯勃博布查达戴丹道德迪蒂丁杜多厄恩法范菲费芬丰佛弗福富盖甘冈戈格根古瓜哈海汉豪
    赫黑亨胡华霍基吉加贾杰捷金卡凯坎康柯科克肯库夸奎昆拉莱兰朗劳勒雷蕾里丽利莉列林琳隆卢鲁路伦罗洛马玛迈麦曼梅门蒙米密敏
    莫墨姆穆纳娜奈南内尼妮涅纽努诺欧帕潘佩彭皮珀普奇齐恰乔切琼丘让热茹瑞若萨塞赛桑瑟沙莎尚舍什施舒斯松苏索塔泰坦汤唐陶特
    提汀图托瓦万旺威韦维魏温沃乌武西希锡席夏谢辛休雅亚扬耶叶伊因尤约泽扎詹兹佐尔茨卓朱祖吕黛娅丝芙夫科廷蓬拜登舍申谢廖龙冯默娃森汗
    """))
    /// Characters rarely used outside transliteration: a transliterated name needs one of them.
    static let typicalOfTransliteration = CharacterSet(scalars("斯尔娅茨兹埃尼奥萨索泽塔克伊瓦雷乌弗基亚默蒂娜莉琳妮玛夫廖涅"))

    /// Single-character surnames (the most common few hundred) and compound surnames.
    static let surnames = CharacterSet(scalars("""
    王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范
    金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤温康施牛樊葛邢齐易乔伍庞颜倪庄
    聂章鲁岳翟殷詹申欧耿兰焦俞柳祝舒阮柯梅凌毕季裴霍涂苗盛翁冉骆蓝辛靳柴蒙鲍华喻祁蒲房滕屈
    饶牟艾尤阳穆农卓古吉缪芦麦褚娄窦戚岑费卜晏卫米柏宗瞿桂佟臧闵苟邬卞姬仇栾隋刁荣巫
    寇桑郎甄丛仲虞敖巩佘邝
    """))
    static let compoundSurnames: Set<String> = ["欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容", "司徒", "夏侯", "尉迟", "公孙", "长孙", "宇文", "端木"]

    /// Words that follow a person's name in news: reporting verbs, forms of address.
    static let nameFollowers: Set<String> = ["表示", "说", "指出", "认为", "强调", "介绍", "称", "透露", "告诉", "坦言", "回应", "发表",
                                             "同志", "先生", "女士", "教授", "院士", "博士", "老师", "医生", "律师", "一行", "主持",
                                             "会见", "会晤", "访问", "出席", "致辞", "讲话", "答", "问", "提出", "宣布"]
    /// Titles and roles that come before a person's name.
    static let namePreceders: Set<String> = ["总统", "主席", "总理", "副总理", "部长", "外长", "发言人", "记者", "书记", "市长", "省长",
                                             "委员", "院长", "校长", "教授", "博士", "总书记", "会长", "董事长", "总裁", "首相", "大使",
                                             "主任", "局长", "厅长", "县长", "区长", "经理", "总经理", "创始人", "首席执行官", "议长",
                                             "国务卿", "秘书长", "司令", "将军", "研究员", "通讯员", "编辑", "作者", "导演", "演员",
                                             "选手", "运动员", "队长", "代表", "候选人", "法官", "检察官", "警官", "医生", "护士"]

    /// Suffixes that make a name an organisation (`nt`).
    static let organisationSuffixes: Set<String> = ["集团", "公司", "大学", "学院", "银行", "医院", "研究院", "研究所", "委员会",
                                                    "协会", "基金会", "联合会", "商会", "集团公司", "有限公司", "实验室"]
    /// Suffixes that make a name a place (`ns`).
    static let placeSuffixes: Set<String> = ["省", "市", "县", "区", "州", "镇", "乡", "村", "新区", "自治区", "自治州", "特区",
                                             "开发区", "高新区", "自贸区", "片区", "新片区", "港", "岛", "湾", "湾区", "地带", "海峡"]
    /// Words after `…号` that make it an address or a line, not a spacecraft (三号楼, 一号线).
    static let numberedBlockers: Set<String> = ["楼", "线", "院", "门", "房", "馆", "厅", "床", "位", "口", "车", "机", "台", "窗口", "文件", "令"]

    /// Last characters of the suffixes (and of 博会): a span ending otherwise is no suffix, checked without a String.
    static let suffixLastCharacters = CharacterSet((organisationSuffixes.union(placeSuffixes).union(["博会"])).compactMap { $0.unicodeScalars.last?.value })
    /// First characters of the compound surnames.
    static let compoundSurnameFirstCharacters = CharacterSet(compoundSurnames.compactMap { $0.unicodeScalars.first?.value })

    static let numberedStemTags: Set<String> = ["n", "nz", "nr", "nrt", "ns", "j", "x"]
    static let chineseNumerals = CharacterSet(scalars("〇零一二三四五六七八九十百两"))
    /// Closed-class parts of speech: a character with one of them never begins or ends a name.
    static let functionTags: Set<String> = LexiconSegmenter.functionTags
    static let nameTags: Set<String> = ["nr", "nrt", "nrfg", "ns", "nt", "nz", "j", "x"]

    static func scalars(_ s: String) -> Set<UInt32> {
        Set(s.unicodeScalars.filter { !$0.properties.isWhitespace }.map(\.value))
    }

    /// Which rules run (all by default; single rules can be turned off to measure what each adds).
    struct Rules: OptionSet, Sendable, Equatable {
        let rawValue: Int
        static let transliterated = Rules(rawValue: 1)
        static let person = Rules(rawValue: 2)
        static let suffix = Rules(rawValue: 4)
        static let numbered = Rules(rawValue: 8)
        static let all: Rules = [.transliterated, .person, .suffix, .numbered]
        /// Names as `--name-rules` spells them.
        static let names: [(String, Rules)] = [("transliterated", .transliterated), ("person", .person), ("suffix", .suffix), ("numbered", .numbered)]
    }

    /// Applies the rules to `spans[first...]` (one line's spans, tiling it).
    static func apply(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ spans: inout [TokenSpan], from first: Int, lookup: Lookup, rules: Rules = .all) {
        guard spans.count - first >= 1 else { return }
        var line = Array(spans[first...])
        // Which spans the HMM proposed (unknown words): tagged `x` but Han and longer than one character.
        func isUnknown(_ t: TokenSpan) -> Bool { t.kind == .han && t.pos == "x" }
        func text(_ t: TokenSpan) -> String { String(scalars: s[t.range]) }
        func single(_ t: TokenSpan) -> UInt32? { t.kind == .han && t.range.count == 1 ? s[t.range.lowerBound].value : nil }
        func isFunction(_ t: TokenSpan) -> Bool { t.range.count == 1 && functionTags.contains(t.pos) }

        splitGluedFunctionWords(s, &line, lookup)
        if rules.contains(.transliterated) { transliterations(s, &line, lookup) }
        if rules.contains(.person) { personNames(s, &line, lookup, text: text, single: single, isFunction: isFunction) }
        if rules.contains(.suffix) { suffixNames(s, &line, lookup, text: text, single: single, isFunction: isFunction, isUnknown: isUnknown) }
        if rules.contains(.numbered) { numberedNames(s, &line, text: text) }
        // A real POS guess for the unknown words left.
        for k in line.indices where isUnknown(line[k]) { line[k].pos = guessPOS(s, line[k].range) }
        spans.replaceSubrange(first..., with: line)
    }

    /// Joins `line[i..<j]` into one span with `pos`.
    static func join(_ line: inout [TokenSpan], _ i: Int, _ j: Int, pos: String) {
        let kind: TokenKind = line[i..<j].contains { $0.kind == .han } ? .han : line[i].kind
        line.replaceSubrange(i..<j, with: [TokenSpan(range: line[i].range.lowerBound..<line[j - 1].range.upperBound, kind: kind, pos: pos)])
    }

    // MARK: - Function words glued to names

    /// Characters that are function words and begin some rare lexicon entries by accident (jieba's 和普京, frequency 3).
    static let leadingFunctionCharacters = CharacterSet(scalars("和同与对向在被把跟及或从给让将"))

    /// Splits a rare lexicon word made of a function character and a more frequent word (和普京 → 和 普京).
    static func splitGluedFunctionWords(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ line: inout [TokenSpan], _ lookup: Lookup) {
        var i = 0
        while i < line.count {
            let t = line[i]
            guard t.kind == .han, t.range.count >= 3, leadingFunctionCharacters.contains(s[t.range.lowerBound].value),
                  let whole = lookup.word(t.range), whole.frequency <= 10,
                  let rest = lookup.word((t.range.lowerBound + 1)..<t.range.upperBound), rest.frequency > whole.frequency,
                  let head = lookup.word(t.range.lowerBound..<(t.range.lowerBound + 1)) else { i += 1; continue }
            line.replaceSubrange(i...i, with: [TokenSpan(range: t.range.lowerBound..<(t.range.lowerBound + 1), kind: .han, pos: head.pos),
                                               TokenSpan(range: (t.range.lowerBound + 1)..<t.range.upperBound, kind: .han, pos: rest.pos)])
            i += 2
        }
    }

    // MARK: - Transliterated names

    static func transliterations(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ line: inout [TokenSpan], _ lookup: Lookup) {
        func piece(_ t: TokenSpan) -> Bool {
            guard t.kind == .han, t.range.allSatisfy({ transliteration.contains(s[$0].value) }) else { return false }
            if t.range.count == 1 { return true }   // the set holds no function words
            if t.pos == "x" { return true }
            guard t.range.count <= 4 else { return false }
            let frequency = lookup.word(t.range)?.frequency ?? 0
            // A rare name (斯塔, 马克) or a rare two-character word (拉加); never an established name (乌克兰).
            if t.pos == "nrt" || t.pos == "nr" || (t.range.count == 2 && nameTags.contains(t.pos)) { return frequency < (t.range.count == 2 ? 1000 : 100) }
            return t.range.count == 2 && frequency < 100
        }
        var i = 0
        while i < line.count {
            guard piece(line[i]) else { i += 1; continue }
            var j = i + 1
            while j < line.count && piece(line[j]) { j += 1 }
            let range = line[i].range.lowerBound..<line[j - 1].range.upperBound
            let singles = line[i..<j].filter { $0.range.count == 1 }.count
            let unknown = line[i..<j].contains { $0.pos == "x" }
            if j - i >= 2 && range.count >= 3 && range.count <= 8 && (singles >= 1 || unknown || range.count >= 4)
                && (range.count >= 4 || range.contains(where: { typicalOfTransliteration.contains(s[$0].value) })) {
                join(&line, i, j, pos: "nr")
            }
            i += 1
        }
    }

    // MARK: - Chinese person names

    static func personNames(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ line: inout [TokenSpan], _ lookup: Lookup,
                            text: (TokenSpan) -> String, single: (TokenSpan) -> UInt32?, isFunction: (TokenSpan) -> Bool) {
        var i = 0
        while i < line.count {
            let t = line[i]
            // An unknown word the HMM found that starts with a surname: a name, tag it — unless its second character
            // is a frequent word of its own that is not a noun (王说: the HMM glued a verb to a surname; 董军 stays).
            if t.kind == .han && t.pos == "x" && (2...3).contains(t.range.count) && surnames.contains(s[t.range.lowerBound].value) {
                let second = (t.range.lowerBound + 1)..<(t.range.lowerBound + 2)
                if t.range.count == 2, let word = lookup.word(second),
                   (word.frequency >= 20_000 && !word.pos.hasPrefix("n")) || surnameBlockers.contains(s[second.lowerBound].value) {
                    let first = t.range.lowerBound..<(t.range.lowerBound + 1)
                    line.replaceSubrange(i...i, with: [TokenSpan(range: first, kind: .han, pos: lookup.word(first)?.pos ?? "nr"),
                                                       TokenSpan(range: second, kind: .han, pos: word.pos)])
                    i += 2; continue
                }
                line[i].pos = "nr"; i += 1; continue
            }
            let isSurname = (single(t).map { surnames.contains($0) } ?? false)
                || (t.range.count == 2 && compoundSurnameFirstCharacters.contains(s[t.range.lowerBound].value) && compoundSurnames.contains(text(t)))
            guard isSurname else { i += 1; continue }
            let before = i > 0 ? text(line[i - 1]) : ""
            // Given name: one or two single characters that are not function words.
            var best: Int? = nil
            for length in [2, 1] where i + length < line.count + 1 {
                let given = line[(i + 1)..<min(i + 1 + length, line.count)]
                guard given.count == length, given.allSatisfy({ single($0) != nil && !isFunction($0) && !surnameBlockers.contains(s[$0.range.lowerBound].value)
                                                     && (lookup.word($0.range)?.frequency ?? 0) < 20_000 }) else { continue }
                let after = i + 1 + length < line.count ? text(line[i + 1 + length]) : ""
                if nameFollowers.contains(after) || namePreceders.contains(before) { best = length; break }
            }
            // Or a two-character given name the lexicon tags nr (思远), in the same context.
            if best == nil, single(t) != nil, i + 1 < line.count, line[i + 1].kind == .han, line[i + 1].range.count == 2,
               line[i + 1].pos == "nr", (lookup.word(line[i + 1].range)?.frequency ?? 0) < 1000 {
                let after = i + 2 < line.count ? text(line[i + 2]) : ""
                if nameFollowers.contains(after) || namePreceders.contains(before) { best = 1 }
            }
            if let length = best {
                join(&line, i, i + 1 + length, pos: "nr")
            }
            i += 1
        }
    }

    /// Characters that do not begin a given name (they make a surname character a word of its own: 王说, 张开).
    static let surnameBlockers = CharacterSet(scalars("说在是和的了与同对向从把被为称有"))

    // MARK: - Organisations, places, expos

    static func suffixNames(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ line: inout [TokenSpan], _ lookup: Lookup,
                            text: (TokenSpan) -> String, single: (TokenSpan) -> UInt32?, isFunction: (TokenSpan) -> Bool,
                            isUnknown: (TokenSpan) -> Bool) {
        var i = 1
        while i < line.count {
            guard line[i].kind == .han, suffixLastCharacters.contains(s[line[i].range.upperBound - 1].value) else { i += 1; continue }
            let suffix = text(line[i])
            let stem = line[i - 1]
            // 进博会, 消博会: one character and 博会.
            if suffix == "博会", let _ = single(stem), !isFunction(stem) {
                join(&line, i - 1, i + 1, pos: "nz"); continue
            }
            let organisation = organisationSuffixes.contains(suffix), place = placeSuffixes.contains(suffix)
            // A stem that already ends in a place suffix (厦门市 + 区) is a place and its district, not a name.
            let stemEndsInPlace = placeSuffixes.contains(String(scalars: s[(stem.range.upperBound - 1)..<stem.range.upperBound]))
            if (organisation || place) && stem.kind == .han && (2...6).contains(stem.range.count) && !stemEndsInPlace
                && (isUnknown(stem) || ["nr", "nrt", "nrfg", "nz", "nt", "j"].contains(stem.pos) || (place && stem.pos == "ns")) {
                join(&line, i - 1, i + 1, pos: place ? "ns" : "nt"); continue
            }
            i += 1
        }
    }

    // MARK: - Numbered names

    static func numberedNames(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ line: inout [TokenSpan], text: (TokenSpan) -> String) {
        func numeral(_ t: TokenSpan) -> Bool { t.kind == .han && t.range.allSatisfy { chineseNumerals.contains(s[$0].value) } }
        var i = 0
        while i < line.count {
            let t = line[i]
            // 二十大, 十九大: a numeral with 十 and 大 (a party congress).
            if t.kind == .han, chineseNumerals.contains(s[t.range.lowerBound].value), numeral(t), (2...3).contains(t.range.count), t.range.contains(where: { s[$0] == "十" }),
               i + 1 < line.count, text(line[i + 1]) == "大" {
                join(&line, i, i + 2, pos: "nz"); i += 1; continue
            }
            // 嫦娥六号, 神舟十八号: a noun-like name, a numeral, 号 (the cheap test first: a numeral follows).
            guard i + 1 < line.count, line[i + 1].kind == .han, chineseNumerals.contains(s[line[i + 1].range.lowerBound].value),
                  t.kind == .han, (2...4).contains(t.range.count), numberedStemTags.contains(t.pos) else { i += 1; continue }
            var j = i + 1
            var digits = 0
            var end: Int? = nil
            while j < line.count && line[j].kind == .han {
                let r = line[j].range
                let last = s[r.upperBound - 1]
                let body = last == "号" ? r.lowerBound..<(r.upperBound - 1) : r
                guard body.allSatisfy({ chineseNumerals.contains(s[$0].value) }) else { break }
                digits += body.count
                if last == "号" { end = j + 1; break }
                j += 1
            }
            if let end, digits >= 1, digits <= 4, !(end < line.count && numberedBlockers.contains(text(line[end]))) {
                join(&line, i, end, pos: "nz")
            }
            i += 1
        }
    }

    // MARK: - POS of unknown words

    /// A part of speech for a word the lexicon does not know, from its shape: a surname and one or two characters
    /// `nr`; a place suffix `ns`; an organisation suffix `nt`; otherwise `nz` for three characters or more, `n` for two.
    static func guessPOS(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> String {
        guard range.count >= 2 else { return "x" }  // an unknown single character: `x`, as for symbols
        let last = String(scalars: s[(range.upperBound - 1)..<range.upperBound])
        let last2 = range.count > 2 ? String(scalars: s[(range.upperBound - 2)..<range.upperBound]) : ""
        if range.count > 1 && (placeSuffixes.contains(last) || placeSuffixes.contains(last2)) { return "ns" }
        if range.count > 2 && (organisationSuffixes.contains(last2) || organisationSuffixes.contains(last)) { return "nt" }
        if (2...3).contains(range.count) && surnames.contains(s[range.lowerBound].value) { return "nr" }
        if range.count >= 3 && range.allSatisfy({ transliteration.contains(s[$0].value) }) { return "nr" }
        return range.count >= 3 ? "nz" : "n"
    }
}
