import Foundation

/// Phrase keywords: terms of one or more adjacent content words, so that multi-word terms such as 国防科技工业 or
/// 先进国防科技工业体系 can be keywords, not only their parts.
///
/// Candidates are contiguous runs of words that pass the filter (so no stop word or function word at either end or
/// inside), of at most ``KeywordOptions/phraseMaximumWords`` words and ``KeywordOptions/phraseMaximumLength``
/// characters. A multi-word candidate must recur (``KeywordOptions/phraseMinimumCount``) and be complete: when every
/// occurrence is preceded (or followed) by the same content word, the candidate is a piece of a longer sequence and
/// is dropped (the idea of maximal repeats). Score:
///
///     score(p) = count(p) / N × max idf(word of p) × (1 + ln(words in p))
///
/// — TF-IDF for a single word; a phrase is as specific as its most specific word, and longer terms get a mild bonus
/// because recurring long sequences are rarely accidental.
///
/// Redundancy control, in score order: a term whose occurrences contain every occurrence of a listed term replaces
/// it (the longer one is the real term: 先进国防科技工业体系 replaces 科技工业体系 when the latter never occurs alone);
/// otherwise a term is dropped when each of its occurrences overlaps an occurrence of a listed term that it does not
/// contain (a fragment of a listed term, or a window shifted across one). So a term and its sub-terms are not all
/// listed; a sub-term stays only where it also occurs on its own.
/// - Complexity: O(n · w) candidates for n tokens and w = maximum words, then O(k log k) to rank k candidates.
public struct PhraseKeywords: KeywordExtractor {
    public var options: KeywordOptions
    public let segmenter: any Segmenter

    public init(options: KeywordOptions = KeywordOptions(), segmenter: any Segmenter = LexiconSegmenter.default) {
        self.options = options
        self.segmenter = segmenter
    }

    struct Candidate {
        var first: Range<Int>
        var words: Int
        var maxIDF: Double
        /// Occurrences as ranges of token indices.
        var occurrences: [Range<Int>]
        /// The content word before (after) every occurrence, when it is always the same one.
        var left: Neighbour
        var right: Neighbour
    }

    /// What precedes (or follows) a candidate's occurrences.
    enum Neighbour: Equatable {
        /// Always this content word.
        case word(String)
        /// Different words, or a boundary (stop word, punctuation, start or end of text).
        case open

        func adding(_ next: String?) -> Neighbour {
            guard let next, self == .word(next) else { return .open }
            return self
        }

        init(_ word: String?) { self = word.map(Neighbour.word) ?? .open }
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
                    if j == i && !filter.accepts(tokens[run[i]]) { continue }
                    let term = j == i ? tokens[run[i]].term : text.normalizedText(of: span)
                    let occurrence = run[i]..<(run[j] + 1)
                    let before = i > 0 ? tokens[run[i - 1]].term : nil
                    let after = j + 1 < run.count ? tokens[run[j + 1]].term : nil
                    if var c = candidates[term] {
                        c.occurrences.append(occurrence)
                        c.left = c.left.adding(before)
                        c.right = c.right.adding(after)
                        candidates[term] = c
                    } else {
                        candidates[term] = Candidate(first: text.originalRange(of: span), words: j - i + 1, maxIDF: maxIDF,
                                                     occurrences: [occurrence], left: Neighbour(before), right: Neighbour(after))
                        order.append(term)
                    }
                }
            }
        }
        let n = Double(parts.total)
        var scored: [Keyword] = []
        for term in order {
            let c = candidates[term]!
            if c.words > 1 {
                if c.occurrences.count < options.phraseMinimumCount { continue }
                // Not a complete term: always extended by the same word (加快|建设先进国防科技工业体系).
                if c.left != .open || c.right != .open { continue }
            }
            let score = Double(c.occurrences.count) / n * c.maxIDF * (1 + log(Double(c.words)))
            scored.append(Keyword(term: term, score: score, count: c.occurrences.count, range: c.first))
        }
        return Self.withoutRedundancy(scored.sorted(by: Keyword.ranks), occurrences: { candidates[$0]!.occurrences }, limit: limit)
    }

    /// Walks `ranked` in order and keeps at most `limit` terms: a term replaces the listed terms whose occurrences
    /// all lie inside its own; otherwise it is skipped when each of its occurrences overlaps an occurrence of a
    /// listed term that it does not contain (a fragment of a listed term, or a window shifted across one).
    static func withoutRedundancy(_ ranked: [Keyword], occurrences: (String) -> [Range<Int>], limit: Int) -> [Keyword] {
        var kept: [Keyword] = []
        for k in ranked {
            if kept.count >= limit { break }
            let mine = occurrences(k.term)
            let replaced = kept.filter { o in
                occurrences(o.term).allSatisfy { x in mine.contains { $0.lowerBound <= x.lowerBound && x.upperBound <= $0.upperBound } }
            }
            if replaced.isEmpty {
                // Redundant when each occurrence overlaps a listed occurrence that it does not contain.
                let redundant = mine.allSatisfy { x in
                    kept.contains { o in
                        occurrences(o.term).contains { y in
                            x.overlaps(y) && !(x.lowerBound <= y.lowerBound && y.upperBound <= x.upperBound)
                        }
                    }
                }
                if redundant { continue }
            } else {
                kept.removeAll { o in replaced.contains { $0.term == o.term } }
            }
            kept.append(k)
        }
        return kept
    }
}
