import Foundation

/// Phrase keywords: terms of one or more adjacent content words, so that multi-word terms such as 国防科技工业 or
/// 先进国防科技工业体系 can be keywords, not only their parts.
///
/// Candidates are contiguous runs of words that pass the filter (so no stop word or function word at either end or
/// inside), of at most ``KeywordOptions/phraseMaximumWords`` words and ``KeywordOptions/phraseMaximumLength``
/// characters; a multi-word candidate must recur (``KeywordOptions/phraseMinimumCount``). Score:
///
///     score(p) = count(p) / N × max idf(word of p) × (1 + ln(words in p))
///
/// — TF-IDF for a single word; a phrase is as specific as its most specific word, and longer terms get a mild bonus
/// because recurring long sequences are rarely accidental.
///
/// Redundancy control, in score order: a term is dropped when every occurrence of it lies inside a term already
/// listed (a fragment of the real term); a term whose occurrences cover every occurrence of a listed shorter term
/// replaces it (the longer one is the real term). So a term and all its sub-terms are never all listed.
/// - Complexity: O(n · w) candidates for n tokens and w = maximum words, then O(k log k) to rank k candidates.
public struct PhraseKeywords: KeywordExtractor {
    public var options: KeywordOptions
    public let segmenter: any Segmenter

    public init(options: KeywordOptions = KeywordOptions(), segmenter: any Segmenter = LexiconSegmenter.default) {
        self.options = options
        self.segmenter = segmenter
    }

    struct Candidate {
        var count: Int
        var first: Range<Int>
        var words: Int
        var maxIDF: Double
    }

    public func extract(from tokens: [Token], in text: NormalizedText, limit: Int) throws -> [Keyword] {
        let idf = try options.resolvedIDF()
        let filter = try options.resolvedFilter()
        var partFilter = filter
        partFilter.minimumLength = 1  // single-character words may be parts of a longer term (肾虚/血瘀/证)
        let parts = KeywordCandidates(tokens: tokens, filter: partFilter)
        guard parts.total > 0 else { return [] }

        var candidates: [String: Candidate] = [:]
        var order: [String] = []
        let maxWords = max(1, options.phraseMaximumWords)
        for run in parts.runs {
            for i in run.indices {
                var maxIDF = 0.0
                for j in i..<min(run.count, i + maxWords) {
                    let span = tokens[run[i]].normalizedRange.lowerBound..<tokens[run[j]].normalizedRange.upperBound
                    if j > i && span.count > options.phraseMaximumLength { break }
                    maxIDF = max(maxIDF, idf[tokens[run[j]].term])
                    if span.count < filter.minimumLength { continue }
                    let term = j == i ? tokens[run[i]].term : text.normalizedText(of: span)
                    if j == i && !filter.accepts(tokens[run[i]]) { continue }
                    if var c = candidates[term] {
                        c.count += 1
                        candidates[term] = c
                    } else {
                        candidates[term] = Candidate(count: 1, first: text.originalRange(of: span), words: j - i + 1, maxIDF: maxIDF)
                        order.append(term)
                    }
                }
            }
        }
        let n = Double(parts.total)
        var scored: [Keyword] = []
        for term in order {
            let c = candidates[term]!
            if c.words > 1 && c.count < options.phraseMinimumCount { continue }
            let score = Double(c.count) / n * c.maxIDF * (1 + log(Double(c.words)))
            scored.append(Keyword(term: term, score: score, count: c.count, range: c.first))
        }
        return Self.withoutRedundancy(scored.sorted(by: Keyword.ranks), limit: limit)
    }

    /// Walks `ranked` in order and keeps at most `limit` terms, applying the redundancy rules above.
    static func withoutRedundancy(_ ranked: [Keyword], limit: Int) -> [Keyword] {
        var kept: [Keyword] = []
        for k in ranked {
            if kept.count >= limit { break }
            let isFragment = kept.contains { o in
                o.term.count > k.term.count && o.term.contains(k.term) && k.count - o.count * occurrences(of: k.term, in: o.term) < 1
            }
            if isFragment { continue }
            kept.removeAll { o in
                k.term.count > o.term.count && k.term.contains(o.term) && o.count - k.count * occurrences(of: o.term, in: k.term) < 1
            }
            kept.append(k)
        }
        return kept
    }

    /// Non-overlapping occurrences of `needle` in `haystack`, on scalars.
    static func occurrences(of needle: String, in haystack: String) -> Int {
        let h = Array(haystack.unicodeScalars), nd = Array(needle.unicodeScalars)
        guard !nd.isEmpty, nd.count <= h.count else { return 0 }
        var count = 0, i = 0
        while i + nd.count <= h.count {
            if h[i..<(i + nd.count)].elementsEqual(nd) { count += 1; i += nd.count } else { i += 1 }
        }
        return count
    }
}
