/// How many of two sides' top keywords they share.
public struct KeywordOverlap: Sendable, Equatable {
    /// Keywords in both top lists, sorted.
    public var shared: [String]
    /// The list length compared (the top `k` of each side).
    public var k: Int
    /// |A ∩ B| / |A ∪ B| of the two top lists; 0 when both are empty.
    public var jaccard: Double

    /// Compares the top `k` of two ranked keyword lists (best first).
    /// - Complexity: O(k log k).
    public init(_ a: [String], _ b: [String], k: Int) {
        let sa = Set(a.prefix(k)), sb = Set(b.prefix(k))
        let both = sa.intersection(sb)
        let union = sa.union(sb)
        self.shared = both.sorted()
        self.k = k
        self.jaccard = union.isEmpty ? 0 : Double(both.count) / Double(union.count)
    }
}
