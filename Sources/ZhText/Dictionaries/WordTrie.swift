/// A compact, immutable trie over Unicode scalars, stored in flat arrays (compressed sparse rows) so that it can be
/// written to and read from a binary file without parsing.
///
/// Node 0 is the root. The edges of node `k` are `firstEdge[k]..<firstEdge[k+1]`, sorted by label. Children of the
/// root in the Basic Multilingual Plane are also found through a direct table (one array access).
struct WordTrie: Sendable {
    var firstEdge: [UInt32]
    var labels: [UInt32]
    var targets: [UInt32]
    /// Word index of each node, or -1.
    var wordOfNode: [Int32]
    /// Root child by BMP scalar value (0 = none; 0 is never a child).
    var rootTable: [UInt32]
    var frequencies: [UInt32]
    var posIndex: [UInt16]
    var origins: [UInt8]
    var posNames: [String]

    var nodeCount: Int { wordOfNode.count }
    var wordCount: Int { frequencies.count }

    static let empty = WordTrie(entries: [])

    /// Builds the trie from unique entries (the last one wins if a term repeats).
    /// - Complexity: O(n log n) in the total number of scalars.
    init(entries: [LexiconEntry]) {
        var byTerm: [String: Int] = [:]
        var unique: [LexiconEntry] = []
        for e in entries {
            if let k = byTerm[e.term] { unique[k] = e } else { byTerm[e.term] = unique.count; unique.append(e) }
        }
        let keys: [[UInt32]] = unique.map { $0.term.unicodeScalars.map(\.value) }
        let order = keys.indices.sorted { keys[$0].lexicographicallyPrecedes(keys[$1]) }
        var posNames: [String] = []
        var posIDs: [String: UInt16] = [:]
        frequencies = []; posIndex = []; origins = []
        frequencies.reserveCapacity(unique.count)
        firstEdge = []; labels = []; targets = []; wordOfNode = []
        // Breadth-first: nodes are numbered in the order they are processed, so each node's edges are contiguous.
        var queue: [(lo: Int, hi: Int, depth: Int)] = [(0, order.count, 0)]
        var head = 0
        while head < queue.count {
            var (lo, hi, depth) = queue[head]
            head += 1
            firstEdge.append(UInt32(labels.count))
            if lo < hi && keys[order[lo]].count == depth {
                let e = unique[order[lo]]
                wordOfNode.append(Int32(frequencies.count))
                frequencies.append(UInt32(clamping: e.frequency))
                let p: UInt16
                if let known = posIDs[e.pos] { p = known } else {
                    p = UInt16(posNames.count); posIDs[e.pos] = p; posNames.append(e.pos)
                }
                posIndex.append(p)
                origins.append(e.origin.rawValue)
                lo += 1
            } else {
                wordOfNode.append(-1)
            }
            var i = lo
            while i < hi {
                let label = keys[order[i]][depth]
                var j = i + 1
                while j < hi && keys[order[j]][depth] == label { j += 1 }
                labels.append(label)
                targets.append(UInt32(queue.count))
                queue.append((i, j, depth + 1))
                i = j
            }
        }
        firstEdge.append(UInt32(labels.count))
        self.posNames = posNames
        rootTable = [UInt32](repeating: 0, count: 0x10000)
        if !firstEdge.isEmpty {
            for e in Int(firstEdge[0])..<Int(firstEdge[1]) where labels[e] < 0x10000 {
                rootTable[Int(labels[e])] = targets[e]
            }
        }
    }

    init(firstEdge: [UInt32], labels: [UInt32], targets: [UInt32], wordOfNode: [Int32], rootTable: [UInt32],
         frequencies: [UInt32], posIndex: [UInt16], origins: [UInt8], posNames: [String]) {
        self.firstEdge = firstEdge; self.labels = labels; self.targets = targets; self.wordOfNode = wordOfNode
        self.rootTable = rootTable; self.frequencies = frequencies; self.posIndex = posIndex; self.origins = origins
        self.posNames = posNames
    }

    /// The child of `node` along `scalar`, or -1.
    /// - Complexity: O(1) at the root for BMP scalars, O(log k) otherwise for k children.
    @inline(__always)
    func child(_ node: Int, _ scalar: UInt32) -> Int {
        if node == 0 && scalar < 0x10000 {
            let t = rootTable[Int(scalar)]
            return t == 0 ? -1 : Int(t)
        }
        var lo = Int(firstEdge[node]), hi = Int(firstEdge[node + 1])
        if hi - lo <= 8 {
            while lo < hi {
                if labels[lo] == scalar { return Int(targets[lo]) }
                lo += 1
            }
            return -1
        }
        while lo < hi {
            let mid = (lo + hi) >> 1
            let l = labels[mid]
            if l == scalar { return Int(targets[mid]) }
            if l < scalar { lo = mid + 1 } else { hi = mid }
        }
        return -1
    }

    /// The word index of a term, or -1.
    func wordIndex<S: Sequence>(of scalars: S) -> Int where S.Element == Unicode.Scalar {
        guard nodeCount > 0 else { return -1 }
        var node = 0
        for s in scalars {
            node = child(node, s.value)
            if node < 0 { return -1 }
        }
        return Int(wordOfNode[node])
    }

    /// Every entry, in code-point order of the terms.
    func allEntries() -> [LexiconEntry] {
        var result: [LexiconEntry] = []
        result.reserveCapacity(wordCount)
        func visit(_ node: Int, _ prefix: inout String.UnicodeScalarView) {
            let w = Int(wordOfNode[node])
            if w >= 0 {
                result.append(LexiconEntry(term: String(prefix), frequency: Int(frequencies[w]),
                                           pos: posNames[Int(posIndex[w])], origin: WordOrigin(rawValue: origins[w]) ?? .general))
            }
            for e in Int(firstEdge[node])..<Int(firstEdge[node + 1]) {
                prefix.append(Unicode.Scalar(labels[e])!)
                visit(Int(targets[e]), &prefix)
                prefix.removeLast()
            }
        }
        if nodeCount > 0 {
            var prefix = String.UnicodeScalarView()
            visit(0, &prefix)
        }
        return result
    }
}
