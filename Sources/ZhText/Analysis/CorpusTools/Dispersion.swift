/// Where terms occur across a corpus: counts per document, Juilland's D and Gries's DP, and every hit's position for a
/// dispersion plot.
///
/// Feed documents with ``add(name:text:)``, then read ``result(equalParts:)``. Terms are matched as strings in the
/// normalized text, as `kwic` and `trend --term` count them (``NodeMatch``). A part's size is its number of
/// non-white-space characters (the per-10k base). Parts are the documents (empty documents are left out), or, with
/// `equalParts` k (the default when there is a single document), k parts of equal size cut through the pooled text in
/// input order.
public struct Dispersion: Sendable {
    /// One document's hits.
    public struct Document: Sendable, Equatable {
        /// The document's name (the `file` field).
        public var name: String
        /// Non-white-space characters.
        public var characters: Int
        /// Scalars of the normalized text (the plot's strip length).
        public var length: Int
        /// Per term (in ``Dispersion/terms`` order): each hit's normalized start offset.
        public var hits: [[Int]]
        /// Per term: each hit's index among the document's non-white-space characters.
        public var hitCharacters: [[Int]]
    }

    /// One term's figures.
    public struct Row: Sendable, Equatable {
        /// The term as given.
        public var term: String
        /// Occurrences in the corpus.
        public var count: Int
        /// Documents it occurs in.
        public var range: Int
        /// Parts it occurs in.
        public var partsWithHits: Int
        /// Occurrences per 10,000 non-white-space characters.
        public var per10k: Double
        /// Juilland's D over the parts (`nil` when undefined).
        public var juillandD: Double?
        /// Gries's DP over the parts (`nil` when the term does not occur).
        public var griesDP: Double?
        /// DP normalized to reach 1 (`nil` when undefined).
        public var griesDPNormalized: Double?
        /// Occurrences per part.
        public var partCounts: [Int]
    }

    /// The figures of every term, with the parts they were computed over.
    public struct Result: Sendable, Equatable {
        /// What the parts are.
        public enum PartKind: String, Sendable { case documents, equal, groups }
        /// Documents or equal-size parts.
        public var partKind: PartKind
        /// Each part's name (the document, or `part 1`…) and size in non-white-space characters.
        public var parts: [(name: String, characters: Int)]
        /// One row per term, in the order asked.
        public var rows: [Row]

        public static func == (a: Result, b: Result) -> Bool {
            a.partKind == b.partKind && a.rows == b.rows && a.parts.map(\.name) == b.parts.map(\.name)
                && a.parts.map(\.characters) == b.parts.map(\.characters)
        }
    }

    /// The terms, as given.
    public let terms: [String]
    /// The documents added, in order.
    public private(set) var documents: [Document] = []

    /// A query for `terms`.
    public init(terms: [String]) { self.terms = terms }

    /// Adds the documents of `other` (a query for the same terms) after these, under `name` when given: documents
    /// looked at one at a time (e.g. in a store's order) and put in another order afterwards.
    public mutating func append(_ other: Dispersion, name: String? = nil) {
        precondition(other.terms == terms, "the same terms")
        for var d in other.documents {
            if let name { d.name = name }
            documents.append(d)
        }
    }

    /// Adds one document.
    /// - Complexity: O(n × terms).
    public mutating func add(name: String, text: NormalizedText) {
        let scalars = text.scalars
        var hits: [[Int]] = []
        var hitCharacters: [[Int]] = []
        for term in terms {
            let starts = NodeMatch.ranges(of: term, in: text).map(\.lowerBound)
            hits.append(starts)
            // Non-white-space index of each start (starts ascend).
            var indices: [Int] = []
            indices.reserveCapacity(starts.count)
            var nonWhite = 0, at = 0
            for start in starts {
                while at < start { if !Script.isWhiteSpace(scalars[at]) { nonWhite += 1 }; at += 1 }
                indices.append(nonWhite)
            }
            hitCharacters.append(indices)
        }
        documents.append(Document(name: name, characters: text.nonWhiteSpaceCount, length: scalars.count, hits: hits,
                                  hitCharacters: hitCharacters))
    }

    /// The figures over the documents (`equalParts` nil and more than one document) or over `equalParts` parts of equal
    /// size (default 10 when there is one document).
    /// - Complexity: O(documents × terms + hits).
    public func result(equalParts: Int? = nil) -> Result {
        let total = documents.reduce(0) { $0 + $1.characters }
        let k = equalParts ?? (documents.count == 1 ? 10 : nil)
        var parts: [(name: String, characters: Int)] = []
        var counts: [[Int]] = terms.map { _ in [] }   // [term][part]
        if let k, k > 0 {
            guard total > 0 else { return result(kind: .equal, parts: [], counts: terms.map { _ in [] }, total: 0) }
            let kk = max(1, min(k, total))
            // Part j holds pooled characters [j·total/k, (j+1)·total/k).
            func bound(_ j: Int) -> Int { j * total / kk }
            parts = (0..<kk).map { j in ("part \(j + 1)", bound(j + 1) - bound(j)) }
            for t in terms.indices {
                var c = Array(repeating: 0, count: kk)
                var offset = 0
                for d in documents {
                    for h in d.hitCharacters[t] {
                        let pooled = offset + h
                        var j = min(kk - 1, pooled * kk / max(total, 1))
                        while j + 1 < kk && bound(j + 1) <= pooled { j += 1 }
                        while j > 0 && bound(j) > pooled { j -= 1 }
                        c[j] += 1
                    }
                    offset += d.characters
                }
                counts[t] = c
            }
            return result(kind: .equal, parts: parts, counts: counts, total: total)
        }
        let used = documents.indices.filter { documents[$0].characters > 0 }
        parts = used.map { (documents[$0].name, documents[$0].characters) }
        for t in terms.indices { counts[t] = used.map { documents[$0].hits[t].count } }
        return result(kind: .documents, parts: parts, counts: counts, total: total)
    }

    /// The figures over groups of documents (periods, sources): `groups[i]` names the group of document i (`nil`
    /// leaves it out), `order` the groups in display order. A group's size is the sum of its documents' sizes; range
    /// still counts documents.
    /// - Complexity: O(documents × terms).
    public func result(groups: [String?], order: [String]) -> Result {
        let index = Dictionary(order.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { a, _ in a })
        var sizes = Array(repeating: 0, count: order.count)
        var counts: [[Int]] = terms.map { _ in Array(repeating: 0, count: order.count) }
        var total = 0
        for (d, doc) in documents.enumerated() {
            guard d < groups.count, let g = groups[d], let k = index[g] else { continue }
            sizes[k] += doc.characters
            total += doc.characters
            for t in terms.indices { counts[t][k] += doc.hits[t].count }
        }
        let used = order.indices.filter { sizes[$0] > 0 }
        return result(kind: .groups, parts: used.map { (order[$0], sizes[$0]) }, counts: counts.map { c in used.map { c[$0] } },
                      total: total, included: documents.indices.filter { $0 < groups.count && groups[$0].flatMap { index[$0] } != nil })
    }

    private func result(kind: Result.PartKind, parts: [(name: String, characters: Int)], counts: [[Int]], total: Int,
                        included: [Int]? = nil) -> Result {
        let sizes = parts.map(\.characters)
        let docs = (included ?? Array(documents.indices)).map { documents[$0] }
        let rows = terms.indices.map { t -> Row in
            let count = docs.reduce(0) { $0 + $1.hits[t].count }
            let dp = DispersionMeasures.griesDP(frequencies: counts[t], sizes: sizes)
            return Row(term: terms[t], count: count, range: docs.filter { !$0.hits[t].isEmpty }.count,
                       partsWithHits: counts[t].filter { $0 > 0 }.count,
                       per10k: total > 0 ? Double(count) * 10_000 / Double(total) : 0,
                       juillandD: DispersionMeasures.juillandD(frequencies: counts[t], sizes: sizes),
                       griesDP: dp?.dp, griesDPNormalized: dp?.normalized, partCounts: counts[t])
        }
        return Result(partKind: kind, parts: parts, rows: rows)
    }
}
