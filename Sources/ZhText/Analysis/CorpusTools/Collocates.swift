/// Collocations: the terms and policy phrases found near a node, pooled over any number of documents.
///
/// Feed documents with ``add(_:)`` (from files, or from a store: the result depends only on the documents' normalized
/// texts), then read ``rows(measure:minimumCount:top:)``. The node is matched as a string, as `kwic` does
/// (``NodeMatch``). Its window holds up to ``window`` word positions on each side (punctuation and white space take
/// none), never crossing a sentence end; overlapping windows are merged, so each position counts once. Collocates are
/// the terms of ``CorpusTerms`` at those positions, and the policy phrases whose every token lies inside a window; the
/// node's own tokens and phrases overlapping it are not collocates. See ``AssociationMeasure`` for the scores.
public struct Collocates: Sendable {
    /// One collocate with its counts and score.
    public struct Row: Sendable, Equatable {
        /// The collocate (term key or canonical policy phrase).
        public var term: String
        /// The counts its score comes from.
        public var counts: AssociationMeasure.Counts
        /// The score under the measure asked for.
        public var score: Double
    }

    /// The string looked for.
    public let node: String
    /// Word positions on each side of the node.
    public let window: Int
    /// What counts as a term.
    public let terms: CorpusTerms
    /// Occurrences of the node so far.
    public private(set) var nodeCount = 0
    /// Word positions so far.
    public private(set) var corpusPositions = 0
    /// Word positions inside node windows so far.
    public private(set) var windowPositions = 0
    /// Documents added.
    public private(set) var documents = 0
    /// Occurrences of each term in the corpus (as ``CorpusTerms/counts(in:)``).
    public private(set) var termCounts: [String: Int] = [:]
    /// Occurrences of each term inside node windows.
    public private(set) var cooccurrences: [String: Int] = [:]

    /// A query for `node` with `window` positions each side, counting `terms`.
    public init(node: String, window: Int = 5, terms: CorpusTerms) {
        self.node = node
        self.window = max(window, 0)
        self.terms = terms
    }

    /// Adds one document.
    /// - Complexity: O(n) plus segmentation, plus O(window) per node occurrence.
    public mutating func add(_ text: NormalizedText) {
        documents += 1
        let nodes = NodeMatch.ranges(of: node, in: text)
        let phraseHits = terms.phraseHits(in: text)
        let phraseNames = Set(phraseHits.map(\.phrase))
        var documentCounts: [String: Int] = [:]
        // Per written-term id (``CorpusTerms/Position/id``): counts, co-occurrences, key, and whether it is a phrase.
        var idCounts: [Int] = [], idCooccurrences: [Int] = [], idKeys: [String] = [], idIsPhrase: [Bool] = []
        var nodeIndex = 0, phraseIndex = 0
        var inWindow: [Bool] = []
        terms.forEachSentence(in: text) { sentence in
            let positions = sentence.positions
            corpusPositions += positions.count
            for p in positions {
                guard let t = p.term else { continue }
                if p.id < 0 { documentCounts[t, default: 0] += 1; continue }
                while idCounts.count <= p.id { idCounts.append(0); idCooccurrences.append(0); idKeys.append(""); idIsPhrase.append(false) }
                if idCounts[p.id] == 0 && idKeys[p.id].isEmpty { idKeys[p.id] = t; idIsPhrase[p.id] = phraseNames.contains(t) }
                idCounts[p.id] += 1
            }
            // Node occurrences starting in this sentence.
            while nodeIndex < nodes.count && nodes[nodeIndex].lowerBound < sentence.range.lowerBound { nodeIndex += 1 }
            var sentenceNodes: [Range<Int>] = []
            while nodeIndex < nodes.count && nodes[nodeIndex].lowerBound < sentence.range.upperBound {
                sentenceNodes.append(nodes[nodeIndex]); nodeIndex += 1
            }
            while phraseIndex < phraseHits.count && phraseHits[phraseIndex].range.lowerBound < sentence.range.lowerBound { phraseIndex += 1 }
            var sentencePhrases: [(phrase: String, range: Range<Int>)] = []
            var k = phraseIndex
            while k < phraseHits.count && phraseHits[k].range.lowerBound < sentence.range.upperBound {
                sentencePhrases.append(phraseHits[k]); k += 1
            }
            guard !sentenceNodes.isEmpty else { return }
            inWindow = Array(repeating: false, count: positions.count)
            for r in sentenceNodes {
                var left = 0
                var i = positions.count - 1
                while i >= 0 && left < window {
                    if positions[i].range.upperBound <= r.lowerBound { inWindow[i] = true; left += 1 }
                    i -= 1
                }
                var right = 0
                i = 0
                while i < positions.count && right < window {
                    if positions[i].range.lowerBound >= r.upperBound { inWindow[i] = true; right += 1 }
                    i += 1
                }
            }
            // The node's own positions are never part of a window.
            for (i, p) in positions.enumerated() where inWindow[i] {
                if sentenceNodes.contains(where: { $0.overlaps(p.range) }) { inWindow[i] = false }
            }
            for (i, p) in positions.enumerated() where inWindow[i] {
                windowPositions += 1
                // A term spelled like a phrase of this document is counted through the phrase's occurrences.
                if p.id >= 0 {
                    if !idIsPhrase[p.id] { idCooccurrences[p.id] += 1 }
                } else if let t = p.term, !phraseNames.contains(t) {
                    cooccurrences[t, default: 0] += 1
                }
            }
            for hit in sentencePhrases where !sentenceNodes.contains(where: { $0.overlaps(hit.range) }) {
                var covered = 0, inside = true
                for (i, p) in positions.enumerated() where p.range.overlaps(hit.range) {
                    covered += 1
                    if !inWindow[i] { inside = false; break }
                }
                if inside && covered > 0 { cooccurrences[hit.phrase, default: 0] += 1 }
            }
        }
        for id in idCounts.indices where idCounts[id] > 0 {
            documentCounts[idKeys[id], default: 0] += idCounts[id]
            if idCooccurrences[id] > 0 { cooccurrences[idKeys[id], default: 0] += idCooccurrences[id] }
        }
        var phraseCounts: [String: Int] = [:]
        for hit in phraseHits { phraseCounts[hit.phrase, default: 0] += 1 }
        for (p, c) in phraseCounts { documentCounts[p] = c }
        for (t, c) in documentCounts { termCounts[t, default: 0] += c }
        nodeCount += nodes.count
    }

    /// The collocates seen at least `minimumCount` times near the node, by score descending then term; at most `top`.
    /// Collocates whose score is undefined are left out.
    /// - Complexity: O(k log k) for k distinct collocates.
    public func rows(measure: AssociationMeasure = .logdice, minimumCount: Int = 1, top: Int? = nil) -> [Row] {
        var rows: [Row] = []
        for (term, o) in cooccurrences where o >= minimumCount {
            let counts = AssociationMeasure.Counts(observed: o, nodeCount: nodeCount, collocateCount: termCounts[term] ?? o,
                                                   windowPositions: windowPositions, corpusPositions: corpusPositions)
            if let s = measure.score(counts) { rows.append(Row(term: term, counts: counts, score: s)) }
        }
        rows.sort { a, b in
            a.score != b.score ? a.score > b.score : a.term.unicodeScalars.lexicographicallyPrecedes(b.term.unicodeScalars)
        }
        if let top, top < rows.count { rows.removeSubrange(max(0, top)...) }
        return rows
    }
}
