/// Which tokens count as terms for keywords and frequency lists.
///
/// Punctuation, white space and symbols never count. By default stop words and bare numbers are left out too; single
/// characters are left out when ``minimumLength`` is 2 (the keyword default); part-of-speech tags (jieba's tag set)
/// can be included or excluded.
public struct TermFilter: Sendable, Equatable {
    /// Terms never counted.
    public var stopWords: StopWords
    /// Leave out number tokens (`2025`, `5.2%`, `十五`, `3亿`).
    public var excludeNumbers: Bool
    /// Shortest term counted, in characters (Unicode scalars).
    public var minimumLength: Int
    /// When not empty, only tokens with one of these POS tags count.
    public var includePOS: Set<String>
    /// Tokens with one of these POS tags do not count.
    public var excludePOS: Set<String>

    /// A filter; the defaults count every word that is not a number (no stop words, any length, any POS).
    public init(stopWords: StopWords = [], excludeNumbers: Bool = true, minimumLength: Int = 1,
                includePOS: Set<String> = [], excludePOS: Set<String> = []) {
        self.stopWords = stopWords
        self.excludeNumbers = excludeNumbers
        self.minimumLength = minimumLength
        self.includePOS = includePOS
        self.excludePOS = excludePOS
    }

    /// POS tags of function words in jieba's tag set: auxiliaries (`u…`), prepositions `p`, conjunctions `c`,
    /// adverbs `d`, pronouns `r…`, numerals and measure words `m` `mq` `q`, modal particles `y`, interjections `e`,
    /// onomatopoeia `o`, localizers `f`, time words `t` `tg`, non-words `x` `w`.
    public static let functionPOS: Set<String> = ["u", "uj", "ul", "uz", "uv", "ud", "ug", "p", "c", "d", "r", "rr", "rz",
                                                  "m", "mq", "q", "y", "e", "o", "f", "t", "tg", "x", "w"]

    /// Whether tokens of `kind` can count at all: punctuation, white space and symbols never do, numbers unless
    /// ``excludeNumbers``.
    @inline(__always)
    func admits(_ kind: TokenKind) -> Bool {
        switch kind {
        case .han, .latin: return true
        case .number: return !excludeNumbers
        case .punctuation, .space, .other: return false
        }
    }

    /// Whether `token` counts.
    @inline(__always)
    public func accepts(_ token: Token) -> Bool {
        guard admits(token.kind) else { return false }
        if token.term.unicodeScalars.count < minimumLength { return false }
        if token.kind == .han || token.kind == .latin {
            if !includePOS.isEmpty && !includePOS.contains(token.pos) { return false }
            if excludePOS.contains(token.pos) { return false }
        }
        return !stopWords.contains(token.term)
    }
}
