/// TextRank keywords (Mihalcea & Tarau 2004, "TextRank: Bringing Order into Texts").
///
/// Candidate words are the vertices of an undirected graph; two candidates are linked when they occur within
/// ``KeywordOptions/window`` words of each other (weighted by how often they do). Scores follow
/// WS(v) = (1 − d) + d · Σ_u w(u,v) / Σ_x w(u,x) · WS(u), iterated from 1 until no score moves more than the
/// tolerance (or the iteration cap). Reported scores are divided by the largest, so the best keyword scores 1.
/// Vertices are numbered by first occurrence and sums run in that order, so results are deterministic.
/// - Complexity: O(I · E) for I iterations over E edges.
public struct TextRank: KeywordExtractor {
    /// Options shared by the extractors (``KeywordOptions/window``, ``KeywordOptions/damping`` …).
    public var options: KeywordOptions
    /// The segmenter used on plain text.
    public let segmenter: any Segmenter

    /// A TextRank extractor.
    public init(options: KeywordOptions = KeywordOptions(), segmenter: any Segmenter = LexiconSegmenter.default) {
        self.options = options
        self.segmenter = segmenter
    }

    /// The best `limit` keywords of `tokens`; the best scores 1.
    public func extract(from tokens: [Token], in text: NormalizedText, limit: Int) throws -> [Keyword] {
        let candidates = KeywordCandidates(tokens: tokens, in: text, filter: try options.resolvedFilter(), options: options)
        guard candidates.total > 0 else { return [] }
        let n = candidates.order.count

        // Edges: the sequence of words (spaces skipped, punctuation kept as positions that are never linked).
        var edges: [[Int: Double]] = Array(repeating: [:], count: n)
        var sequence: [Int] = []  // vertex index, or -1 for a word that is not a candidate
        for (i, token) in tokens.enumerated() where token.kind != .space {
            sequence.append(candidates.ids[i])
        }
        let window = max(2, options.window)
        for i in sequence.indices where sequence[i] >= 0 {
            for j in (i + 1)..<min(sequence.count, i + window) where sequence[j] >= 0 && sequence[j] != sequence[i] {
                edges[sequence[i]][sequence[j], default: 0] += 1
                edges[sequence[j]][sequence[i], default: 0] += 1
            }
        }
        // Adjacency lists in vertex order, with each neighbour's total outgoing weight.
        let neighbours: [[(Int, Double)]] = edges.map { $0.sorted { $0.key < $1.key }.map { ($0.key, $0.value) } }
        let outWeight: [Double] = neighbours.map { $0.reduce(0) { $0 + $1.1 } }

        let d = options.damping
        var score = [Double](repeating: 1, count: n)
        for _ in 0..<max(1, options.maximumIterations) {
            var next = [Double](repeating: 1 - d, count: n)
            var change = 0.0
            for v in 0..<n {
                var sum = 0.0
                for (u, w) in neighbours[v] { sum += w / outWeight[u] * score[u] }
                next[v] += d * sum
                change = max(change, abs(next[v] - score[v]))
            }
            score = next
            if change <= options.tolerance { break }
        }
        let best = score.max() ?? 1
        let scored = candidates.order.indices.map { id -> Keyword in
            let stats = candidates.stats[id]
            let key = candidates.order[id]
            return Keyword(term: candidates.variants.shown(key, count: stats.count), score: score[id] / best,
                           count: stats.count, range: stats.first, variants: candidates.variants.variants(key, count: stats.count))
        }
        return KeywordCandidates.top(scored, limit: limit)
    }
}
