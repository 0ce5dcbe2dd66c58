import Testing
@testable import ZhText

@Suite struct TermFilterTests {
    static func token(_ term: String, _ kind: TokenKind, _ pos: String) -> Token {
        Token(text: term, term: term, range: 0..<term.unicodeScalars.count, normalizedRange: 0..<term.unicodeScalars.count, kind: kind, pos: pos)
    }

    static let keywordFilter = TermFilter(stopWords: ["的", "我们", "the"], minimumLength: 2, excludePOS: TermFilter.functionPOS)

    @Test(arguments: [
        (token("国防", .han, "n"), true),
        (token("的", .han, "uj"), false),          // stop word, function POS, single character
        (token("我们", .han, "r"), false),          // stop word
        (token("The", .latin, "eng"), false),       // stop word, any case
        (token("learning", .latin, "eng"), true),
        (token("2025", .number, "m"), false),       // bare number
        (token("5.2%", .number, "m"), false),
        (token("，", .punctuation, "x"), false),
        (token(" ", .space, "x"), false),
        (token("😀", .other, "x"), false),
        (token("党", .han, "n"), false),            // single character
        (token("非常", .han, "d"), false),          // adverb
        (token("建设", .han, "vn"), true),
    ])
    func keywordDefaults(_ c: (Token, Bool)) {
        #expect(Self.keywordFilter.accepts(c.0) == c.1)
    }

    @Test func numbersAndSingleCharactersCanBeKept() {
        let f = TermFilter(excludeNumbers: false, minimumLength: 1)
        #expect(f.accepts(Self.token("2025", .number, "m")))
        #expect(f.accepts(Self.token("党", .han, "n")))
    }

    @Test func posIncludeAndExclude() {
        let nouns = TermFilter(includePOS: ["n", "ns"])
        #expect(nouns.accepts(Self.token("北京", .han, "ns")))
        #expect(!nouns.accepts(Self.token("发展", .han, "vn")))
        let noVerbs = TermFilter(excludePOS: ["v"])
        #expect(!noVerbs.accepts(Self.token("推动", .han, "v")))
        #expect(noVerbs.accepts(Self.token("推动力", .han, "n")))
    }
}
