/// Which tokens count as terms: the one filter behind keywords, frequency lists, top terms, trends, comparisons,
/// reports, IDF tables and discovery.
///
/// Punctuation, white space and symbols never count. The presets say what a list shows:
/// - ``content()``: *content terms*, the default of every list an analyst reads: no stop words, no bare numbers, no
///   function-word tags (``functionPOS``), and single characters only when the lexicon knows them as words;
/// - ``keywords()``: content terms of at least two characters, without the policy boilerplate (贯彻, 落实, 推进 …);
/// - ``allTerms``: every word token (`--all-terms`), numbers included.
///
/// `--min-length` and `--pos` narrow any of them. Terms are compared by their key (``TermKey``).
public struct TermFilter: Sendable, Equatable {
    /// Terms never counted (compared by key).
    public var stopWords: StopWords
    /// Leave out number tokens (`2025`, `5.2%`, `十五`, `3亿`).
    public var excludeNumbers: Bool
    /// Shortest term counted, in characters (Unicode scalars).
    public var minimumLength: Int
    /// When not empty, only tokens with one of these POS tags count.
    public var includePOS: Set<String>
    /// Tokens with one of these POS tags do not count.
    public var excludePOS: Set<String>
    /// A single Han character counts only when the lexicon knows it as a word (its tag is not `x`): a lone character
    /// that the segmenter could not attach to anything is a fragment, not a term.
    public var singleCharactersFromLexicon: Bool

    /// A filter; the defaults count every word that is not a number (no stop words, any length, any POS).
    public init(stopWords: StopWords = [], excludeNumbers: Bool = true, minimumLength: Int = 1,
                includePOS: Set<String> = [], excludePOS: Set<String> = [], singleCharactersFromLexicon: Bool = false) {
        self.stopWords = stopWords
        self.excludeNumbers = excludeNumbers
        self.minimumLength = minimumLength
        self.includePOS = includePOS
        self.excludePOS = excludePOS
        self.singleCharactersFromLexicon = singleCharactersFromLexicon
    }

    /// POS tags of function words in jieba's tag set: auxiliaries (`u…`), prepositions `p`, conjunctions `c`,
    /// adverbs `d`, pronouns `r…`, numerals and measure words `m` `mq` `q`, modal particles `y`, interjections `e`,
    /// onomatopoeia `o`, localizers `f`, time words `t` `tg`, non-words `x` `w`.
    public static let functionPOS: Set<String> = ["u", "uj", "ul", "uz", "uv", "ud", "ug", "p", "c", "d", "r", "rr", "rz",
                                                  "m", "mq", "q", "y", "e", "o", "f", "t", "tg", "x", "w"]

    /// Content terms: the bundled stop words (plus `extra`), no bare numbers, no function-word tags, single characters
    /// only when the lexicon knows them. What top terms, `freq`, trends, comparisons and reports show by default.
    public static func content(extra: StopWords = []) throws -> TermFilter {
        TermFilter(stopWords: try StopWords.bundled().union(extra), excludeNumbers: true, minimumLength: 1,
                   excludePOS: functionPOS, singleCharactersFromLexicon: true)
    }

    /// Keyword candidates: content terms of at least two characters, without the policy boilerplate
    /// (``StopWords/policyBoilerplate()``), which frames nearly every policy text and says nothing about any one.
    public static func keywords(extra: StopWords = []) throws -> TermFilter {
        var f = try content(extra: extra.union(try StopWords.policyBoilerplate()))
        f.minimumLength = 2
        return f
    }

    /// Every word token, numbers included (`--all-terms`); punctuation, white space and symbols still never count.
    public static let allTerms = TermFilter(excludeNumbers: false)

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
    public func accepts(_ token: Token) -> Bool { accepts(term: token.term, kind: token.kind, pos: token.pos) }

    /// Whether a token with this normalized term, kind and tag counts.
    @inline(__always)
    public func accepts(term: String, kind: TokenKind, pos: String) -> Bool {
        guard admits(kind) else { return false }
        let length = term.unicodeScalars.count
        if length < minimumLength || length == 0 { return false }
        if kind == .han || kind == .latin {
            if !includePOS.isEmpty && !includePOS.contains(pos) { return false }
            if excludePOS.contains(pos) { return false }
            if singleCharactersFromLexicon && kind == .han && length == 1 && pos == "x" { return false }
        }
        return !stopWords.contains(term)
    }
}
