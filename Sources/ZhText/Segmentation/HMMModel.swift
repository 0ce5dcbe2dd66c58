/// A hidden Markov model over the four word-position states B (begin), M (middle), E (end), S (single), used to cut
/// runs of characters the lexicon does not know into words (jieba's `finalseg`; parameters in `Dictionaries/hmm/`).
struct HMMModel: Sendable {
    /// States in the order of the arrays: B, M, E, S.
    static let states: [Character] = ["B", "M", "E", "S"]
    /// The log probability of something impossible.
    static let impossible = -3.14e100

    /// Start log probabilities, indexed by state.
    var start: [Double]
    /// Transition log probabilities, `trans[from * 4 + to]`.
    var trans: [Double]
    /// Characters with emissions, sorted.
    var chars: [UInt32]
    /// Emission log probabilities, `emit[charIndex * 4 + state]`.
    var emit: [Double]

    static let empty = HMMModel(start: [Double](repeating: impossible, count: 4),
                                trans: [Double](repeating: impossible, count: 16), chars: [], emit: [])

    /// Parses the three TSV files (`start.tsv`: state, logprob; `trans.tsv`: from, to, logprob; `emit.tsv`: char,
    /// B, M, E, S with `-` for none).
    static func parse(start: String, trans: String, emit: String, source: String) throws(ZhTextError) -> HMMModel {
        func state(_ s: Substring, _ file: String, _ line: Int, _ content: Substring) throws(ZhTextError) -> Int {
            guard let i = states.firstIndex(of: Character(String(s))), s.count == 1 else {
                throw .malformedLine(file: file, line: line, reason: "unknown state", content: String(content))
            }
            return i
        }
        func value(_ s: Substring, _ file: String, _ line: Int, _ content: Substring) throws(ZhTextError) -> Double {
            if s == "-" { return impossible }
            guard let d = Double(s) else { throw .malformedLine(file: file, line: line, reason: "not a number", content: String(content)) }
            return d
        }
        func rows(_ text: String) -> [(Int, Substring, [Substring])] {
            var out: [(Int, Substring, [Substring])] = []
            for (n, line) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() where !line.isEmpty && !line.hasPrefix("#") {
                out.append((n + 1, line, line.split(separator: "\t", omittingEmptySubsequences: false)))
            }
            return out
        }
        var model = HMMModel.empty
        let sf = source + "/start.tsv", tf = source + "/trans.tsv", ef = source + "/emit.tsv"
        for (n, line, f) in rows(start) {
            guard f.count == 2 else { throw .malformedLine(file: sf, line: n, reason: "expected 2 fields", content: String(line)) }
            model.start[try state(f[0], sf, n, line)] = try value(f[1], sf, n, line)
        }
        for (n, line, f) in rows(trans) {
            guard f.count == 3 else { throw .malformedLine(file: tf, line: n, reason: "expected 3 fields", content: String(line)) }
            model.trans[try state(f[0], tf, n, line) * 4 + state(f[1], tf, n, line)] = try value(f[2], tf, n, line)
        }
        var pairs: [(UInt32, [Double])] = []
        for (n, line, f) in rows(emit) {
            guard f.count == 5, f[0].unicodeScalars.count == 1 else {
                throw .malformedLine(file: ef, line: n, reason: "expected a character and 4 log probabilities", content: String(line))
            }
            var v: [Double] = []
            for k in 1...4 { v.append(try value(f[k], ef, n, line)) }
            pairs.append((f[0].unicodeScalars.first!.value, v))
        }
        pairs.sort { $0.0 < $1.0 }
        model.chars = pairs.map(\.0)
        model.emit = pairs.flatMap(\.1)
        return model
    }

    @inline(__always)
    func emission(_ charIndex: Int, _ state: Int) -> Double {
        charIndex < 0 ? Self.impossible : emit[charIndex * 4 + state]
    }

    func charIndex(_ scalar: UInt32) -> Int {
        var lo = 0, hi = chars.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if chars[mid] == scalar { return mid }
            if chars[mid] < scalar { lo = mid + 1 } else { hi = mid }
        }
        return -1
    }

    /// Cuts `scalars` into words with the Viterbi algorithm; returns the word lengths, in order.
    /// - Complexity: O(n) (4 states).
    func cut(_ scalars: [Unicode.Scalar]) -> [Int] {
        scalars.withUnsafeBufferPointer { cut($0, 0..<$0.count) }
    }

    /// Cuts `s[range]`.
    func cut(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> [Int] {
        let n = range.count
        if n == 0 { return [] }
        if n == 1 { return [1] }
        // Allowed predecessors (jieba's PrevStatus): B←E,S; M←M,B; E←B,M; S←S,E.
        let prev: [(Int, Int)] = [(2, 3), (1, 0), (0, 1), (3, 2)]
        var score = [Double](repeating: 0, count: 4 * n)
        var back = [UInt8](repeating: 0, count: 4 * n)
        let base = range.lowerBound
        let c0 = charIndex(s[base].value)
        for s in 0..<4 { score[s] = start[s] + emission(c0, s) }
        for t in 1..<n {
            let c = charIndex(s[base + t].value)
            for s in 0..<4 {
                let (p1, p2) = prev[s]
                let a = score[(t - 1) * 4 + p1] + trans[p1 * 4 + s]
                let b = score[(t - 1) * 4 + p2] + trans[p2 * 4 + s]
                // jieba breaks ties by the larger state name; both orders are deterministic.
                let (best, from) = a >= b ? (a, p1) : (b, p2)
                score[t * 4 + s] = best + emission(c, s)
                back[t * 4 + s] = UInt8(from)
            }
        }
        // The last character ends a word: E or S.
        var state = score[(n - 1) * 4 + 2] >= score[(n - 1) * 4 + 3] ? 2 : 3
        var tags = [Int](repeating: 0, count: n)
        var t = n - 1
        while t >= 0 {
            tags[t] = state
            if t > 0 { state = Int(back[t * 4 + state]) }
            t -= 1
        }
        var lengths: [Int] = []
        var begin = 0
        for i in 0..<n where tags[i] == 2 || tags[i] == 3 {
            lengths.append(i + 1 - begin)
            begin = i + 1
        }
        if begin < n { lengths.append(n - begin) }
        return lengths
    }
}
