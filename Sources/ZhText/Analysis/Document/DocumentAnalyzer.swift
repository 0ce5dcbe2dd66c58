/// Options for ``DocumentAnalyzer``.
public struct AnalysisOptions: Sendable {
    /// Keywords listed per document.
    public var keywordLimit = 10
    /// Top terms listed per document.
    public var termLimit = 15
    /// The keyword method.
    public var keywordMethod = Keywords.defaultMethod
    /// Options of the keyword extractor.
    public var keywordOptions = KeywordOptions()
    /// Extraction and normalization.
    public var preparation = PreparationOptions()
    /// Policy phrase detection.
    public var phrases = PolicyPhrases.default
    /// Size of the pieces (in scalars) that normalized text is segmented and counted in; pieces end at a line or
    /// sentence end, so results do not depend on it.
    public var chunkSize = 200_000
    /// Texts longer than this (in scalars) are not kept whole as tokens: their keywords come from TF-IDF over the streamed counts, since the other methods need every token in memory.
    public var wholeTextLimit = 2_000_000

    public init() {}
}

/// Analyses one document: extraction, normalization, segmentation, statistics, keywords, policy phrases, top terms.
public struct DocumentAnalyzer: Sendable {
    /// What is analysed and how much is listed.
    public let options: AnalysisOptions
    private let segmenter: LexiconSegmenter
    private let filter: TermFilter

    /// An analyzer; loads the bundled stop words (and throws if they cannot be read).
    public init(options: AnalysisOptions = AnalysisOptions(), segmenter: LexiconSegmenter = .default) throws {
        self.options = options
        self.segmenter = segmenter
        var filter = options.keywordOptions.filter
        if options.keywordOptions.useBundledStopWords { filter.stopWords = filter.stopWords.union(try StopWords.bundled()) }
        filter.stopWords = filter.stopWords.union(options.keywordOptions.stopWords)
        self.filter = filter
    }

    /// Analyses decoded input.
    /// - Complexity: O(n) in the length of the input; memory O(chunk) for segmentation beyond ``AnalysisOptions/wholeTextLimit``.
    public func analyze(_ source: SourceText) throws -> DocumentAnalysis {
        let prepared = TextPreparation.prepare(source, options: options.preparation)
        let text = prepared.normalized
        let scalars = text.scalars
        let characters = text.nonWhiteSpaceCount
        let han = scalars.reduce(0) { $0 + (Script.isHan($1) ? 1 : 0) }
        let sentences = SentenceSplitter.sentences(in: scalars).count

        // Segment chunk by chunk; keep whole-text tokens only when the text is small enough. Terms are counted by
        // interned id (no String hashing per token), then merged by String equality once per distinct term.
        let keepTokens = scalars.count <= options.wholeTextLimit
        var allSpans: [TokenSpan] = []
        var interner = TermInterner()
        var counts: [Int] = []
        var firstSeen: [(kind: TokenKind, pos: String)] = []
        var wordTokens = 0
        var filteredTotal = 0
        func count(_ term: String, kind: TokenKind, pos: String) {
            wordTokens += 1
            let (id, isNew) = interner.intern(term)
            if isNew { counts.append(1); firstSeen.append((kind, pos)) } else { counts[id] += 1 }
        }
        for chunk in Self.chunks(of: scalars, size: options.chunkSize) {
            let spans = segmenter.spans(in: text, range: chunk)
            if keepTokens { allSpans.append(contentsOf: spans); continue }
            for span in spans where span.kind != .space && span.kind != .punctuation && !span.range.isEmpty {
                count(text.normalizedText(of: span.range), kind: span.kind, pos: span.pos)
            }
        }
        let tokens = keepTokens ? Token.tokens(from: allSpans, in: text) : []
        for token in tokens where token.kind != .space && token.kind != .punctuation && !token.normalizedRange.isEmpty {
            count(token.term, kind: token.kind, pos: token.pos)
        }
        allSpans = []
        var termCounts: [String: (count: Int, id: Int)] = [:]
        termCounts.reserveCapacity(interner.count)
        for (id, term) in interner.terms.enumerated() {
            termCounts[term, default: (0, id)].count += counts[id]
        }
        let per10k = characters > 0 ? 10_000 / Double(characters) : 0

        // Top terms: content words that pass the keyword filter.
        var candidates: [DocumentAnalysis.TermCount] = []
        var contentCounts: [String: Int] = [:]
        for (term, entry) in termCounts {
            let seen = firstSeen[entry.id]
            let count = entry.count
            let probe = Token(text: term, term: term, range: 0..<0, normalizedRange: 0..<0, kind: seen.kind, pos: seen.pos)
            guard filter.accepts(probe) else { continue }
            filteredTotal += count
            contentCounts[term] = count
            candidates.append(.init(term: term, count: count, per10k: Double(count) * per10k))
        }
        // Only the top `termLimit` are listed: sort those at or above the limit's count (ties stay in).
        if options.termLimit < candidates.count {
            let threshold = candidates.map(\.count).sorted(by: >)[max(0, options.termLimit - 1)]
            candidates.removeAll { $0.count < threshold }
        }
        candidates.sort { $0.count != $1.count ? $0.count > $1.count : $0.term < $1.term }

        // Keywords.
        let keywords: [Keyword]
        let method: String
        if keepTokens {
            keywords = try options.keywordMethod.extractor(options: options.keywordOptions, segmenter: segmenter)
                .extract(from: tokens, in: text, limit: options.keywordLimit)
            method = options.keywordMethod.rawValue
        } else {
            keywords = try StreamingTFIDF(options: options.keywordOptions, segmenter: segmenter)
                .extract(from: text, limit: options.keywordLimit, chunkSize: options.chunkSize)
            method = Keywords.Method.tfidf.rawValue
        }

        // Policy phrases.
        let report = options.phrases.report(for: text)
        let phrases = report.phrases.map {
            DocumentAnalysis.PhraseSummary(phrase: $0.phrase, category: $0.category, count: $0.count,
                                           longestCount: $0.longestCount, start: $0.occurrences.first?.range.lowerBound ?? 0)
        }
        let document = prepared.document
        return DocumentAnalysis(
            file: source.file, encoding: source.encoding, extraction: document.kind.rawValue,
            title: document.title, date: document.date, dateSource: document.dateSource, source: document.source,
            author: document.author,
            statistics: .init(characters: characters, hanCharacters: han, sentences: sentences, tokens: wordTokens,
                              distinctTerms: termCounts.count),
            keywords: keywords, keywordMethod: method, phrases: phrases,
            topTerms: Array(candidates.prefix(max(0, options.termLimit))), contentTermCounts: contentCounts,
            warnings: source.warnings + prepared.warnings)
    }

    /// Ranges of about `size` scalars, cut just after a line break or between a full-width sentence end (。！？；) and
    /// a Han character: places where the segmenter always has a token boundary, so results do not change. A stretch
    /// without such a place stays whole.
    static func chunks(of scalars: [Unicode.Scalar], size: Int) -> [Range<Int>] {
        func isCut(_ k: Int) -> Bool {
            if scalars[k - 1] == "\n" { return true }
            switch scalars[k - 1].value {
            case 0x3002, 0xFF01, 0xFF1F, 0xFF1B: return Script.isHan(scalars[k])
            default: return false
            }
        }
        var result: [Range<Int>] = []
        var start = 0
        let n = scalars.count
        while start < n {
            var end = min(n, start + max(size, 1))
            if end < n {
                var cut = end
                while cut > start && !isCut(cut) { cut -= 1 }
                if cut > start { end = cut } else { while end < n && !isCut(end) { end += 1 } }
            }
            result.append(start..<end)
            start = end
        }
        return result
    }
}
