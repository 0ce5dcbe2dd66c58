/// What the corpus tools (`collocates`, `matrix`) count as terms: the term model's terms (``TermModel``: the segmenter's
/// word tokens that pass its ``TermFilter``, keyed by ``TermKey``, as `freq` counts them), plus policy phrases counted
/// whole.
///
/// This is the one seam between the corpus tools and the term model.
///
/// - A document's **word positions** are its tokens other than white space, punctuation and symbols, in order; each
///   has a term key when the filter accepts it (stop words, bare numbers and function words hold a position but are not
///   terms).
/// - A **sentence** ends at a line break and after sentence-final punctuation (`。！？；…!?;`), the Chinese rules of
///   ``SentenceSplitter``.
/// - **Policy phrases** are counted whole: every occurrence of any of a phrase's forms (nested ones included), keyed by
///   the canonical phrase; a phrase's count replaces the token count of the same spelling, and the tokens inside a
///   phrase are still counted as themselves (as ``TermProfile`` does for `trend` and `compare`).
public struct CorpusTerms: Sendable {
    /// Splits text into tokens.
    public var segmenter: any Segmenter
    /// Which tokens are terms.
    public var filter: TermFilter
    /// Policy phrases counted whole (none when `nil`).
    public var phrases: PolicyPhrases?

    /// Terms of `segmenter`'s tokens that pass `filter`, plus `phrases` counted whole.
    public init(segmenter: any Segmenter = LexiconSegmenter.shared, filter: TermFilter = TermFilter(), phrases: PolicyPhrases? = nil) {
        self.segmenter = segmenter
        self.filter = filter
        self.phrases = phrases
    }

    /// The default: the bundled lexicon's segmentation, content terms (``TermModel/content(extra:)``, what `freq`
    /// lists by default; ``TermModel/allTerms`` with `allTerms`) and the bundled policy phrases.
    /// - Throws: when a bundled list cannot be read.
    public static func standard(phrases: PolicyPhrases? = .default, allTerms: Bool = false) throws -> CorpusTerms {
        CorpusTerms(filter: allTerms ? TermModel.allTerms.filter : try TermModel.content().filter, phrases: phrases)
    }

    /// The term model this counts with.
    public var model: TermModel { TermModel(filter: filter) }

    /// One word position of a sentence.
    public struct Position: Sendable, Equatable {
        /// Range in the normalized text.
        public var range: Range<Int>
        /// The term key, `nil` for a word that is not a term (a stop word, a bare number).
        public var term: String?
        /// A small id of the written term within the document (the same written term, the same id), for counting
        /// without hashing strings per token; -1 when ``term`` is `nil` or has to be counted by its key.
        public var id: Int = -1
    }

    /// A sentence: its range in the normalized text (from its first token to the end of its last) and its word
    /// positions.
    public struct Sentence: Sendable, Equatable {
        /// From the first token of the sentence to the end of its last token.
        public var range: Range<Int>
        /// Word positions, in order.
        public var positions: [Position]
    }

    /// Calls `body` with each sentence of `text` in order, segmenting in chunks so that a huge text never holds all its
    /// tokens at once.
    /// - Complexity: O(n) plus segmentation; memory O(chunk).
    public func forEachSentence(in text: NormalizedText, _ body: (Sentence) -> Void) {
        let scalars = text.scalars
        // The filter's verdict and the key, once per distinct written term (and its kind and POS).
        var interner = TermInterner()
        var verdicts: [(key: String?, kind: TokenKind, pos: String)] = []
        var positions: [Position] = []
        var start: Int? = nil
        var end = 0
        func close() {
            if let s = start, !positions.isEmpty { body(Sentence(range: s..<end, positions: positions)) }
            positions.removeAll(keepingCapacity: true)
            start = nil
        }
        for chunk in TextChunks.ranges(of: scalars, size: 200_000) {
            for span in segmenter.spans(in: text, range: chunk) {
                switch span.kind {
                case .space:
                    if scalars[span.range].contains(where: Script.isLineBreak) { close() }
                case .punctuation, .other:
                    if start == nil { start = span.range.lowerBound }
                    end = span.range.upperBound
                    if scalars[span.range].contains(where: Script.isSentenceFinal) { close() }
                case .han, .latin, .number:
                    if start == nil { start = span.range.lowerBound }
                    end = span.range.upperBound
                    let term = text.normalizedText(of: span.range)
                    let (id, isNew) = interner.intern(term)
                    if isNew {
                        verdicts.append((filter.accepts(term: term, kind: span.kind, pos: span.pos) ? TermKey.of(term) : nil, span.kind, span.pos))
                    }
                    let cached = verdicts[id]
                    if cached.kind == span.kind && cached.pos == span.pos {
                        positions.append(Position(range: span.range, term: cached.key, id: cached.key == nil ? -1 : id))
                    } else {
                        let key = filter.accepts(term: term, kind: span.kind, pos: span.pos) ? TermKey.of(term) : nil
                        positions.append(Position(range: span.range, term: key, id: -1))
                    }
                }
            }
            close()
        }
    }

    /// A document's policy-phrase occurrences (every form, nested ones included): the canonical phrase's key and the
    /// normalized range, in text order.
    public func phraseHits(in text: NormalizedText) -> [(phrase: String, range: Range<Int>)] {
        guard let phrases else { return [] }
        return phrases.matches(in: text).map { (TermKey.of($0.phrase), $0.normalizedRange) }
    }

    /// A document's term counts by key: the term model's counts (``TermModel/counts(of:segmenter:chunkSize:)``, as
    /// `freq` counts), then each policy phrase's whole count in place of the token count of the same key.
    /// - Complexity: O(n) plus segmentation.
    public func counts(in text: NormalizedText) -> [String: Int] {
        var counts = model.counts(of: text, segmenter: segmenter).counts
        var phraseCounts: [String: Int] = [:]
        for hit in phraseHits(in: text) { phraseCounts[hit.phrase, default: 0] += 1 }
        for (p, c) in phraseCounts { counts[p] = c }
        return counts
    }
}

/// How the corpus tools find a node or `--term` in a text: as a string in the normalized text, non-overlapping, left to
/// right, exactly as `kwic` does (``Concordance``), so counts agree with `kwic` and `trend --term`.
public enum NodeMatch {
    /// Normalized ranges of the occurrences of `term` in `text`.
    /// - Complexity: O(n × m) worst case for a text of n and a term of m scalars.
    public static func ranges(of term: String, in text: NormalizedText) -> [Range<Int>] {
        Concordance.hits(of: term, in: text, context: 0).map(\.normalizedRange)
    }
}
