/// Term counts of one document: how often each term occurs as a token (or each word n-gram as a word sequence).
///
/// Counts merge exactly (``merge(_:)``), so a long text counted in chunks gives the same result as counted whole.
public struct TermCounts: Sendable, Equatable {
    /// Occurrences per term.
    public private(set) var counts: [String: Int] = [:]
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
    /// With `ngram` n > 1, counts sequences of n consecutive words that all pass the filter, joined by a space
    /// (`高质量 发展`); white space between words is skipped, anything else (punctuation, a word the filter rejects,
    /// a line break) ends the sequence.
    /// - Complexity: O(tokens × n).
    public init(tokens: [Token], in text: NormalizedText, filter: TermFilter, ngram: Int = 1) {
        characters = text.nonWhiteSpaceCount
        if ngram <= 1 {
            for token in tokens where filter.accepts(token) {
                counts[token.term, default: 0] += 1
                total += 1
            }
            return
        }
        var window: [String] = []
        for token in tokens {
            if token.kind == .space && !token.term.unicodeScalars.contains(where: Script.isLineBreak) { continue }
            guard filter.accepts(token) else { window.removeAll(keepingCapacity: true); continue }
            window.append(token.term)
            if window.count > ngram { window.removeFirst() }
            if window.count == ngram {
                counts[window.joined(separator: " "), default: 0] += 1
                total += 1
            }
        }
    }

    /// The same counts as `init(tokens: segmenter.tokens(in: text), in: text, filter:, ngram:)`, segmenting `text` in
    /// chunks of about `chunkSize` scalars cut where the segmenter always has a boundary, so that a huge text never
    /// holds all its tokens in memory at once.
    /// - Complexity: O(n × ngram) time; memory O(chunk + distinct terms).
    public init(text: NormalizedText, segmenter: some Segmenter, filter: TermFilter, ngram: Int = 1, chunkSize: Int = 200_000) {
        characters = text.nonWhiteSpaceCount
        var window: [String] = []
        for chunk in TextChunks.ranges(of: text.scalars, size: chunkSize) {
            for span in segmenter.spans(in: text, range: chunk) {
                let term = text.normalizedText(of: span.range)
                // Filters look at the term, kind and part of speech only.
                let token = Token(text: term, term: term, range: 0..<0, normalizedRange: span.range, kind: span.kind, pos: span.pos)
                if ngram <= 1 {
                    if filter.accepts(token) { counts[term, default: 0] += 1; total += 1 }
                    continue
                }
                if token.kind == .space && !term.unicodeScalars.contains(where: Script.isLineBreak) { continue }
                guard filter.accepts(token) else { window.removeAll(keepingCapacity: true); continue }
                window.append(term)
                if window.count > ngram { window.removeFirst() }
                if window.count == ngram {
                    counts[window.joined(separator: " "), default: 0] += 1
                    total += 1
                }
            }
        }
    }

    /// Adds `other`'s counts (another chunk of the same document, or another document for corpus totals).
    public mutating func merge(_ other: TermCounts) {
        counts.merge(other.counts, uniquingKeysWith: +)
        total += other.total
        characters += other.characters
    }

    /// Occurrences of `term` per 10,000 non-white-space characters (0 for an empty text).
    public func per10k(_ term: String) -> Double {
        characters == 0 ? 0 : Double(counts[term] ?? 0) * 10_000 / Double(characters)
    }
}
