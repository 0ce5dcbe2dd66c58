/// What a corpus keeps of one document's segmentation: every token (not white space) counted by its key, the
/// policy phrases counted whole, and the size figures. Every token-based corpus query (freq, compare, rising and
/// falling terms, keywords) is computed from these, whether the document was just read from a file or stored.
///
/// This is the seam to the term model: ``TermKey`` is what is counted; ``profile(minimumLength:kinds:)`` and
/// ``termCounts(filter:)`` derive the figures the existing analyses use, exactly as if they had segmented the text.
public struct DocumentTerms: Sendable, Equatable {
    /// A counted token: its normalized term, kind and part of speech (filters look at nothing else).
    public struct TermKey: Sendable, Hashable, Comparable {
        /// The token's normalized text.
        public var term: String
        /// The token's kind.
        public var kind: TokenKind
        /// The part-of-speech tag.
        public var pos: String

        /// A key.
        public init(term: String, kind: TokenKind, pos: String) {
            self.term = term
            self.kind = kind
            self.pos = pos
        }

        public static func < (a: TermKey, b: TermKey) -> Bool {
            if a.term != b.term { return a.term.unicodeScalars.lexicographicallyPrecedes(b.term.unicodeScalars) }
            if a.kind != b.kind { return a.kind.rawValue < b.kind.rawValue }
            return a.pos < b.pos
        }
    }

    /// Occurrences of each token key (punctuation included, white space not).
    public var tokens: [TermKey: Int]
    /// Occurrences of each policy phrase (canonical form, all forms and nested occurrences counted).
    public var phrases: [String: Int]
    /// Non-white-space characters of the normalized text (the per-10k base).
    public var characters: Int

    /// Figures as stored.
    public init(tokens: [TermKey: Int], phrases: [String: Int], characters: Int) {
        self.tokens = tokens
        self.phrases = phrases
        self.characters = characters
    }

    /// Segments `text` (in the chunks every command uses, so the spans are the same) and counts its tokens and
    /// policy phrases.
    /// - Complexity: O(n) plus segmentation and phrase matching.
    public init(text: NormalizedText, segmenter: any Segmenter = LexiconSegmenter.shared,
                phrases matcher: (any UnitCounter)? = PolicyPhrases.default) {
        var counts: [TermKey: Int] = [:]
        let scalars = text.scalars
        for chunk in TextChunks.ranges(of: scalars, size: 200_000) {
            for span in segmenter.spans(in: text, range: chunk) where span.kind != .space {
                counts[TermKey(term: String(scalars: scalars[span.range]), kind: span.kind, pos: span.pos), default: 0] += 1
            }
        }
        tokens = counts
        phrases = matcher?.counts(in: text).filter { $0.value > 0 } ?? [:]
        characters = text.nonWhiteSpaceCount
    }

    /// The profile ``TermCounting`` would build (tokens of `kinds` with at least `minimumLength` characters; policy
    /// phrases as whole units overriding the token count of the same string).
    public func profile(minimumLength: Int = 2, kinds: Set<TokenKind> = [.han, .latin], units: Bool = true) -> TermProfile {
        var p = TermProfile()
        p.documents = 1
        p.characters = characters
        for (key, n) in tokens where key.kind != .punctuation {
            p.tokens += n
            guard kinds.contains(key.kind), key.term.unicodeScalars.count >= minimumLength else { continue }
            p.counts[key.term, default: 0] += n
        }
        if units {
            for (phrase, n) in phrases where n > 0 {
                p.counts[phrase] = n
                p.units.insert(phrase)
            }
        }
        for t in p.counts.keys { p.documentFrequency[t] = 1 }
        return p
    }

    /// The counts `TermCounts(text:segmenter:filter:)` would give (single tokens; n-grams need the token order and
    /// are counted from the text).
    public func termCounts(filter: TermFilter) -> TermCounts {
        var counts: [String: Int] = [:]
        var total = 0
        for (key, n) in tokens {
            let token = Token(text: key.term, term: key.term, range: 0..<0, normalizedRange: 0..<0, kind: key.kind, pos: key.pos)
            guard filter.accepts(token) else { continue }
            counts[key.term, default: 0] += n
            total += n
        }
        return TermCounts(counts: counts, total: total, characters: characters)
    }
}
