import Foundation

/// How strongly a collocate is attracted to a node, from the counts of one collocation query.
///
/// Counts (Evert 2008, "Corpora and collocations", §5.2, surface co-occurrence): `O` = occurrences of the collocate
/// inside the node's windows, `f1` = occurrences of the node, `f2` = occurrences of the collocate in the whole corpus,
/// `R` = word positions inside the node's windows (each position once, however many windows cover it), `N` = word
/// positions in the corpus. The 2×2 table is
///
/// ```
///                 collocate      other
/// in a window     O11 = O        O12 = R − O
/// elsewhere       O21 = f2 − O   O22 = N − R − f2 + O
/// E11 = R · f2 / N   (Eij = row i total × column j total / N)
/// ```
///
/// - `logdice` (Rychlý 2008): `14 + log2(2·O / (f1 + f2))`; at most 14, independent of corpus size.
/// - `mi` (Church & Hanks 1990): `log2(O / E11)`.
/// - `t` (Church et al. 1991; Evert 2005): `(O − E11) / √O`.
/// - `g2` (Dunning 1993): `2 Σ Oij · ln(Oij / Eij)` over the four cells (0·ln 0 = 0), negative when `O < E11`.
public enum AssociationMeasure: String, Sendable, CaseIterable, Equatable {
    case logdice, mi, t, g2

    /// The counts a score is computed from.
    public struct Counts: Sendable, Equatable {
        /// Co-occurrences: the collocate's occurrences inside the node's windows.
        public var observed: Int
        /// The node's occurrences.
        public var nodeCount: Int
        /// The collocate's occurrences in the corpus.
        public var collocateCount: Int
        /// Word positions inside the node's windows.
        public var windowPositions: Int
        /// Word positions in the corpus.
        public var corpusPositions: Int

        /// Counts for one collocate.
        public init(observed: Int, nodeCount: Int, collocateCount: Int, windowPositions: Int, corpusPositions: Int) {
            self.observed = observed
            self.nodeCount = nodeCount
            self.collocateCount = collocateCount
            self.windowPositions = windowPositions
            self.corpusPositions = corpusPositions
        }

        /// `E11 = R · f2 / N`, the co-occurrences expected if the collocate were spread at random.
        public var expected: Double {
            corpusPositions > 0 ? Double(windowPositions) * Double(collocateCount) / Double(corpusPositions) : 0
        }
    }

    /// The score of `counts` under this measure (`nil` when undefined: no co-occurrence, empty corpus).
    /// - Complexity: O(1).
    public func score(_ c: Counts) -> Double? {
        let o = Double(c.observed)
        guard c.observed > 0, c.corpusPositions > 0 else { return nil }
        switch self {
        case .logdice:
            return 14 + log2(2 * o / Double(c.nodeCount + c.collocateCount))
        case .mi:
            let e = c.expected
            return e > 0 ? log2(o / e) : nil
        case .t:
            return (o - c.expected) / o.squareRoot()
        case .g2:
            let n = Double(c.corpusPositions), r = Double(c.windowPositions), f2 = Double(c.collocateCount)
            let cells = [o, r - o, f2 - o, n - r - f2 + o].map { max($0, 0) }
            let rows = [r, n - r], cols = [f2, n - f2]
            var sum = 0.0
            for (k, cell) in cells.enumerated() where cell > 0 {
                let e = rows[k / 2] * cols[k % 2] / n
                if e > 0 { sum += cell * log(cell / e) }
            }
            let g = max(2 * sum, 0)
            return o < c.expected ? -g : g
        }
    }
}
