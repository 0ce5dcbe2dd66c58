/// What ``DocumentAnalyzer`` adds up over a text or over the pieces of a long input: statistics, term counts (the
/// term model's ``TermTally``), policy phrase counts.
struct AnalysisTally {
    var characters = 0
    var han = 0
    var sentences = 0
    /// Word tokens (not space or punctuation).
    var wordTokens: Int { terms.wordTokens }

    private(set) var terms = TermTally()
    /// Policy phrases by canonical form.
    private var phrases: [String: DocumentAnalysis.PhraseSummary] = [:]

    /// Adds the character, Han character and sentence counts of `text`.
    mutating func addStatistics(of text: NormalizedText) {
        characters += text.nonWhiteSpaceCount
        han += text.scalars.reduce(0) { $0 + (Script.isHan($1) ? 1 : 0) }
        sentences += SentenceSplitter.sentences(in: text.scalars).count
    }

    /// Counts the word tokens of `tokens`.
    mutating func count(_ tokens: [Token]) { terms.add(tokens: tokens) }

    /// Counts one word token.
    mutating func count(_ term: String, kind: TokenKind, pos: String, range: Range<Int>) {
        terms.add(term, kind: kind, pos: pos, range: range)
    }

    /// Segments `text` range by range and counts its word tokens; the original scalars of `text` start at `offset`.
    mutating func countTerms(of text: NormalizedText, offset: Int = 0, segmenter: some Segmenter, chunkSize: Int) {
        terms.add(text: text, offset: offset, segmenter: segmenter, chunkSize: chunkSize)
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

    /// The top `limit` terms that pass `filter` (count descending, then shown form), every content term's count (by
    /// key) with their forms, and the number of distinct terms.
    func topTerms(filter: TermFilter, limit: Int) -> (top: [DocumentAnalysis.TermCount], content: TermCounts, distinct: Int) {
        let content = TermCounts(terms, filter: filter, characters: characters)
        let per10k = characters > 0 ? 10_000 / Double(characters) : 0
        var candidates = content.counts.map { (key: $0.key, count: $0.value) }
        // Only the top `limit` are listed: sort those at or above the limit's count (ties stay in).
        if limit < candidates.count {
            let threshold = candidates.map(\.count).sorted(by: >)[max(0, limit - 1)]
            candidates.removeAll { $0.count < threshold }
        }
        let rows = candidates.map { c in
            DocumentAnalysis.TermCount(term: content.shown(c.key), count: c.count, per10k: Double(c.count) * per10k,
                                       variants: content.variants(of: c.key))
        }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.term < $1.term }
        return (Array(rows.prefix(max(0, limit))), content, terms.distinctKeys)
    }

    /// TF-IDF keywords from the counts (``StreamingTFIDF``: count / N × idf, over the keyword filter's terms).
    func tfidfKeywords(options: KeywordOptions, limit: Int) throws -> [Keyword] {
        let filter = try options.resolvedFilter()
        let idf = try options.resolvedIDF()
        let (entries, variants, total) = terms.entries(filter: filter)
        let n = Double(max(total, 1))
        let scored = entries.map { e in
            Keyword(term: variants.shown(e.key, count: e.count), score: Double(e.count) / n * idf[e.key], count: e.count,
                    range: e.first, variants: variants.variants(e.key, count: e.count))
        }
        return Array(scored.sorted(by: Keyword.ranks).prefix(max(0, limit)))
    }
}
