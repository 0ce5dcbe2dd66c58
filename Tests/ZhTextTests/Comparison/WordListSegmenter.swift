@testable import ZhText

/// A tiny forward-maximum-matching segmenter over a fixed word list, for tests that must not depend on the real
/// segmenter's dictionary. Han characters not in the list become single-character tokens; runs of ASCII letters one
/// Latin token; white space and punctuation their own tokens.
struct WordListSegmenter: Segmenter {
    let words: Set<[Unicode.Scalar]>
    let longest: Int

    init(_ words: [String]) {
        self.words = Set(words.map { Array($0.unicodeScalars) })
        self.longest = words.map(\.unicodeScalars.count).max() ?? 1
    }

    func tokens(in text: NormalizedText) -> [Token] {
        let s = text.scalars
        var out: [Token] = []
        var i = 0
        func emit(_ r: Range<Int>, _ kind: TokenKind) {
            let term = String(String.UnicodeScalarView(s[r]))
            out.append(Token(text: text.originalText(of: r), term: term, range: text.originalRange(of: r), normalizedRange: r, kind: kind, pos: "x"))
        }
        while i < s.count {
            if Script.isHan(s[i]) {
                var n = min(longest, s.count - i)
                while n > 1 && !words.contains(Array(s[i..<(i + n)])) { n -= 1 }
                emit(i..<(i + n), .han); i += n
            } else if s[i].properties.isAlphabetic {
                let start = i
                while i < s.count, s[i].properties.isAlphabetic, !Script.isHan(s[i]) { i += 1 }
                emit(start..<i, .latin)
            } else {
                emit(i..<(i + 1), Script.isWhiteSpace(s[i]) ? .space : .punctuation); i += 1
            }
        }
        return out
    }
}

/// Counts fixed strings as units (stands in for the policy-phrase matcher).
struct StringUnits: UnitCounter {
    let units: [String]
    func counts(in text: NormalizedText) -> [String: Int] {
        var c: [String: Int] = [:]
        for u in units { c[u] = TermOccurrences(u).count(in: text.scalars) }
        return c
    }
}
