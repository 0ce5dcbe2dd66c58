/// Where a lexicon form may not match although its characters are there. Each rule looks at the normalized text
/// around the match (quotation marks included, so a quote always ends a number).
///
/// 1. **Numeral start.** A form that starts with a numeral (Chinese `〇零一二两三四五六七八九十百千万亿` and their
///    financial forms, or an ASCII digit) does not match right after another numeral: `十四五` is not found in
///    `三十四五岁`, `九五计划` not in `一九五计划`, `2035年远景目标` not in `12035年远景目标`.
/// 2. **Numeral end.** A form that ends with a Chinese numeral does not match right before another numeral or a
///    classifier/unit that makes it a quantity (`个 岁 人 年 …`, ``quantityFollowers``): `十四五` is not found in
///    `十四五岁`, `来了十四五个人`, `十五五万元`; `十四五时期`, `十四五规划`, `十四五末` are the plan.
/// 3. **Latin and digit runs.** A form that starts (ends) with an ASCII letter or digit does not match inside a longer
///    run of letters and digits (`5G` is not in `15G` or `5GB`).
/// 4. **Numbered lists continue.** A form starting with a numeral is not counted where the text goes on with a
///    numeral into a longer lexicon form starting at the same place (`两新` inside `两新一重`, a different list) —
///    applied by ``PolicyPhrases`` once all matches are known.
public enum PhraseBoundary {
    /// Chinese numerals (including 两 and the financial forms) — `Script`-style scalar test.
    @inline(__always)
    public static func isChineseNumeral(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3007, 0x96F6, 0x4E00, 0x4E8C, 0x4E24, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341,
             0x767E, 0x5343, 0x4E07, 0x4EBF, 0x58F9, 0x8D30, 0x53C1, 0x8086, 0x4F0D, 0x9646, 0x67D2, 0x634C, 0x7396,
             0x62FE, 0x4F70, 0x4EDF, 0x5EFF, 0x5345, 0x5169, 0x842C, 0x5104:
            return true
        default: return false
        }
    }

    /// A Chinese numeral or an ASCII digit.
    @inline(__always)
    public static func isNumeral(_ s: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(s.value) || isChineseNumeral(s)
    }

    @inline(__always)
    static func isASCIIAlphanumeric(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
    }

    /// Classifiers and units that turn a preceding numeral into a quantity (rule 2). 时 and 期 are not among them
    /// (`十四五时期`, `十四五期间`).
    public static let quantityFollowers: Set<UInt32> = Set("个岁人年月日号天次名位元块角分秒倍成米里斤克吨家种项条件本只头辆架艘座所户亩层栋届周批支部类份张篇句章节室间票笔轮场股%％".unicodeScalars.map(\.value))

    /// Whether a form may match at `range` of the normalized `text` under rules 1–3.
    /// - Complexity: O(1).
    public static func allows(form: [Unicode.Scalar], at range: Range<Int>, in text: [Unicode.Scalar]) -> Bool {
        guard let first = form.first, let last = form.last else { return false }
        let before: Unicode.Scalar? = range.lowerBound > 0 ? text[range.lowerBound - 1] : nil
        let after: Unicode.Scalar? = range.upperBound < text.count ? text[range.upperBound] : nil
        if isNumeral(first), let b = before, isNumeral(b) { return false }
        if isChineseNumeral(last), let a = after, isNumeral(a) || quantityFollowers.contains(a.value) { return false }
        if isASCIIAlphanumeric(first), let b = before, isASCIIAlphanumeric(b) { return false }
        if isASCIIAlphanumeric(last), let a = after, isASCIIAlphanumeric(a) { return false }
        return true
    }
}
