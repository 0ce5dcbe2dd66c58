/// The tokens of a text that can be keywords, counted and grouped into runs; shared by the extractors.
struct KeywordCandidates {
    /// Count, weighted count and first original range of a term.
    struct Stats {
        var count: Int
        var weight: Double
        var first: Range<Int>
    }

    /// Term keys by id; ids are given in order of first occurrence (deterministic iteration).
    var order: [String] = []
    /// Figures of each term, by id.
    var stats: [Stats] = []
    /// Id of each key.
    var index: [String: Int] = [:]
    /// Tokens that pass the filter.
    var total = 0
    /// Runs of adjacent accepted tokens (indices into the token array). Anything else breaks a run, except one space
    /// token between two Latin words (`deep learning`).
    var runs: [[Int]] = []
    /// For each token, whether it passes the filter.
    var accepted: [Bool]
    /// For each token, the id of its term's key (``TermKey``), or -1 when the token does not pass the filter.
    var ids: [Int]
    /// The original forms behind the keys (what each keyword shows).
    var variants = TermVariants()

    /// End of the title in the normalized text (0 when the text has none); see ``KeywordOptions/titleWeight``.
    var titleEnd = 0
    /// Weight of an occurrence in the title.
    var titleWeight = 1.0

    init(tokens: [Token], in text: NormalizedText, filter: TermFilter, options: KeywordOptions) {
        accepted = Array(repeating: false, count: tokens.count)
        ids = Array(repeating: -1, count: tokens.count)
        titleEnd = Self.titleEnd(of: text, maximumLength: options.titleMaximumLength)
        titleWeight = options.titleWeight
        // Per distinct term string (by bytes): the filter's verdict for its first kind and POS, and its key id, so
        // that tokens repeating a term need no String hashing.
        struct Seen {
            var kind: TokenKind
            var pos: String
            var accepted: Bool
            var key: Int
            var differsFromKey: Bool
        }
        var interner = TermInterner(capacity: max(16, tokens.count / 4))
        var seen: [Seen] = []
        var run: [Int] = []
        for (i, token) in tokens.enumerated() {
            // The verdict of a term seen before with the same kind and POS is reused; kinds the filter never
            // accepts need no lookup at all.
            var local = -1
            if filter.admits(token.kind) {
                let (id, isNew) = interner.intern(token.term)
                local = id
                if isNew {
                    seen.append(Seen(kind: token.kind, pos: token.pos, accepted: filter.accepts(token), key: -1,
                                     differsFromKey: TermKey.of(token.term) != token.term))
                }
                let same = seen[local].kind == token.kind && seen[local].pos == token.pos
                accepted[i] = same ? seen[local].accepted : filter.accepts(token)
            }
            if accepted[i] {
                // A title and the text after it are separate runs, even when normalization joined their lines.
                if let last = run.last, tokens[last].normalizedRange.lowerBound < titleEnd, token.normalizedRange.lowerBound >= titleEnd {
                    runs.append(run)
                    run.removeAll(keepingCapacity: true)
                }
                total += 1
                let id: Int
                if seen[local].key >= 0 {
                    id = seen[local].key
                } else {
                    let key = TermKey.of(token.term)
                    if let known = index[key] {
                        id = known
                    } else {
                        id = order.count
                        index[key] = id
                        order.append(key)
                        stats.append(Stats(count: 0, weight: 0, first: token.range))
                    }
                    seen[local].key = id
                }
                ids[i] = id
                // Remembers the written form when it is not the key (Traditional, full-width or capitalised writing).
                if let surface = TermTally.surface(of: token) {
                    variants.add(surface, key: order[id])
                } else if seen[local].differsFromKey {
                    variants.add(token.term, key: order[id])
                }
                stats[id].count += 1
                stats[id].weight += weight(of: token)
                run.append(i)
            } else if token.kind == .space && token.term == " " && !run.isEmpty && tokens[run.last!].kind == .latin
                        && i + 1 < tokens.count && tokens[i + 1].kind == .latin && filter.accepts(tokens[i + 1]) {
                continue
            } else if !run.isEmpty {
                runs.append(run)
                run.removeAll(keepingCapacity: true)
            }
        }
        if !run.isEmpty { runs.append(run) }
    }

    /// How much an occurrence starting at `token` counts.
    @inline(__always)
    func weight(of token: Token) -> Double {
        token.normalizedRange.lowerBound < titleEnd ? titleWeight : 1
    }

    /// The end (in the normalized text) of the first line when it is a title: non-empty, at most `maximumLength`
    /// characters, and followed by more text; otherwise 0. Lines are those of the original text, since
    /// normalization may re-join a title to the paragraph after it.
    static func titleEnd(of text: NormalizedText, maximumLength: Int) -> Int {
        let s = text.original
        var i = 0
        while i < s.count && Script.isWhiteSpace(s[i]) { i += 1 }
        let start = i
        while i < s.count && !Script.isLineBreak(s[i]) { i += 1 }
        guard i < s.count, i > start, i - start <= maximumLength,
              s[i...].contains(where: { !Script.isWhiteSpace($0) }) else { return 0 }
        // First normalized position whose original offset is at or after the line break (offsets are monotonic).
        var lo = 0, hi = text.scalars.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if text.map.originalOffset(of: mid) < i { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The best `limit` of `scored`, ordered by score descending then term.
    static func top(_ scored: [Keyword], limit: Int) -> [Keyword] {
        let sorted = scored.sorted(by: Keyword.ranks)
        return limit < sorted.count ? Array(sorted.prefix(max(0, limit))) : sorted
    }
}
