/// A family of formulations recognised by their shape rather than listed in the lexicon, so that new members
/// (`十六五`, a new “N个X”) are caught the first time they appear. ``PolicyPhrases`` reports a family hit only where no
/// lexicon phrase covers it.
///
/// | name | shape | why |
/// |---|---|---|
/// | `five-year-plan` | `十X五` (X = 一…九) with the numeral boundary rules; `第…个五年规划/计划` | every plan since 十一五 is named so |
/// | `quoted-numbered` | a quotation that is a numeral + `个/大/项/种/条/点/类/位/支` + 1–8 Han (“四个意识”, “三大攻坚战”, “两个必须”) | numbered lists are introduced in quotation marks |
/// | `numbered-pairs` | a quotation of two or more numeral + 1–3 Han groups (“三严三实”, “三管三必须”, “两学一做”) | the “三X三Y” form of numbered slogans |
/// | `strong-nation` | a noun + `强国` where the segmentation has 强国 as a word (制造强国, 社会主义强国), never 加强/增强/做强 + 国… | the 强国 goals of the 十四五/十五五 plans |
/// | `plus-action` | a quotation of 2–8 Han or Latin characters ending in `+` (“人工智能+”, “AI+”) | the “X+” action plans |
public struct PhraseFamily: Sendable {
    /// The family's name, as reported.
    public let name: String
    private let find: @Sendable ([Unicode.Scalar]) -> [Range<Int>]

    init(name: String, find: @escaping @Sendable ([Unicode.Scalar]) -> [Range<Int>]) {
        self.name = name
        self.find = find
    }

    /// The family's hits in normalized text (spans without the quotation marks around them).
    public func hits(in text: NormalizedText) -> [PatternHit] {
        find(text.scalars).map { r in
            PatternHit(family: name, text: text.normalizedText(of: r), range: text.originalRange(of: r), normalizedRange: r)
        }
    }

    /// Every family, in the order above.
    public static let all: [PhraseFamily] = [fiveYearPlan, quotedNumbered, numberedPairs, strongNation, plusAction]

    static let fiveYearPlan = PhraseFamily(name: "five-year-plan") { s in
        var result: [Range<Int>] = []
        let ten: Unicode.Scalar = "十", five: Unicode.Scalar = "五", di: Unicode.Scalar = "第", ge: Unicode.Scalar = "个"
        let digits = Set("一二三四五六七八九".unicodeScalars)
        var i = 0
        while i + 3 <= s.count {
            if s[i] == ten && digits.contains(s[i + 1]) && s[i + 2] == five,
               PhraseBoundary.allows(form: [ten, s[i + 1], five], at: i..<(i + 3), in: s) {
                result.append(i..<(i + 3))
            }
            if s[i] == di {
                var j = i + 1
                while j < s.count && PhraseBoundary.isChineseNumeral(s[j]) { j += 1 }
                if j > i + 1, j + 5 <= s.count, s[j] == ge, s[j + 1] == five, s[j + 2] == "年",
                   (s[j + 3] == "规" && s[j + 4] == "划") || (s[j + 3] == "计" && s[j + 4] == "划") {
                    result.append(i..<(j + 5))
                }
            }
            i += 1
        }
        return result
    }

    static let counters = Set("个大项种条点类位支".unicodeScalars)

    static let quotedNumbered = PhraseFamily(name: "quoted-numbered") { s in
        quotations(in: s, maxLength: 12).filter { r in
            var i = r.lowerBound
            while i < r.upperBound && PhraseBoundary.isChineseNumeral(s[i]) { i += 1 }
            guard i > r.lowerBound, i - r.lowerBound <= 2, i < r.upperBound, counters.contains(s[i]) else { return false }
            let rest = s[(i + 1)..<r.upperBound]
            return (1...8).contains(rest.count) && rest.allSatisfy(Script.isHan)
        }
    }

    static let numberedPairs = PhraseFamily(name: "numbered-pairs") { s in
        quotations(in: s, maxLength: 12).filter { r in
            var groups = 0, i = r.lowerBound
            while i < r.upperBound {
                guard PhraseBoundary.isChineseNumeral(s[i]) else { return false }
                i += 1
                var j = i
                while j < r.upperBound && Script.isHan(s[j]) && !PhraseBoundary.isChineseNumeral(s[j]) { j += 1 }
                guard (1...3).contains(j - i) else { return false }
                groups += 1
                i = j
            }
            return groups >= 2
        }
    }

    static let notBeforeStrongNation: Set<String> = ["建设", "成为", "赋能", "迈向", "走向", "加快", "推进", "全面", "实现",
                                                     "跻身", "进入", "建成", "世界", "打造", "一个", "这个", "富民", "强军", "奋力", "努力"]
    static let functionCharacters = Set("的是为和与向成个在把被将对及或并从让了等以".unicodeScalars)

    /// Parts of speech (jieba's tags) of the word before 强国 that make it the object of that word or part of a
    /// clause rather than the name of a goal: verbs (解决, 顺应, 才能 as "can"), and closed classes. Nouns, verbal
    /// and adjectival nouns (教育 vn, 卫生 an), abbreviations and unknown words (a new 算力) stay.
    static let notStrongNationPOS: Set<String> = LexiconSegmenter.functionTags.union(["v", "vd", "ad", "a", "z", "zg", "i", "l"])

    /// How far around a 强国 the words are segmented: a name of up to 6 characters before it, and what follows.
    static let strongNationWindow = (before: 12, after: 8)

    /// `<word>强国` where 强国 is a word of its own in the segmentation of the sentence: not the end of a verb
    /// (加强/增强/做强/建强 + 国防, 国际, 国内, 国家 …) and not the start of a longer word (国有, 国民). The hit is the
    /// whole word before it (社会主义强国, 人力资源强国), which is a Han word of two or more characters whose part of
    /// speech names a field (``notStrongNationPOS``), or one lexicon word ending in 强国.
    static let strongNation = PhraseFamily(name: "strong-nation") { s in
        var result: [Range<Int>] = []
        var i = 2
        while i + 2 <= s.count {
            defer { i += 1 }
            guard s[i] == "强" && s[i + 1] == "国" && Script.isHan(s[i - 2]) && Script.isHan(s[i - 1]),
                  !functionCharacters.contains(s[i - 1]) else { continue }
            if let hit = strongNationWord(endingAt: i + 2, in: s), hit.lowerBound >= (result.last?.upperBound ?? 0) { result.append(hit) }
        }
        return result
    }

    /// The range of `<word>强国` ending at `end` (where 强国 is `s[end-2..<end]`), or nil when the segmentation
    /// around it says that 强国 is not a word there.
    static func strongNationWord(endingAt end: Int, in s: [Unicode.Scalar]) -> Range<Int>? {
        let lo = max(0, end - 2 - strongNationWindow.before), hi = min(s.count, end + strongNationWindow.after)
        let window = NormalizedText(unnormalized: String(scalars: s[lo..<hi]))
        let segmenter = LexiconSegmenter.default, lexicon = segmenter.lexicon
        let spans = segmenter.spans(in: window, range: 0..<window.scalars.count)
        let qiang = end - 2 - lo, stop = end - lo
        guard let k = spans.firstIndex(where: { $0.range.contains(qiang) }) else { return nil }
        let word: Range<Int>
        if spans[k].range.upperBound > stop {
            // A longer lexicon word with 强国 inside (人才强国战略): only when it splits into <name>强国<word>, both
            // words of the lexicon, so that 加强国防… never counts.
            let token = spans[k].range
            guard qiang - token.lowerBound >= 2, let name = lexicon.entry(for: window.normalizedText(of: token.lowerBound..<qiang)),
                  !notStrongNationPOS.contains(name.pos), !notBeforeStrongNation.contains(name.term),
                  lexicon.contains(window.normalizedText(of: stop..<token.upperBound)) else { return nil }
            word = token.lowerBound..<stop
        } else if spans[k].range.lowerBound == qiang {
            // 强国 on its own: the name is the word before it.
            guard k > 0 else { return nil }
            let before = spans[k - 1]
            guard before.range.count >= 2, before.kind == .han, !notStrongNationPOS.contains(before.pos),
                  !notBeforeStrongNation.contains(window.normalizedText(of: before.range)) else { return nil }
            word = before.range.lowerBound..<stop
        } else {
            // One lexicon word ending in 强国 (超级强国): at least two characters before 强. A word ending in 强
            // (加强, 继续加强) is not.
            guard spans[k].range.upperBound == stop, qiang - spans[k].range.lowerBound >= 2,
                  !notBeforeStrongNation.contains(window.normalizedText(of: spans[k].range.lowerBound..<(spans[k].range.lowerBound + 2))) else { return nil }
            word = spans[k].range
        }
        // The window's first word may be cut: only trust words that start inside it.
        guard word.lowerBound > 0 || lo == 0 else { return nil }
        return (word.lowerBound + lo)..<end
    }

    static let plusAction = PhraseFamily(name: "plus-action") { s in
        quotations(in: s, maxLength: 10).filter { r in
            guard r.count >= 3, s[r.upperBound - 1] == "+" else { return false }
            return s[r.lowerBound..<(r.upperBound - 1)].allSatisfy { Script.isHan($0) || PhraseBoundary.isASCIIAlphanumeric($0) }
        }
    }

    /// Contents of `“…”`, `「…」`, `『…』`, `‘…’` up to `maxLength` scalars on one line, without the marks.
    static func quotations(in s: [Unicode.Scalar], maxLength: Int) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var i = 0
        while i < s.count {
            if let close = Quotation.closing(of: s[i].value) {
                var j = i + 1
                while j < s.count && j - i - 1 <= maxLength && s[j].value != close && s[j] != "\n" && Quotation.closing(of: s[j].value) == nil { j += 1 }
                if j < s.count && s[j].value == close && j > i + 1 && j - i - 1 <= maxLength {
                    result.append((i + 1)..<j)
                    i = j
                }
            }
            i += 1
        }
        return result
    }
}
