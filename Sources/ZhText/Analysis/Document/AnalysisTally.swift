/// What ``DocumentAnalyzer`` adds up over a text or over the pieces of a long input: statistics, term counts (by
/// interned id, merged by `String` equality at the end), first occurrences, policy phrase counts.
struct AnalysisTally {
    var characters = 0
    var han = 0
    var sentences = 0
    /// Word tokens (not space or punctuation).
    var wordTokens = 0

    private var interner = TermInterner()
    private var counts: [Int] = []
    /// Kind, POS and original range of each id's first occurrence.
    private var firstKind: [TokenKind] = []
    private var firstPOS: [String] = []
    private var firstRange: [Range<Int>] = []
    /// Whether every term so far is made of scalars that take no part in canonical equivalence (see ``isPlain(_:)``).
    private var allPlain = true
    /// Policy phrases by canonical form.
    private var phrases: [String: DocumentAnalysis.PhraseSummary] = [:]

    /// Adds the character, Han character and sentence counts of `text`.
    mutating func addStatistics(of text: NormalizedText) {
        characters += text.nonWhiteSpaceCount
        han += text.scalars.reduce(0) { $0 + (Script.isHan($1) ? 1 : 0) }
        sentences += SentenceSplitter.sentences(in: text.scalars).count
    }

    /// Counts one word token; `range` is its range in the original input.
    @inline(__always)
    mutating func count(_ term: String, kind: TokenKind, pos: String, range: Range<Int>) {
        wordTokens += 1
        let (id, isNew) = interner.intern(term)
        if isNew {
            if allPlain && !Self.isPlain(term) { allPlain = false }
            counts.append(1)
            firstKind.append(kind)
            firstPOS.append(pos)
            firstRange.append(range)
        } else {
            counts[id] += 1
        }
    }

    /// Segments `text` range by range (``TextChunks/ranges(of:size:insideLines:)``) and counts its word tokens; the
    /// original scalars of `text` start at `offset` in the input.
    mutating func countTerms(of text: NormalizedText, offset: Int = 0, segmenter: some Segmenter, chunkSize: Int) {
        for chunk in TextChunks.ranges(of: text.scalars, size: chunkSize) {
            for span in segmenter.spans(in: text, range: chunk)
            where span.kind != .space && span.kind != .punctuation && !span.range.isEmpty {
                let range = text.originalRange(of: span.range)
                count(text.normalizedText(of: span.range), kind: span.kind, pos: span.pos,
                      range: (range.lowerBound + offset)..<(range.upperBound + offset))
            }
        }
    }

    /// Adds the phrases of `report`, whose original offsets are shifted by `offset`.
    mutating func addPhrases(_ report: PhraseReport, offset: Int) {
        for p in report.phrases {
            let start = (p.occurrences.first?.range.lowerBound ?? 0) + offset
            if var known = phrases[p.phrase] {
                known.count += p.count
                known.longestCount += p.longestCount
                known.start = min(known.start, start)
                phrases[p.phrase] = known
            } else {
                phrases[p.phrase] = .init(phrase: p.phrase, category: p.category, count: p.count, longestCount: p.longestCount, start: start)
            }
        }
    }

    /// Phrases by count descending, then phrase.
    func phraseSummaries() -> [DocumentAnalysis.PhraseSummary] {
        phrases.values.sorted { $0.count != $1.count ? $0.count > $1.count : $0.phrase < $1.phrase }
    }

    /// Distinct terms (`String` equality) with the id of their first occurrence and their total count, in order of
    /// first occurrence. Interned ids are distinct byte sequences; they are merged through a `String`-keyed
    /// dictionary only when some term could be canonically equivalent to another (otherwise bytes decide).
    private func merged() -> [(term: String, id: Int, count: Int)] {
        if allPlain {
            return interner.terms.enumerated().map { ($0.element, $0.offset, counts[$0.offset]) }
        }
        var index: [String: Int] = [:]
        var result: [(term: String, id: Int, count: Int)] = []
        for (id, term) in interner.terms.enumerated() {
            if let k = index[term] {
                result[k].count += counts[id]
            } else {
                index[term] = result.count
                result.append((term, id, counts[id]))
            }
        }
        return result
    }

    /// Whether `term` consists only of scalars below U+0300 or in U+3000–U+9FFF other than the combining marks
    /// there (ideographic tone marks U+302A–U+302F, kana voicing marks U+3099–U+309A). Two different strings of such
    /// scalars are never canonically equivalent (none has a non-zero combining class, and none decomposes into
    /// another sequence of them), so byte equality is `String` equality for them.
    static func isPlain(_ term: String) -> Bool {
        term.unicodeScalars.allSatisfy { s in
            let v = s.value
            return v < 0x300 || (v >= 0x3000 && v <= 0x9FFF && !(0x302A...0x302F).contains(v) && v != 0x3099 && v != 0x309A)
        }
    }

    /// The top `limit` terms that pass `filter` (count descending, then term), every content term's count, and the
    /// number of distinct terms.
    func topTerms(filter: TermFilter, limit: Int) -> (top: [DocumentAnalysis.TermCount], content: [String: Int], distinct: Int) {
        let all = merged()
        let per10k = characters > 0 ? 10_000 / Double(characters) : 0
        var candidates: [DocumentAnalysis.TermCount] = []
        var content: [String: Int] = [:]
        content.reserveCapacity(all.count)
        for entry in all {
            let term = entry.term
            let probe = Token(text: term, term: term, range: 0..<0, normalizedRange: 0..<0, kind: firstKind[entry.id], pos: firstPOS[entry.id])
            guard filter.accepts(probe) else { continue }
            content[term] = entry.count
            candidates.append(.init(term: term, count: entry.count, per10k: Double(entry.count) * per10k))
        }
        // Only the top `limit` are listed: sort those at or above the limit's count (ties stay in).
        if limit < candidates.count {
            let threshold = candidates.map(\.count).sorted(by: >)[max(0, limit - 1)]
            candidates.removeAll { $0.count < threshold }
        }
        candidates.sort { $0.count != $1.count ? $0.count > $1.count : $0.term < $1.term }
        return (Array(candidates.prefix(max(0, limit))), content, all.count)
    }

    /// TF-IDF keywords from the counts (``StreamingTFIDF``: count / N × idf; a term counts when its first occurrence
    /// passes the keyword filter).
    func tfidfKeywords(options: KeywordOptions, limit: Int) throws -> [Keyword] {
        let filter = try options.resolvedFilter()
        let idf = try options.resolvedIDF()
        var accepted: [(term: String, count: Int, range: Range<Int>)] = []
        var total = 0
        for entry in merged() {
            let term = entry.term
            let probe = Token(text: term, term: term, range: 0..<0, normalizedRange: 0..<0, kind: firstKind[entry.id], pos: firstPOS[entry.id])
            guard filter.accepts(probe) else { continue }
            accepted.append((term, entry.count, firstRange[entry.id]))
            total += entry.count
        }
        let n = Double(max(total, 1))
        let scored = accepted.map { Keyword(term: $0.term, score: Double($0.count) / n * idf[$0.term], count: $0.count, range: $0.range) }
        return Array(scored.sorted(by: Keyword.ranks).prefix(max(0, limit)))
    }
}
