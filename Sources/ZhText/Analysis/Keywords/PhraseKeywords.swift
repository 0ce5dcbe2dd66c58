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
///     score(p) = count(p) / N × max idf(word of p) × (1 + ln(words in p)) × max genre(word of p)
///
/// where genre(w) = ((f_doc(w) + k) / (f_genre(w) + k))^``KeywordOptions/genreWeight`` is the word's simple-maths
/// keyness against the policy genre (``KeywordSignals``; f per million tokens, k =
/// ``KeywordOptions/simpleMathsConstant``; the weight ramps up with the length of the text), times the optional general-language
/// and clustering factors (off by default).
/// — TF-IDF for a single word; a phrase is as specific as its most specific word, and longer terms get a mild bonus
/// because recurring long sequences are rarely accidental. Occurrences in a title line count
/// ``KeywordOptions/titleWeight`` times (position matters: PositionRank, Florescu & Caragea 2017).
///
/// Redundancy control, in score order: a term whose occurrences contain every occurrence of a listed term replaces
/// it (the longer one is the real term: 先进国防科技工业体系 replaces 科技工业体系 when the latter never occurs alone);
/// otherwise a term is dropped when each of its occurrences overlaps an occurrence of a listed term, unless it
/// contains it and either the listed term is a single word (先进国防科技工业体系 beside the three times as frequent
/// word 国防科技 stays) or the term occurs at least two thirds as often as the longest listed phrase it contains
/// (先进国防科技工业体系建设 beside a three times as frequent 先进国防科技工业体系 goes). Fragments and
/// windows shifted across a listed term go too, and so does a sub-term ranked below a longer listed term when more
/// than three quarters of its occurrences lie inside listed longer terms (工业 below 国防科技工业). So a term and
/// its sub-terms are not all listed; a sub-term stays only where it also occurs on its own. (At one half instead of
/// three quarters, F1@5 on CSL drops from 0.247 to 0.234: authors often list a term beside its longer forms.)
///
/// Policy formulations of the bundled lexicon (高质量发展, 新质生产力 …) score ``KeywordOptions/policyPhraseWeight``
/// times more, and policy-discourse boilerplate (贯彻, 全面贯彻, 决策部署 …) is a stop word
/// (``KeywordOptions/useBoilerplateStopWords``).
/// - Complexity: O(n · w) candidates for n tokens and w = maximum words, then O(k log k) to rank k candidates.
public struct PhraseKeywords: KeywordExtractor {
    /// Options shared by the extractors (the `phrase…` ones apply here).
    public var options: KeywordOptions
    /// The segmenter used on plain text.
    public let segmenter: any Segmenter

    /// A phrase keyword extractor.
    public init(options: KeywordOptions = KeywordOptions(), segmenter: any Segmenter = LexiconSegmenter.default) {
        self.options = options
        self.segmenter = segmenter
    }

    struct Candidate {
        /// Normalized range of the first occurrence.
        var first: Range<Int>
        var words: Int
        var maxIDF: Double
        /// The largest reference factor of its words (``KeywordSignals``: genre and general keyness).
        var maxReference: Double
        /// Occurrences weighted by position (title occurrences count more).
        var weight: Double
        /// Number of occurrences.
        var count: Int
        /// First and last entry of the candidate's occurrence list in ``Occurrences`` (no array per candidate).
        var head: Int32
        var tail: Int32
        /// The content word before (after) every occurrence, when it is always the same one.
        var left: Neighbour
        var right: Neighbour
    }

    /// What precedes (or follows) a candidate's occurrences: always the same content word (its id), or not.
    enum Neighbour: Equatable {
        case word(Int)
        /// Different words, or a boundary (stop word, punctuation, start or end of text).
        case open

        init(_ id: Int) { self = id >= 0 ? .word(id) : .open }

        func adding(_ id: Int) -> Neighbour { self == .word(id) ? self : .open }
    }

    /// Occurrences of all candidates in flat arrays, one linked list per candidate.
    struct Occurrences {
        var lower: [Int] = []
        var upper: [Int] = []
        var next: [Int32] = []

        mutating func append(_ r: Range<Int>) -> Int32 {
            lower.append(r.lowerBound); upper.append(r.upperBound); next.append(-1)
            return Int32(next.count - 1)
        }

        mutating func link(_ from: Int32, to: Int32) { next[Int(from)] = to }

        func list(from head: Int32) -> [Range<Int>] {
            var result: [Range<Int>] = []
            var e = head
            while e >= 0 { result.append(lower[Int(e)]..<upper[Int(e)]); e = next[Int(e)] }
            return result
        }
    }

    /// A candidate is its parent (the candidate one word shorter, -1 for none) extended by a word id: the key of
    /// that edge of the candidate trie.
    @inline(__always)
    static func edge(parent: Int, word: Int) -> UInt64 {
        UInt64(UInt32(truncatingIfNeeded: parent)) << 32 | UInt64(UInt32(truncatingIfNeeded: word))
    }

    /// The best `limit` phrase keywords of `tokens`, score descending then term ascending.
    public func extract(from tokens: [Token], in text: NormalizedText, limit: Int) throws -> [Keyword] {
        let idf = try options.resolvedIDF()
        let filter = try options.resolvedFilter()
        let policy = try options.resolvedPolicyTerms()
        var partFilter = filter
        partFilter.minimumLength = 1  // single-character words may be parts of a longer term (肾虚/血瘀/证)
        let parts = KeywordCandidates(tokens: tokens, in: text, filter: partFilter, options: options)
        guard parts.total > 0 else { return [] }
        let wordIDF = parts.order.map { idf[$0] }
        let wordReference = try Self.referenceFactors(parts, options: options)

        // Candidates are nodes of a trie over word ids, so that no string is built while counting.
        var nodes = IntegerTable(capacity: parts.total)
        var candidates: [Candidate] = []
        var occurrences = Occurrences()
        let maxWords = max(1, options.phraseMaximumWords)
        // Per-token figures in flat arrays, so that the loop below does not copy tokens (and retain their strings).
        var length: [Int] = [], lower: [Int] = [], upper: [Int] = [], weight: [Double] = []
        length.reserveCapacity(tokens.count); lower.reserveCapacity(tokens.count)
        upper.reserveCapacity(tokens.count); weight.reserveCapacity(tokens.count)
        for token in tokens {
            length.append(token.kind == .han ? token.normalizedRange.count : 1)
            lower.append(token.normalizedRange.lowerBound)
            upper.append(token.normalizedRange.upperBound)
            weight.append(parts.weight(of: token))
        }
        for run in parts.runs {
            for i in run.indices {
                var node = -1
                var maxIDF = 0.0
                var maxReference = 0.0
                var characters = 0
                for j in i..<min(run.count, i + maxWords) {
                    characters += length[run[j]]
                    if j > i && characters > options.phraseMaximumLength { break }
                    let word = parts.ids[run[j]]
                    maxIDF = max(maxIDF, wordIDF[word])
                    maxReference = max(maxReference, wordReference[word])
                    let before = i > 0 ? parts.ids[run[i - 1]] : -1
                    let after = j + 1 < run.count ? parts.ids[run[j + 1]] : -1
                    let occurrence = run[i]..<(run[j] + 1)
                    let w = weight[run[i]]
                    let edge = Self.edge(parent: node, word: word)
                    if let existing = nodes.value(for: edge) {
                        node = existing
                        candidates[node].count += 1
                        let entry = occurrences.append(occurrence)
                        occurrences.link(candidates[node].tail, to: entry)
                        candidates[node].tail = entry
                        candidates[node].weight += w
                        candidates[node].left = candidates[node].left.adding(before)
                        candidates[node].right = candidates[node].right.adding(after)
                    } else {
                        node = candidates.count
                        nodes.set(node, for: edge)
                        let span = lower[run[i]]..<upper[run[j]]
                        let entry = occurrences.append(occurrence)
                        candidates.append(Candidate(first: span, words: j - i + 1, maxIDF: maxIDF, maxReference: maxReference, weight: w, count: 1, head: entry, tail: entry,
                                                    left: Neighbour(before), right: Neighbour(after)))
                    }
                }
            }
        }

        let n = Double(parts.total)
        var scored: [Keyword] = []
        var byTerm: [String: Int] = [:]
        for (id, c) in candidates.enumerated() {
            let term: String
            if c.words == 1 {
                let at = occurrences.lower[Int(c.head)]
                guard filter.accepts(tokens[at]) else { continue }  // single characters may only be parts
                term = parts.order[parts.ids[at]]
            } else {
                if c.count < options.phraseMinimumCount { continue }
                // Not a complete term: always extended by the same word (加快|建设先进国防科技工业体系).
                if c.left != .open || c.right != .open { continue }
                if c.first.count < filter.minimumLength { continue }
                term = TermKey.of(text.normalizedText(of: c.first))
                if filter.stopWords.contains(term) { continue }
            }
            let prior = policy.contains(term) ? options.policyPhraseWeight : 1
            var score = c.weight / n * c.maxIDF * (1 + log(Double(c.words))) * prior * c.maxReference
            if options.dispersionWeight != 0 && c.count >= 3 {
                var positions: [Int] = []
                var e = c.head
                while e >= 0 { positions.append(occurrences.lower[Int(e)]); e = occurrences.next[Int(e)] }
                let clustering = KeywordSignals.clustering(positions: positions, total: tokens.count)
                score *= exp(options.dispersionWeight * min(max(clustering, -2), 4))
            }
            scored.append(Keyword(term: term, score: score, count: c.count, range: text.originalRange(of: c.first)))
            byTerm[term] = id
        }
        let kept = Self.withoutRedundancy(scored.sorted(by: Keyword.ranks), occurrences: { occurrences.list(from: candidates[byTerm[$0]!].head) }, limit: limit)
        return kept.map { k in
            var shown = k
            let c = candidates[byTerm[k.term]!]
            if c.words == 1 {
                shown.term = parts.variants.shown(k.term, count: k.count)
                shown.variants = parts.variants.variants(k.term, count: k.count)
            } else {
                let forms = Self.forms(k.term, occurrences.list(from: c.head), tokens, text)
                shown.term = forms.first ?? k.term
                shown.variants = forms.count > 1 ? forms : []
            }
            return shown
        }.sorted(by: Keyword.ranks)
    }

    /// Per word id of `parts`: the product of its reference keyness factors, simple maths against the policy genre
    /// and against the general language, each raised to its weight (1 when both weights are 0).
    static func referenceFactors(_ parts: KeywordCandidates, options: KeywordOptions) throws -> [Double] {
        let total = Double(max(parts.total, 1))
        // Frequencies say whether a word is used at its genre rate only in a long text: the weights ramp up from 0 at
        // 150 candidate words (an abstract, where every word occurs once or twice) to full at 600 (a few pages).
        let length = min(max((total - 150) / 450, 0), 1)
        let genreWeight = options.genreWeight * length, generalWeight = options.generalReferenceWeight * length
        let genre = genreWeight != 0 ? try ReferenceFrequencies.policyGenre() : nil
        let general = generalWeight != 0
        let k = options.simpleMathsConstant
        return parts.order.indices.map { id in
            let key = parts.order[id]
            let perMillion = Double(parts.stats[id].count) / total * 1_000_000
            var f = 1.0
            if let genre { f *= pow(KeywordSignals.simpleMaths(document: perMillion, reference: genre[key], k: k), genreWeight) }
            if general {
                f *= pow(KeywordSignals.simpleMaths(document: perMillion, reference: ReferenceFrequencies.general(key), k: k),
                         generalWeight)
            }
            return f
        }
    }

    /// The written forms of a multi-word key, most frequent first (ties in code-point order): the original text of
    /// each occurrence when it maps character for character (Traditional or capitalised writing), its normalized text
    /// otherwise.
    static func forms(_ key: String, _ occurrences: [Range<Int>], _ tokens: [Token], _ text: NormalizedText) -> [String] {
        var forms: [String: Int] = [:]
        for o in occurrences {
            let span = tokens[o.lowerBound].normalizedRange.lowerBound..<tokens[o.upperBound - 1].normalizedRange.upperBound
            let original = text.originalRange(of: span)
            let form = original.count == span.count ? String(scalars: text.original[original]) : text.normalizedText(of: span)
            forms[form, default: 0] += 1
        }
        if forms.count == 1, let only = forms.first, only.key == key { return [key] }
        return forms.sorted { a, b in
            a.value != b.value ? a.value > b.value : a.key.unicodeScalars.lexicographicallyPrecedes(b.key.unicodeScalars)
        }.map(\.key)
    }

    /// Walks `ranked` in order and keeps at most `limit` terms (looking past the limit for replacements): a term replaces the listed terms whose occurrences
    /// all lie inside its own; otherwise it is skipped when each of its occurrences overlaps an occurrence of a
    /// listed term — except a phrase containing a listed single word, or occurring at least two thirds as often as the
    /// longest listed phrase it contains — or when more than three quarters of its occurrences lie inside occurrences
    /// of listed longer terms.
    static func withoutRedundancy(_ ranked: [Keyword], occurrences: (String) -> [Range<Int>], limit: Int) -> [Keyword] {
        var kept: [Keyword] = []
        for k in ranked {
            // Walk past the limit, so that a longer term ranked just below it can still replace a listed part
            // (要素市场化配置 → 数据要素市场化配置): the top 5 are then the first 5 of the top 10.
            if kept.count >= max(2 * limit, limit + 10) { break }
            let mine = occurrences(k.term)
            let replaced = kept.filter { o in
                occurrences(o.term).allSatisfy { x in mine.contains { $0.lowerBound <= x.lowerBound && x.upperBound <= $0.upperBound } }
            }
            if replaced.isEmpty {
                // Redundant when each occurrence overlaps a listed occurrence that it does not contain (a fragment, a
                // shifted window), or when the longest listed phrase inside it is more than 1.5 times as frequent.
                let listed = kept.map { (occurrences($0.term), $0.count) }
                // A sub-term whose occurrences lie mostly inside listed longer terms adds little (工业 beside
                // 国防科技工业): it stays only when at least a quarter of its occurrences are on their own.
                let inside = mine.count { x in
                    listed.contains { $0.0.contains { y in y.count > x.count && y.lowerBound <= x.lowerBound && x.upperBound <= y.upperBound } }
                }
                if 4 * inside > 3 * mine.count { continue }
                let redundant = mine.allSatisfy { x in
                    var longestInside: (length: Int, count: Int)? = nil
                    for (occ, count) in listed {
                        for y in occ where x.overlaps(y) {
                            if !(x.lowerBound <= y.lowerBound && y.upperBound <= x.upperBound) { return true }
                            // A single listed word never makes a phrase redundant: the phrase says more than its word.
                            if y.count > 1 && y.count > (longestInside?.length ?? 0) { longestInside = (y.count, count) }
                        }
                    }
                    return longestInside.map { 2 * $0.count > 3 * k.count } ?? false
                }
                if redundant { continue }
            } else {
                kept.removeAll { o in replaced.contains { $0.term == o.term } }
            }
            kept.append(k)
        }
        return Array(kept.prefix(max(0, limit)))
    }
}
