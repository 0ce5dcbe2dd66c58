/// The tokens of a text that can be keywords, counted and grouped into runs; shared by the extractors.
struct KeywordCandidates {
    /// Count and first original range of a term.
    struct Stats {
        var count: Int
        var first: Range<Int>
    }

    /// Single-token terms that pass the filter.
    var terms: [String: Stats] = [:]
    /// Terms in order of first occurrence (for deterministic iteration).
    var order: [String] = []
    /// Tokens that pass the filter.
    var total = 0
    /// Runs of adjacent accepted tokens (indices into the token array). Anything else breaks a run, except one space
    /// token between two Latin words (`deep learning`).
    var runs: [[Int]] = []
    /// For each token, whether it passes the filter.
    var accepted: [Bool]

    init(tokens: [Token], filter: TermFilter) {
        accepted = tokens.map(filter.accepts)
        var run: [Int] = []
        for (i, token) in tokens.enumerated() {
            if accepted[i] {
                total += 1
                if let stats = terms[token.term] {
                    terms[token.term] = Stats(count: stats.count + 1, first: stats.first)
                } else {
                    terms[token.term] = Stats(count: 1, first: token.range)
                    order.append(token.term)
                }
                run.append(i)
            } else if token.kind == .space && token.term == " " && !run.isEmpty && tokens[run.last!].kind == .latin
                        && i + 1 < tokens.count && accepted[i + 1] && tokens[i + 1].kind == .latin {
                continue
            } else if !run.isEmpty {
                runs.append(run)
                run.removeAll(keepingCapacity: true)
            }
        }
        if !run.isEmpty { runs.append(run) }
    }

    /// The best `limit` of `scored`, ordered by score descending then term.
    static func top(_ scored: [Keyword], limit: Int) -> [Keyword] {
        let sorted = scored.sorted(by: Keyword.ranks)
        return limit < sorted.count ? Array(sorted.prefix(max(0, limit))) : sorted
    }
}
