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

    func spans(in text: NormalizedText, range: Range<Int>) -> [TokenSpan] {
        let s = text.scalars
        var out: [TokenSpan] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if Script.isHan(s[i]) {
                var n = min(longest, range.upperBound - i)
                while n > 1 && !words.contains(Array(s[i..<(i + n)])) { n -= 1 }
                out.append(TokenSpan(range: i..<(i + n), kind: .han, pos: "x")); i += n
            } else if s[i].properties.isAlphabetic {
                let start = i
                while i < range.upperBound, s[i].properties.isAlphabetic, !Script.isHan(s[i]) { i += 1 }
                out.append(TokenSpan(range: start..<i, kind: .latin, pos: "eng"))
            } else {
                out.append(TokenSpan(range: i..<(i + 1), kind: Script.isWhiteSpace(s[i]) ? .space : .punctuation, pos: "x")); i += 1
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
