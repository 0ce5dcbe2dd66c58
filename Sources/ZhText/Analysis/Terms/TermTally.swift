/// The counting engine of the term model: word tokens counted by their bytes (``TermInterner``, no `String` hashing
/// per token), each distinct string judged once by the filter (with the kind and tag of its first occurrence) and
/// grouped by ``TermKey`` at the end, with the original forms that differ from the normalized term kept as
/// ``TermVariants``.
///
/// Every component that counts terms (top terms, `freq`, keywords over long texts, trends, comparisons, IDF tables)
/// counts through this type, so they agree on what a term is.
struct TermTally {
    private var interner = TermInterner()
    private var counts: [Int] = []
    private var firstKind: [TokenKind] = []
    private var firstPOS: [String] = []
    private var firstRange: [Range<Int>] = []
    /// Per id: original forms that differ from the normalized term (Traditional or full-width writing).
    private var surfaces: [Int: [String: Int]] = [:]
    /// Whether every term so far is plain (``TermKey/isPlain(_:)``) and its own key: then ids are keys.
    private var idsAreKeys = true
    /// Word tokens (not space or punctuation) seen.
    private(set) var wordTokens = 0

    init(capacity: Int = 1024) { interner = TermInterner(capacity: capacity) }

    /// Counts one word token: its normalized `term`, kind, tag, original range, and its original form when that
    /// differs from `term` (nil otherwise).
    @inline(__always)
    mutating func add(_ term: String, kind: TokenKind, pos: String, range: Range<Int>, surface: String? = nil) {
        wordTokens += 1
        let (id, isNew) = interner.intern(term)
        if isNew {
            if idsAreKeys && (!TermKey.isPlain(term) || TermKey.of(term) != term) { idsAreKeys = false }
            counts.append(1)
            firstKind.append(kind)
            firstPOS.append(pos)
            firstRange.append(range)
        } else {
            counts[id] += 1
        }
        if let surface { surfaces[id, default: [:]][surface, default: 0] += 1 }
    }

    /// Counts the word tokens of `tokens`.
    mutating func add(tokens: [Token]) {
        for token in tokens where token.kind != .space && token.kind != .punctuation && !token.normalizedRange.isEmpty {
            add(token.term, kind: token.kind, pos: token.pos, range: token.range, surface: Self.surface(of: token))
        }
    }

    /// Segments `text` range by range (``TextChunks/ranges(of:size:insideLines:)``) and counts its word tokens; the
    /// original scalars of `text` start at `offset` in the input.
    mutating func add(text: NormalizedText, offset: Int = 0, segmenter: some Segmenter, chunkSize: Int) {
        let original = text.original, scalars = text.scalars
        for chunk in TextChunks.ranges(of: scalars, size: chunkSize) {
            for span in segmenter.spans(in: text, range: chunk)
            where span.kind != .space && span.kind != .punctuation && !span.range.isEmpty {
                let range = text.originalRange(of: span.range)
                var surface: String? = nil
                if range.count == span.range.count && !original[range].elementsEqual(scalars[span.range]) {
                    surface = String(scalars: original[range])
                }
                add(text.normalizedText(of: span.range), kind: span.kind, pos: span.pos,
                    range: (range.lowerBound + offset)..<(range.upperBound + offset), surface: surface)
            }
        }
    }

    /// The original form of `token` when it differs from its term character for character (Traditional or
    /// full-width writing); nil when it is the term, or when normalization changed its length (a re-joined line).
    @inline(__always)
    static func surface(of token: Token) -> String? {
        let text = token.text, term = token.term
        if text.utf8.count == term.utf8.count && text.utf8.elementsEqual(term.utf8) { return nil }
        return text.unicodeScalars.count == term.unicodeScalars.count ? text : nil
    }

    /// One term key with its figures.
    struct Entry {
        var key: String
        var count: Int
        /// Original range of the first occurrence.
        var first: Range<Int>
    }

    /// The terms that pass `filter`, grouped by key, in order of first occurrence, with their forms.
    func entries(filter: TermFilter) -> (entries: [Entry], variants: TermVariants, total: Int) {
        var entries: [Entry] = []
        var variants = TermVariants()
        var index: [String: Int] = [:]
        var total = 0
        for (id, term) in interner.terms.enumerated() {
            guard filter.accepts(term: term, kind: firstKind[id], pos: firstPOS[id]) else { continue }
            let count = counts[id]
            total += count
            let key = idsAreKeys ? term : TermKey.of(term)
            if idsAreKeys {
                entries.append(Entry(key: key, count: count, first: firstRange[id]))
            } else if let k = index[key] {
                entries[k].count += count
                if firstRange[id].lowerBound < entries[k].first.lowerBound { entries[k].first = firstRange[id] }
            } else {
                index[key] = entries.count
                entries.append(Entry(key: key, count: count, first: firstRange[id]))
            }
            var own = count
            if let forms = surfaces[id] {
                for (form, c) in forms { variants.add(form, key: key, count: c); own -= c }
            }
            if term != key { variants.add(term, key: key, count: own) }
        }
        return (entries, variants, total)
    }

    /// Distinct term keys among every word token counted (before filtering).
    var distinctKeys: Int {
        idsAreKeys ? interner.count : Set(interner.terms.lazy.map(TermKey.of)).count
    }
}

extension TermTally {
    /// One distinct normalized term of a tally, as a corpus store keeps it (``DocumentTerms``).
    struct Row: Sendable, Equatable {
        var term: String
        var count: Int
        var kind: TokenKind
        var pos: String
        var surfaces: [String: Int]
    }

    /// The distinct terms in order of first occurrence, with the kind and tag of that occurrence.
    var rows: [Row] {
        interner.terms.enumerated().map { id, term in
            Row(term: term, count: counts[id], kind: firstKind[id], pos: firstPOS[id], surfaces: surfaces[id] ?? [:])
        }
    }

    /// A tally holding `rows` (first-occurrence ranges are not kept: they read as empty).
    init(rows: [Row]) {
        self.init(capacity: max(16, rows.count))
        for row in rows where row.count > 0 {
            add(row.term, kind: row.kind, pos: row.pos, range: 0..<0)
            let id = counts.count - 1
            counts[id] = row.count
            wordTokens += row.count - 1
            if !row.surfaces.isEmpty { surfaces[id] = row.surfaces }
        }
    }
}
