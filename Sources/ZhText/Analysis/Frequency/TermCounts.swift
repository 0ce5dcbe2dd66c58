/// Term counts of a document (or of several, merged): how often each term occurs as a token, by term key
/// (``TermKey``), with the original forms behind each key (``TermVariants``).
///
/// Counts merge exactly (``merge(_:)``), so a long text counted in chunks gives the same result as counted whole.
/// Build them through ``TermModel`` (or the initializers here, which take the model's filter).
public struct TermCounts: Sendable, Equatable {
    /// Occurrences per term key.
    public private(set) var counts: [String: Int] = [:]
    /// The original forms behind the keys.
    public private(set) var variants = TermVariants()
    /// Terms (or n-grams) counted.
    public private(set) var total = 0
    /// Non-white-space characters of the normalized text: the denominator of "per 10,000 characters".
    public private(set) var characters = 0

    public init() {}

    /// Counts as computed elsewhere (for example from a corpus store's per-document token counts).
    public init(counts: [String: Int], total: Int, characters: Int) {
        self.counts = counts
        self.total = total
        self.characters = characters
    }

    /// Counts the terms of `tokens` (the segmentation of `text`) that pass `filter`.
    ///
    /// With `ngram` n > 1, counts sequences of n consecutive words that all pass the filter, their keys joined by a
    /// space (`高质量 发展`); white space between words is skipped, anything else (punctuation, a word the filter
    /// rejects, a line break) ends the sequence.
    /// - Complexity: O(tokens × n).
    public init(tokens: [Token], in text: NormalizedText, filter: TermFilter, ngram: Int = 1) {
        characters = text.nonWhiteSpaceCount
        if ngram <= 1 {
            var tally = TermTally(capacity: max(16, tokens.count / 4))
            tally.add(tokens: tokens)
            add(tally, filter: filter)
            return
        }
        var window = NgramWindow(n: ngram)
        for token in tokens { window.push(token.term, kind: token.kind, pos: token.pos, filter: filter, into: &self) }
    }

    /// The same counts as `init(tokens: segmenter.tokens(in: text), in: text, filter:, ngram:)`, segmenting `text` in
    /// chunks of about `chunkSize` scalars cut where the segmenter always has a boundary, so that a huge text never
    /// holds all its tokens in memory at once.
    /// - Complexity: O(n × ngram) time; memory O(chunk + distinct terms).
    public init(text: NormalizedText, segmenter: some Segmenter, filter: TermFilter, ngram: Int = 1, chunkSize: Int = 200_000) {
        characters = text.nonWhiteSpaceCount
        if ngram <= 1 {
            var tally = TermTally()
            tally.add(text: text, segmenter: segmenter, chunkSize: chunkSize)
            add(tally, filter: filter)
            return
        }
        var window = NgramWindow(n: ngram)
        for chunk in TextChunks.ranges(of: text.scalars, size: chunkSize) {
            for span in segmenter.spans(in: text, range: chunk) {
                window.push(text.normalizedText(of: span.range), kind: span.kind, pos: span.pos, filter: filter, into: &self)
            }
        }
    }

    /// Counts from a tally (the terms that pass `filter`), with `characters` as the per-10k base.
    init(_ tally: TermTally, filter: TermFilter, characters: Int) {
        self.characters = characters
        add(tally, filter: filter)
    }

    private mutating func add(_ tally: TermTally, filter: TermFilter) {
        let (entries, variants, total) = tally.entries(filter: filter)
        counts.reserveCapacity(entries.count)
        for e in entries { counts[e.key] = e.count }
        self.variants = variants
        self.total = total
    }

    /// Sequences of n accepted words.
    private struct NgramWindow {
        let n: Int
        var window: [String] = []

        mutating func push(_ term: String, kind: TokenKind, pos: String, filter: TermFilter, into counts: inout TermCounts) {
            if kind == .space && !term.unicodeScalars.contains(where: Script.isLineBreak) { return }
            guard filter.accepts(term: term, kind: kind, pos: pos) else { window.removeAll(keepingCapacity: true); return }
            window.append(TermKey.of(term))
            if window.count > n { window.removeFirst() }
            if window.count == n {
                counts.counts[window.joined(separator: " "), default: 0] += 1
                counts.total += 1
            }
        }
    }

    /// Adds `other`'s counts (another chunk of the same document, or another document for corpus totals).
    public mutating func merge(_ other: TermCounts) {
        counts.merge(other.counts, uniquingKeysWith: +)
        variants.merge(other.variants)
        total += other.total
        characters += other.characters
    }

    /// What the term with `key` shows: its most frequent original form.
    public func shown(_ key: String) -> String { variants.shown(key, count: counts[key] ?? 0) }

    /// The forms merged under `key` (empty when it was written one way only).
    public func variants(of key: String) -> [String] { variants.variants(key, count: counts[key] ?? 0) }

    /// Occurrences of `term` (any form) per 10,000 non-white-space characters (0 for an empty text).
    public func per10k(_ term: String) -> Double {
        characters == 0 ? 0 : Double(counts[TermKey.of(term)] ?? 0) * 10_000 / Double(characters)
    }
}
