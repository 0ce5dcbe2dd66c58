/// A term's frequency rank on two sides and how it moved.
public struct RankChange: Sendable, Equatable {
    /// The term.
    public var term: String
    /// Rank in A (1 = most frequent; ties share a rank), `nil` when absent from A.
    public var rankA: Int?
    /// Rank in B, `nil` when absent from B.
    public var rankB: Int?

    /// rankA − rankB: positive when the term climbed in B; `nil` when absent from either side.
    public var change: Int? {
        guard let rankA, let rankB else { return nil }
        return rankA - rankB
    }

    /// Competition ranks ("1224") of counts: ties share the better rank.
    /// - Complexity: O(n log n).
    public static func ranks(_ counts: [String: Int]) -> [String: Int] {
        let sorted = counts.filter { $0.value > 0 }.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.precedesInCodePointOrder($1.key) }
        var ranks: [String: Int] = [:]
        var previous = -1, rank = 0
        for (i, (term, count)) in sorted.enumerated() {
            if count != previous { rank = i + 1; previous = count }
            ranks[term] = rank
        }
        return ranks
    }

    /// The rank changes of the union of both sides' top `limit` terms (by count, ties by term, so exactly `limit` per
    /// side), ordered by rank in B (absent last), then rank in A, then term.
    public static func table(a: [String: Int], b: [String: Int], limit: Int) -> [RankChange] {
        let ra = ranks(a), rb = ranks(b)
        func top(_ counts: [String: Int]) -> [String] {
            counts.filter { $0.value > 0 }.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.precedesInCodePointOrder($1.key) }.prefix(limit).map(\.key)
        }
        let top = Set(top(a)).union(top(b))
        return top.map { RankChange(term: $0, rankA: ra[$0], rankB: rb[$0]) }.sorted {
            let x = ($0.rankB ?? Int.max, $0.rankA ?? Int.max), y = ($1.rankB ?? Int.max, $1.rankA ?? Int.max)
            return x != y ? x < y : $0.term.precedesInCodePointOrder($1.term)
        }
    }
}
