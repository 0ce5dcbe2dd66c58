import Foundation

/// Memory holding a compiled trie: either a read-only mapping of a cache file (pages are read only when touched, so
/// start-up does not depend on the lexicon's size) or an allocation.
final class TrieMemory: @unchecked Sendable {
    let base: UnsafeRawPointer
    let size: Int
    private let mapped: Bool

    /// Copies `bytes` into new memory.
    init(copying bytes: [UInt8]) {
        let p = UnsafeMutableRawPointer.allocate(byteCount: max(bytes.count, 8), alignment: 16)
        bytes.withUnsafeBytes { p.copyMemory(from: $0.baseAddress!, byteCount: bytes.count) }
        base = UnsafeRawPointer(p)
        size = bytes.count
        mapped = false
    }

    /// Maps the file at `path` read-only, or `nil`.
    init?(mapping path: String) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_size > 16 else { return nil }
        let size = Int(st.st_size)
        guard let p = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), p != MAP_FAILED else { return nil }
        base = UnsafeRawPointer(p)
        self.size = size
        mapped = true
    }

    deinit {
        if mapped { munmap(UnsafeMutableRawPointer(mutating: base), size) } else { UnsafeMutableRawPointer(mutating: base).deallocate() }
    }
}

/// A compact, immutable trie over Unicode scalars in flat arrays, readable straight from a binary file.
///
/// Node `k` is four 32-bit words: first edge, edge count | origin << 24, word index (or -1), log probability (as
/// Float bits). Edges are 64-bit `label << 32 | target`, sorted by label within a node. Children of the root in the
/// Basic Multilingual Plane are also found through a direct table. Node 0 is the root. One node is one cache line
/// fetch at most, which is what matters: the segmenter's time goes to memory latency.
struct WordTrie: @unchecked Sendable {
    let memory: TrieMemory
    let nodes: UnsafeBufferPointer<UInt32>
    let edges: UnsafeBufferPointer<UInt64>
    let rootTable: UnsafeBufferPointer<UInt32>
    let frequencies: UnsafeBufferPointer<UInt32>
    let posIndex: UnsafeBufferPointer<UInt16>
    let wordOrigins: UnsafeBufferPointer<UInt8>
    let posNames: [String]

    var nodeCount: Int { nodes.count / 4 }
    var wordCount: Int { frequencies.count }

    static let empty = WordTrie(entries: [], logTotal: 0)

    // MARK: - Access

    /// The child of `node` along `scalar`, or -1.
    /// - Complexity: O(1) at the root for BMP scalars, O(log k) otherwise for k children.
    @inline(__always)
    func child(_ node: Int, _ scalar: UInt32) -> Int {
        if node == 0 && scalar < 0x10000 {
            let t = rootTable[Int(scalar)]
            return t == 0 ? -1 : Int(t)
        }
        var lo = Int(nodes[node &* 4])
        var hi = lo &+ Int(nodes[node &* 4 &+ 1] & 0xFF_FFFF)
        if hi &- lo <= 8 {
            while lo < hi {
                let e = edges[lo]
                if UInt32(truncatingIfNeeded: e >> 32) == scalar { return Int(UInt32(truncatingIfNeeded: e)) }
                lo &+= 1
            }
            return -1
        }
        while lo < hi {
            let mid = (lo &+ hi) >> 1
            let e = edges[mid]
            let l = UInt32(truncatingIfNeeded: e >> 32)
            if l == scalar { return Int(UInt32(truncatingIfNeeded: e)) }
            if l < scalar { lo = mid &+ 1 } else { hi = mid }
        }
        return -1
    }

    /// The word index at `node`, or -1.
    @inline(__always) func word(at node: Int) -> Int { Int(Int32(bitPattern: nodes[node &* 4 &+ 2])) }
    /// The log probability of the word at `node`.
    @inline(__always) func logProb(at node: Int) -> Float { Float(bitPattern: nodes[node &* 4 &+ 3]) }
    /// The origin (``WordOrigin`` raw value) of the word at `node`.
    @inline(__always) func origin(at node: Int) -> UInt8 { UInt8(truncatingIfNeeded: nodes[node &* 4 &+ 1] >> 24) }

    /// The node reached by a term, or -1.
    func node<S: Sequence>(of scalars: S) -> Int where S.Element == Unicode.Scalar {
        var node = 0
        for s in scalars {
            node = child(node, s.value)
            if node < 0 { return -1 }
        }
        return node
    }

    /// The word index of a term, or -1.
    func wordIndex<S: Sequence>(of scalars: S) -> Int where S.Element == Unicode.Scalar {
        let n = node(of: scalars)
        return n < 0 ? -1 : word(at: n)
    }

    func pos(ofWord w: Int) -> String { posNames[Int(posIndex[w])] }

    func entry(ofWord w: Int, term: String) -> LexiconEntry {
        LexiconEntry(term: term, frequency: Int(frequencies[w]), pos: pos(ofWord: w),
                     origin: WordOrigin(rawValue: wordOrigins[w]) ?? .general)
    }

    /// Every entry, in code-point order of the terms.
    func allEntries() -> [LexiconEntry] {
        var result: [LexiconEntry] = []
        result.reserveCapacity(wordCount)
        func visit(_ node: Int, _ prefix: inout String.UnicodeScalarView) {
            let w = word(at: node)
            if w >= 0 { result.append(entry(ofWord: w, term: String(prefix))) }
            let first = Int(nodes[node * 4]), count = Int(nodes[node * 4 + 1] & 0xFF_FFFF)
            for e in first..<(first + count) {
                prefix.append(Unicode.Scalar(UInt32(truncatingIfNeeded: edges[e] >> 32))!)
                visit(Int(UInt32(truncatingIfNeeded: edges[e])), &prefix)
                prefix.removeLast()
            }
        }
        var prefix = String.UnicodeScalarView()
        visit(0, &prefix)
        return result
    }

    private init(memory: TrieMemory, nodes: UnsafeBufferPointer<UInt32>, edges: UnsafeBufferPointer<UInt64>,
                 rootTable: UnsafeBufferPointer<UInt32>, frequencies: UnsafeBufferPointer<UInt32>,
                 posIndex: UnsafeBufferPointer<UInt16>, wordOrigins: UnsafeBufferPointer<UInt8>, posNames: [String]) {
        self.memory = memory; self.nodes = nodes; self.edges = edges; self.rootTable = rootTable
        self.frequencies = frequencies; self.posIndex = posIndex; self.wordOrigins = wordOrigins; self.posNames = posNames
    }

    // MARK: - Building

    /// Builds the trie from entries (the last one wins if a term repeats); log probabilities are
    /// ln(max(freq, 1)) − `logTotal`.
    /// - Complexity: O(n log n) in the total number of scalars.
    init(entries: [LexiconEntry], logTotal: Double) {
        var w = BinaryWriter()
        Self.encode(entries: entries, logTotal: logTotal, into: &w)
        let memory = TrieMemory(copying: w.bytes)
        var r = BinaryReader(memory: memory, offset: 0)
        self = Self.decode(&r)!
    }

    /// Writes the trie section of a compiled file.
    static func encode(entries: [LexiconEntry], logTotal: Double, into w: inout BinaryWriter) {
        var byTerm: [String: Int] = [:]
        var unique: [LexiconEntry] = []
        for e in entries {
            if let k = byTerm[e.term] { unique[k] = e } else { byTerm[e.term] = unique.count; unique.append(e) }
        }
        let keys: [[UInt32]] = unique.map { $0.term.unicodeScalars.map(\.value) }
        let order = keys.indices.sorted { keys[$0].lexicographicallyPrecedes(keys[$1]) }
        var posNames: [String] = []
        var posIDs: [String: UInt16] = [:]
        var nodes: [UInt32] = [], edges: [UInt64] = []
        var frequencies: [UInt32] = [], posIndex: [UInt16] = [], origins: [UInt8] = []
        // Breadth-first: nodes are numbered in the order they are processed, so each node's edges are contiguous.
        var queue: [(lo: Int, hi: Int, depth: Int)] = [(0, order.count, 0)]
        var head = 0
        while head < queue.count {
            var (lo, hi, depth) = queue[head]
            head += 1
            var word: Int32 = -1, logProb: Float = 0, origin: UInt8 = 0
            if lo < hi && keys[order[lo]].count == depth {
                let e = unique[order[lo]]
                word = Int32(frequencies.count)
                frequencies.append(UInt32(clamping: e.frequency))
                let p: UInt16
                if let known = posIDs[e.pos] { p = known } else {
                    p = UInt16(posNames.count); posIDs[e.pos] = p; posNames.append(e.pos)
                }
                posIndex.append(p)
                origins.append(e.origin.rawValue)
                origin = e.origin.rawValue
                logProb = Float(log(Double(max(e.frequency, 1))) - logTotal)
                lo += 1
            }
            let first = edges.count
            var i = lo
            while i < hi {
                let label = keys[order[i]][depth]
                var j = i + 1
                while j < hi && keys[order[j]][depth] == label { j += 1 }
                edges.append(UInt64(label) << 32 | UInt64(queue.count))
                queue.append((i, j, depth + 1))
                i = j
            }
            nodes += [UInt32(first), UInt32(edges.count - first) | UInt32(origin) << 24, UInt32(bitPattern: word), logProb.bitPattern]
        }
        var rootTable = [UInt32](repeating: 0, count: 0x10000)
        for e in edges[0..<Int(nodes[1] & 0xFF_FFFF)] where e >> 32 < 0x10000 {
            rootTable[Int(e >> 32)] = UInt32(truncatingIfNeeded: e)
        }
        w.put(nodes); w.put(edges); w.put(rootTable); w.put(frequencies); w.put(posIndex); w.put(origins)
        w.put(Array(posNames.joined(separator: "\n").utf8))
    }

    /// Reads a trie section written by ``encode(entries:logTotal:into:)``, or `nil` when it is malformed.
    static func decode(_ r: inout BinaryReader) -> WordTrie? {
        guard let nodes = r.view(UInt32.self), let edges = r.view(UInt64.self), let rootTable = r.view(UInt32.self),
              let frequencies = r.view(UInt32.self), let posIndex = r.view(UInt16.self), let origins = r.view(UInt8.self),
              let posBytes = r.view(UInt8.self),
              nodes.count >= 4, nodes.count % 4 == 0, rootTable.count == 0x10000,
              frequencies.count == posIndex.count, frequencies.count == origins.count
        else { return nil }
        let posNames = String(decoding: posBytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return WordTrie(memory: r.memory, nodes: nodes, edges: edges, rootTable: rootTable, frequencies: frequencies,
                        posIndex: posIndex, wordOrigins: origins, posNames: posNames)
    }
}
