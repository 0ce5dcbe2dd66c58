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
/// Nodes are numbered breadth-first, so the children of a node are consecutive nodes. Node `k` is four 32-bit words:
/// its label (the scalar on the edge into it), its first child, child count | origin << 24, and the log probability
/// of its word as Float bits (``noWord`` when no word ends there). Looking up a child reads one block of sibling
/// records (a hash table when there are many); children of the root in the Basic Multilingual Plane are found
/// through a direct table. The segmenter's time goes to memory latency, so one cache line per step is the point.
struct WordTrie: @unchecked Sendable {
    /// The log-probability bits of a node where no word ends.
    static let noWord: UInt32 = 0x7FC0_0000

    let memory: TrieMemory
    let nodes: UnsafeBufferPointer<UInt32>
    let rootTable: UnsafeBufferPointer<UInt32>
    /// Children of nodes with many children, by hash: pairs of words `parent << 32 | label`, `child` (open
    /// addressing, linear probing, empty key all ones). A binary search over hundreds of siblings costs a cache miss
    /// per probe; this costs about one.
    let wideChildren: UnsafeBufferPointer<UInt64>
    /// A bit per hashed `parent << 32 | label` of ``wideChildren`` (about 16 bits per key, small enough to stay in
    /// cache): most absent children are rejected here without touching the table.
    let wideFilter: UnsafeBufferPointer<UInt64>
    let filterShift: UInt64
    /// Word index of each node, or -1 (for parts of speech and frequencies; the hot loop does not need it).
    let wordOfNode: UnsafeBufferPointer<Int32>
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
        var lo = Int(nodes[node &* 4 &+ 1])
        let count = Int(nodes[node &* 4 &+ 2] & 0xFF_FFFF)
        if count <= Self.narrow {
            let hi = lo &+ count
            while lo < hi {
                if nodes[lo &* 4] == scalar { return lo }
                lo &+= 1
            }
            return -1
        }
        let key = UInt64(node) << 32 | UInt64(scalar)
        let bit = Int(truncatingIfNeeded: (key &* 0xD6E8_FEB8_6659_FD93) >> filterShift)
        if wideFilter[bit >> 6] & (1 << UInt64(bit & 63)) == 0 { return -1 }
        let mask = wideChildren.count / 2 &- 1
        var slot = Self.slot(key, mask)
        while true {
            let k = wideChildren[slot &* 2]
            if k == key { return Int(wideChildren[slot &* 2 &+ 1]) }
            if k == UInt64.max { return -1 }
            slot = (slot &+ 1) & mask
        }
    }

    /// Nodes with at most this many children are searched linearly; wider ones through ``wideChildren``.
    static let narrow = 8

    @inline(__always) static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// Whether a word ends at `node`.
    @inline(__always) func isWord(_ node: Int) -> Bool { nodes[node &* 4 &+ 3] != Self.noWord }
    /// The log probability of the word at `node`.
    @inline(__always) func logProb(at node: Int) -> Float { Float(bitPattern: nodes[node &* 4 &+ 3]) }
    /// The origin (``WordOrigin`` raw value) of the word at `node`.
    @inline(__always) func origin(at node: Int) -> UInt8 { UInt8(truncatingIfNeeded: nodes[node &* 4 &+ 2] >> 24) }
    /// The word index at `node`, or -1.
    @inline(__always) func word(at node: Int) -> Int { Int(wordOfNode[node]) }

    /// The node reached by a term, or -1.
    @inline(__always)
    func node(of scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> Int {
        var node = 0
        for p in range {
            node = child(node, scalars[p].value)
            if node < 0 { return -1 }
        }
        return node
    }

    /// The word index of a term, or -1.
    func wordIndex(of term: String) -> Int {
        var node = 0
        for s in term.unicodeScalars {
            node = child(node, s.value)
            if node < 0 { return -1 }
        }
        return word(at: node)
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
            let first = Int(nodes[node * 4 + 1]), count = Int(nodes[node * 4 + 2] & 0xFF_FFFF)
            for c in first..<(first + count) {
                prefix.append(Unicode.Scalar(nodes[c * 4])!)
                visit(c, &prefix)
                prefix.removeLast()
            }
        }
        var prefix = String.UnicodeScalarView()
        visit(0, &prefix)
        return result
    }

    private init(memory: TrieMemory, nodes: UnsafeBufferPointer<UInt32>, rootTable: UnsafeBufferPointer<UInt32>,
                 wideChildren: UnsafeBufferPointer<UInt64>, wideFilter: UnsafeBufferPointer<UInt64>, wordOfNode: UnsafeBufferPointer<Int32>, frequencies: UnsafeBufferPointer<UInt32>,
                 posIndex: UnsafeBufferPointer<UInt16>, wordOrigins: UnsafeBufferPointer<UInt8>, posNames: [String]) {
        self.memory = memory; self.nodes = nodes; self.rootTable = rootTable; self.wideChildren = wideChildren
        self.wideFilter = wideFilter
        filterShift = UInt64(64 - (wideFilter.count * 64).trailingZeroBitCount)
        self.wordOfNode = wordOfNode
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
    /// Entries for the same term are combined with `merge(earlier, later)` (default: the later one wins).
    static func encode(entries: [LexiconEntry], logTotal: Double, into w: inout BinaryWriter,
                       merge: (LexiconEntry, LexiconEntry) -> LexiconEntry = { $1 }) {
        // Sort by scalars (code-point order), then by position, and combine equal terms (no String hashing or
        // Unicode-aware comparison: both are slow on 350,000 terms).
        let allKeys: [[UInt32]] = entries.map { $0.term.unicodeScalars.map(\.value) }
        let sorted = allKeys.indices.sorted {
            allKeys[$0] == allKeys[$1] ? $0 < $1 : allKeys[$0].lexicographicallyPrecedes(allKeys[$1])
        }
        var unique: [LexiconEntry] = []
        var keys: [[UInt32]] = []
        unique.reserveCapacity(sorted.count); keys.reserveCapacity(sorted.count)
        for i in sorted {
            if let last = keys.last, last == allKeys[i] {
                unique[unique.count - 1] = merge(unique[unique.count - 1], entries[i])
            } else {
                unique.append(entries[i]); keys.append(allKeys[i])
            }
        }
        let order = Array(unique.indices)
        var posNames: [String] = []
        var posIDs: [String: UInt16] = [:]
        var nodes: [UInt32] = [], labels: [UInt32] = [0], wordOfNode: [Int32] = []
        var frequencies: [UInt32] = [], posIndex: [UInt16] = [], origins: [UInt8] = []
        // Breadth-first: nodes are numbered in the order they are created, so siblings are consecutive.
        var queue: [(lo: Int, hi: Int, depth: Int)] = [(0, order.count, 0)]
        var head = 0
        while head < queue.count {
            let id = head
            var (lo, hi, depth) = queue[head]
            head += 1
            var word: Int32 = -1, logBits = noWord, origin: UInt8 = 0
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
                logBits = Float(log(Double(max(e.frequency, 1))) - logTotal).bitPattern
                lo += 1
            }
            let firstChild = queue.count
            var i = lo
            while i < hi {
                let label = keys[order[i]][depth]
                var j = i + 1
                while j < hi && keys[order[j]][depth] == label { j += 1 }
                labels.append(label)
                queue.append((i, j, depth + 1))
                i = j
            }
            nodes += [labels[id], UInt32(firstChild), UInt32(queue.count - firstChild) | UInt32(origin) << 24, logBits]
            wordOfNode.append(word)
        }
        var rootTable = [UInt32](repeating: 0, count: 0x10000)
        for c in Int(nodes[1])..<(Int(nodes[1]) + Int(nodes[2] & 0xFF_FFFF)) where nodes[c * 4] < 0x10000 {
            rootTable[Int(nodes[c * 4])] = UInt32(c)
        }
        var wideKeys: [(UInt64, UInt32)] = []
        for node in 0..<(nodes.count / 4) where Int(nodes[node * 4 + 2] & 0xFF_FFFF) > narrow {
            let first = Int(nodes[node * 4 + 1])
            for c in first..<(first + Int(nodes[node * 4 + 2] & 0xFF_FFFF)) {
                wideKeys.append((UInt64(node) << 32 | UInt64(nodes[c * 4]), UInt32(c)))
            }
        }
        var capacity = 2
        while capacity < wideKeys.count * 2 { capacity *= 2 }
        var wide = [UInt64](repeating: UInt64.max, count: capacity * 2)
        for (key, child) in wideKeys {
            var slot = Self.slot(key, capacity - 1)
            while wide[slot * 2] != UInt64.max { slot = (slot + 1) & (capacity - 1) }
            wide[slot * 2] = key
            wide[slot * 2 + 1] = UInt64(child)
        }
        var filterBits = 64
        while filterBits < wideKeys.count * 16 { filterBits *= 2 }
        var filter = [UInt64](repeating: 0, count: filterBits / 64)
        let shift = UInt64(64 - filterBits.trailingZeroBitCount)
        for (key, _) in wideKeys {
            let bit = Int(truncatingIfNeeded: (key &* 0xD6E8_FEB8_6659_FD93) >> shift)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        w.put(nodes); w.put(rootTable); w.put(wide); w.put(filter); w.put(wordOfNode); w.put(frequencies); w.put(posIndex); w.put(origins)
        w.put(Array(posNames.joined(separator: "\n").utf8))
    }

    /// Reads a trie section written by ``encode(entries:logTotal:into:)``, or `nil` when it is malformed.
    static func decode(_ r: inout BinaryReader) -> WordTrie? {
        guard let nodes = r.view(UInt32.self), let rootTable = r.view(UInt32.self), let wide = r.view(UInt64.self),
              wide.count >= 4, wide.count.nonzeroBitCount == 1, let filter = r.view(UInt64.self),
              filter.count >= 1, filter.count.nonzeroBitCount == 1, let wordOfNode = r.view(Int32.self),
              let frequencies = r.view(UInt32.self), let posIndex = r.view(UInt16.self), let origins = r.view(UInt8.self),
              let posBytes = r.view(UInt8.self),
              nodes.count >= 4, nodes.count % 4 == 0, rootTable.count == 0x10000, wordOfNode.count * 4 == nodes.count,
              frequencies.count == posIndex.count, frequencies.count == origins.count
        else { return nil }
        let posNames = String(decoding: posBytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return WordTrie(memory: r.memory, nodes: nodes, rootTable: rootTable, wideChildren: wide, wideFilter: filter, wordOfNode: wordOfNode, frequencies: frequencies,
                        posIndex: posIndex, wordOrigins: origins, posNames: posNames)
    }
}
