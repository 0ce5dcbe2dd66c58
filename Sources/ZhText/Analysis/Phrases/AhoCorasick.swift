/// Aho–Corasick multi-pattern matcher over Unicode scalars (Aho & Corasick 1975, "Efficient string matching: an aid
/// to bibliographic search").
///
/// Scalars are first mapped to dense symbol numbers (a flat table for the Basic Multilingual Plane, a dictionary
/// above it); the root's transitions are a dense array, other states keep their few edges sorted; failure links and
/// dictionary-suffix links ("output links") report every pattern ending at a position, nested ones included.
public struct AhoCorasick: Sendable {
    /// One pattern occurrence: the pattern's index in the list given to `init` and its range in the text.
    public struct Match: Sendable, Equatable, Hashable {
        public var pattern: Int
        public var range: Range<Int>
    }

    /// The patterns, as given.
    public let patterns: [[Unicode.Scalar]]
    private let bmpSymbol: [Int32]            // scalar value < 0x10000 → symbol + 1 (0: not in any pattern)
    private let astralSymbol: [UInt32: Int32]  // other scalars → symbol + 1
    private let rootNext: [Int32]              // symbol → state (0 = root)
    private let edgeStart: [Int32]             // state → first edge index (edges of state s: edgeStart[s]..<edgeStart[s+1])
    private let edgeSymbol: [Int32]
    private let edgeTarget: [Int32]
    private let failure: [Int32]
    private let output: [Int32]                // state → pattern ending here, or -1
    private let outputLink: [Int32]            // state → nearest state on the failure chain with an output, or -1

    /// Builds the automaton. Empty patterns are ignored; duplicates all report.
    /// - Complexity: O(total pattern length × log alphabet).
    public init(patterns: [[Unicode.Scalar]]) {
        self.patterns = patterns
        var bmp = [Int32](repeating: 0, count: 0x10000)
        var astral: [UInt32: Int32] = [:]
        var alphabet = 0
        func symbol(_ s: Unicode.Scalar) -> Int32 {
            if s.value < 0x10000 {
                if bmp[Int(s.value)] == 0 { alphabet += 1; bmp[Int(s.value)] = Int32(alphabet) }
                return bmp[Int(s.value)] - 1
            }
            if let v = astral[s.value] { return v - 1 }
            alphabet += 1; astral[s.value] = Int32(alphabet)
            return Int32(alphabet - 1)
        }
        // Trie with dictionary children while building.
        var children: [[Int32: Int32]] = [[:]]
        var out: [Int32] = [-1]
        var duplicates: [Int: [Int]] = [:]
        for (index, pattern) in patterns.enumerated() where !pattern.isEmpty {
            var state: Int32 = 0
            for s in pattern {
                let sym = symbol(s)
                if let next = children[Int(state)][sym] { state = next; continue }
                let next = Int32(children.count)
                children.append([:]); out.append(-1)
                children[Int(state)][sym] = next
                state = next
            }
            if out[Int(state)] >= 0 { duplicates[Int(out[Int(state)]), default: []].append(index) } else { out[Int(state)] = Int32(index) }
        }
        self.duplicates = duplicates
        let n = children.count
        var root = [Int32](repeating: 0, count: alphabet)
        for (sym, next) in children[0] { root[Int(sym)] = next }
        var starts = [Int32](repeating: 0, count: n + 1)
        var symbols: [Int32] = [], targets: [Int32] = []
        for s in 0..<n {
            starts[s] = Int32(symbols.count)
            for (sym, next) in children[s].sorted(by: { $0.key < $1.key }) { symbols.append(sym); targets.append(next) }
        }
        starts[n] = Int32(symbols.count)
        // Breadth-first failure links.
        var fail = [Int32](repeating: 0, count: n)
        var link = [Int32](repeating: -1, count: n)
        var queue: [Int32] = []
        queue.reserveCapacity(n)
        for (_, next) in children[0] { queue.append(next) }
        var head = 0
        bmpSymbol = bmp; astralSymbol = astral; rootNext = root
        edgeStart = starts; edgeSymbol = symbols; edgeTarget = targets
        while head < queue.count {
            let s = Int(queue[head]); head += 1
            for (sym, next) in children[s] {
                var f = fail[s]
                var target: Int32 = 0
                while true {
                    if f == 0 { target = root[Int(sym)]; break }
                    if let t = children[Int(f)][sym] { target = t; break }
                    f = fail[Int(f)]
                }
                fail[Int(next)] = target == next ? 0 : target
                let ft = Int(fail[Int(next)])
                link[Int(next)] = out[ft] >= 0 ? Int32(ft) : link[ft]
                queue.append(next)
            }
        }
        failure = fail; output = out; outputLink = link
    }

    /// Patterns equal to an earlier pattern: first index → later indices.
    private let duplicates: [Int: [Int]]

    @inline(__always)
    private func symbolOf(_ s: Unicode.Scalar) -> Int32 {
        let v = s.value
        if v < 0x10000 { return bmpSymbol[Int(v)] - 1 }
        return (astralSymbol[v] ?? 0) - 1
    }

    @inline(__always)
    private func step(_ state: Int32, _ sym: Int32) -> Int32 {
        var s = state
        while true {
            if s == 0 { return rootNext[Int(sym)] }
            let lo = Int(edgeStart[Int(s)]), hi = Int(edgeStart[Int(s) + 1])
            var i = lo
            while i < hi {
                let e = edgeSymbol[i]
                if e == sym { return edgeTarget[i] }
                if e > sym { break }
                i += 1
            }
            s = failure[Int(s)]
        }
    }

    /// Calls `body` for every occurrence of every pattern in `text`, in order of end position (at one end position,
    /// longest first), overlapping and nested ones included.
    /// - Complexity: O(n + number of matches).
    public func forEachMatch(in text: [Unicode.Scalar], _ body: (Match) -> Void) {
        var state: Int32 = 0
        for (i, s) in text.enumerated() {
            let sym = symbolOf(s)
            if sym < 0 { state = 0; continue }
            state = step(state, sym)
            var o = output[Int(state)] >= 0 ? state : outputLink[Int(state)]
            while o >= 0 {
                let p = Int(output[Int(o)])
                let len = patterns[p].count
                body(Match(pattern: p, range: (i + 1 - len)..<(i + 1)))
                if let more = duplicates[p] { for d in more { body(Match(pattern: d, range: (i + 1 - len)..<(i + 1))) } }
                o = outputLink[Int(o)]
            }
        }
    }

    /// Every occurrence of every pattern in `text`.
    public func matches(in text: [Unicode.Scalar]) -> [Match] {
        var result: [Match] = []
        forEachMatch(in: text) { result.append($0) }
        return result
    }
}
