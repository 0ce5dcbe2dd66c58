/// What a corpus keeps of one document's segmentation: every distinct word (its normalized form, the kind and tag
/// of its first occurrence, its count and the original forms that differ from it), the policy phrases counted
/// whole, and the size figures. Every token-based corpus query (freq, compare, rising and falling terms, keywords)
/// is computed from these through the term model's own engine (`TermTally`), whether the document was just read
/// from a file or stored — so the figures are the ones the commands compute from the text.
public struct DocumentTerms: Sendable, Equatable {
    /// A distinct word of the document.
    public struct Term: Sendable, Equatable {
        /// The normalized word.
        public var term: String
        /// Its kind.
        public var kind: TokenKind
        /// Its part-of-speech tag (of the first occurrence).
        public var pos: String
        /// Occurrences.
        public var count: Int
        /// Original forms that differ from `term` (Traditional or full-width writing), with their counts.
        public var surfaces: [String: Int]

        /// A word's figures.
        public init(term: String, kind: TokenKind, pos: String, count: Int, surfaces: [String: Int] = [:]) {
            self.term = term
            self.kind = kind
            self.pos = pos
            self.count = count
            self.surfaces = surfaces
        }
    }

    /// The words (not white space or punctuation), in order of first occurrence.
    public var terms: [Term]
    /// Occurrences of each policy phrase (canonical form, all forms and nested occurrences counted).
    public var phrases: [String: Int]
    /// Non-white-space characters of the normalized text (the per-10k base).
    public var characters: Int

    /// Figures as stored.
    public init(terms: [Term], phrases: [String: Int], characters: Int) {
        self.terms = terms
        self.phrases = phrases
        self.characters = characters
    }

    /// Segments `text` (in the chunks every command uses, so the spans are the same) and counts its words and
    /// policy phrases.
    /// - Complexity: O(n) plus segmentation and phrase matching.
    public init(text: NormalizedText, segmenter: some Segmenter = LexiconSegmenter.shared,
                phrases matcher: (any UnitCounter)? = PolicyPhrases.default) {
        var tally = TermTally()
        tally.add(text: text, segmenter: segmenter, chunkSize: 200_000)
        terms = tally.rows.map { Term(term: $0.term, kind: $0.kind, pos: $0.pos, count: $0.count, surfaces: $0.surfaces) }
        phrases = matcher?.counts(in: text).filter { $0.value > 0 } ?? [:]
        characters = text.nonWhiteSpaceCount
    }

    /// Word tokens (the corpus size for keyness).
    public var wordTokens: Int { terms.reduce(0) { $0 + $1.count } }

    var tally: TermTally {
        TermTally(rows: terms.map { TermTally.Row(term: $0.term, count: $0.count, kind: $0.kind, pos: $0.pos, surfaces: $0.surfaces) })
    }

    /// The profile ``TermCounting`` builds with `model` (policy phrases as whole units overriding the count of the
    /// same key).
    public func profile(model: TermModel, units: Bool = true) -> TermProfile {
        profile(model: model, phrases: units ? phrases : [:])
    }

    /// The profile with `phrases` (counts by canonical phrase) as the units counted whole, instead of the stored
    /// ones: the profile ``TermCounting`` builds with another phrase matcher (some categories only).
    public func profile(model: TermModel, phrases: [String: Int]) -> TermProfile {
        var p = TermProfile()
        p.documents = 1
        p.characters = characters
        let tally = self.tally
        p.tokens = tally.wordTokens
        let (entries, variants, _) = tally.entries(filter: model.filter)
        p.counts.reserveCapacity(entries.count)
        for e in entries { p.counts[e.key] = e.count }
        p.variants = variants
        for (unit, c) in phrases where c > 0 {
            p.counts[unit] = c
            p.units.insert(unit)
        }
        for t in p.counts.keys { p.documentFrequency[t] = 1 }
        return p
    }

    /// The counts `TermCounts(text:segmenter:filter:)` gives (single words; n-grams need the word order and are
    /// counted from the text).
    public func termCounts(filter: TermFilter) -> TermCounts {
        TermCounts(tally, filter: filter, characters: characters)
    }
}
