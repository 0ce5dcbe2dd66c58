import Foundation

/// Options for ``Discovery``.
public struct DiscoveryOptions: Sendable, Equatable {
    /// Shortest and longest candidate, in characters (at most ``Ngram/maxLength``).
    public var minLength = 2
    /// The longest candidate, in characters (see ``minLength``).
    public var maxLength = 6
    /// A candidate must occur at least this many times per million characters of the corpus …
    public var minCountPerMillion = 2.0
    /// … and never fewer than this many times.
    public var minCountFloor = 3
    /// Cohesion: the smallest pointwise mutual information (bits) over every split into two parts.
    public var minPMI = 3.0
    /// Freedom: the smallest left and right neighbour entropy (bits); a text or punctuation boundary counts as a
    /// distinct neighbour every time.
    public var minEntropy = 1.0
    /// Candidates may not start or end with these characters (particles and function words).
    public var edgeStopCharacters: Set<Unicode.Scalar> = Set("的了是在和与及或等也就都而之其这那把被将对为于以从向着过吗呢吧啊个中上下不有".unicodeScalars)
    /// Most distinct n-grams kept while counting (memory bound: about 40 bytes each); beyond it rare ones are pruned.
    public var tableCapacity = 2_000_000
    /// Most candidates returned.
    public var limit = 100

    public init() {}
}

/// A candidate new word or phrase, with the evidence for it.
public struct DiscoveryCandidate: Sendable, Equatable {
    /// The candidate as it appears in normalized text.
    public var term: String
    /// Occurrences in the corpus (a lower bound when the table was pruned; see ``DiscoveryResult/pruneLevel``).
    public var count: Int
    /// Smallest pointwise mutual information over the candidate's splits, in bits.
    public var pmi: Double
    /// Entropy of the characters before the candidate, in bits.
    public var leftEntropy: Double
    /// Entropy of the characters after the candidate, in bits.
    public var rightEntropy: Double
    /// log2(1 + count) × PMI × min(left, right entropy).
    public var score: Double
}

/// What a discovery run found.
public struct DiscoveryResult: Sendable, Equatable {
    /// Candidates by score descending, then term.
    public var candidates: [DiscoveryCandidate]
    /// Characters counted (Han, ASCII letters and digits).
    public var characters: Int
    /// The frequency threshold used (relative to ``characters``).
    public var minCount: Int
    /// How far counts may be low because of pruning (0: exact).
    public var pruneLevel: Int
}

/// Finds candidate new words and phrases in a corpus from character n-grams of normalized text: frequent (relative to
/// the corpus size), cohesive (high PMI between every split) and free (varied left and right neighbours, measured by
/// entropy). Candidates may contain digits and Latin letters (`5G`, `十五五`) but need a Han character or a mix of
/// letters and digits; digits with at most one Han character are a number with its unit (`1956年`), not a word. Known terms (a lexicon) are left out unless they are not given.
///
/// Two passes over the text: ``count(_:)`` every chunk, then ``countNeighbours(_:)`` every chunk again, then
/// ``result()``. Memory is bounded by ``DiscoveryOptions/tableCapacity``, not by the corpus size.
///
/// ```swift
/// var discovery = Discovery(known: Set(PolicyPhrases.default.lexicon.phrases.flatMap(\.forms)))
/// for text in texts { discovery.count(Normalizer.default.normalize(text).scalars) }
/// for text in texts { discovery.countNeighbours(Normalizer.default.normalize(text).scalars) }
/// for c in discovery.result().candidates { print(c.term, c.count, c.pmi, c.leftEntropy, c.rightEntropy) }
/// ```
public struct Discovery: Sendable {
    /// Thresholds and limits.
    public let options: DiscoveryOptions
    /// Terms left out of the candidates (see ``KnownTerms``).
    public let known: Set<String>
    private var table: NgramTable
    private var unigrams: [UInt32: Int] = [:]
    private var characters = 0
    private var selected = false
    private var candidates = NgramTable(capacity: 1024)   // n-gram → candidate index + 1, after the first pass
    private var candidateList: [(ngram: Ngram, pmi: Double)] = []
    private var neighbours = NgramTable(capacity: 1024)   // (candidate index << 22 | side << 21 | scalar, 0) → count
    private var boundaries: [Int: (left: Int, right: Int)] = [:]
    private var minCount = 0

    /// An empty run; feed it with ``count(_:)`` and ``countNeighbours(_:)``.
    public init(options: DiscoveryOptions = DiscoveryOptions(), known: Set<String> = []) {
        var o = options
        o.maxLength = min(max(o.maxLength, 2), Ngram.maxLength)
        o.minLength = min(max(o.minLength, 2), o.maxLength)
        self.options = o
        self.known = known
        table = NgramTable(capacity: o.tableCapacity)
    }

    /// Characters that candidates are made of.
    @inline(__always)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool { Script.isHan(s) || PhraseBoundary.isASCIIAlphanumeric(s) }

    /// Runs of word characters in `text`.
    static func runs(_ text: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var i = 0
        while i < text.count {
            guard isWordScalar(text[i]) else { i += 1; continue }
            var j = i
            while j < text.count && isWordScalar(text[j]) { j += 1 }
            result.append(i..<j)
            i = j
        }
        return result
    }

    /// First pass: counts the n-grams of a chunk of normalized text.
    /// - Complexity: O(n × maxLength) expected.
    public mutating func count(_ text: [Unicode.Scalar]) {
        precondition(!selected, "count(_:) after countNeighbours(_:)")
        let values = text.map(\.value)
        let maxLength = options.maxLength
        values.withUnsafeBufferPointer { buffer in
            for run in Self.runs(text) {
                characters += run.count
                for i in run {
                    unigrams[buffer[i], default: 0] += 1
                    var key = Ngram(a: UInt64(buffer[i]), b: 0)
                    var n = 2
                    while n <= maxLength && i + n <= run.upperBound {
                        key.append(buffer[i + n - 1], at: n - 1)
                        table.add(key)
                        n += 1
                    }
                }
            }
        }
    }

    private func frequency(_ g: Ngram) -> Int {
        let s = g.scalars
        return s.count == 1 ? unigrams[s[0].value] ?? 0 : table[g]
    }

    /// Smallest PMI over the splits of `g` (bits).
    private func pmi(_ g: Ngram, count: Int) -> Double {
        let n = g.length
        var best = Double.infinity
        for k in 1..<n {
            let left = max(frequency(g.slice(0..<k)), count), right = max(frequency(g.slice(k..<n)), count)
            best = min(best, log2(Double(count) * Double(characters) / (Double(left) * Double(right))))
        }
        return best
    }

    private func eligible(_ s: [Unicode.Scalar]) -> Bool {
        guard let first = s.first, let last = s.last, !options.edgeStopCharacters.contains(first),
              !options.edgeStopCharacters.contains(last) else { return false }
        let han = s.reduce(0) { $0 + (Script.isHan($1) ? 1 : 0) }
        let digits = s.contains { (0x30...0x39).contains($0.value) }
        let letters = s.contains { !(0x30...0x39).contains($0.value) && !Script.isHan($0) }
        if digits && !letters && han <= 1 { return false }   // a number with a unit: 1956年, 000元
        return han > 0 || (digits && letters)
    }

    private mutating func selectCandidates() {
        minCount = max(options.minCountFloor, Int((Double(characters) * options.minCountPerMillion / 1_000_000).rounded(.up)))
        var list: [(Ngram, Double)] = []
        table.forEach { g, c in
            guard Int(c) >= minCount else { return }
            let s = g.scalars
            guard s.count >= options.minLength, eligible(s), !known.contains(g.string) else { return }
            let p = pmi(g, count: Int(c))
            if p >= options.minPMI { list.append((g, p)) }
        }
        list.sort { ($0.0.a, $0.0.b) < ($1.0.a, $1.0.b) }   // any fixed order: results are sorted by score, term
        candidateList = list.map { (ngram: $0.0, pmi: $0.1) }
        candidates = NgramTable(capacity: max(1024, candidateList.count))
        neighbours = NgramTable(capacity: 1 << 40)   // never pruned: bounded by candidates × distinct neighbours
        for (k, c) in candidateList.enumerated() { candidates.set(c.ngram, Int32(k + 1)) }
        selected = true
    }

    /// Second pass: counts the left and right neighbours of the candidates in a chunk (the same chunks as the first
    /// pass, in any order).
    public mutating func countNeighbours(_ text: [Unicode.Scalar]) {
        if !selected { selectCandidates() }
        guard !candidateList.isEmpty else { return }
        let values = text.map(\.value)
        let (minLength, maxLength) = (options.minLength, options.maxLength)
        values.withUnsafeBufferPointer { buffer in
            for run in Self.runs(text) {
                for i in run {
                    var n = minLength
                    while n <= maxLength && i + n <= run.upperBound {
                        let k = candidates[Ngram(buffer, i, n)] - 1
                        if k >= 0 {
                            let key = UInt64(k) << 22
                            if i > run.lowerBound { neighbours.add(Ngram(a: key | UInt64(buffer[i - 1]), b: 0)) } else { boundaries[k, default: (0, 0)].left += 1 }
                            if i + n < run.upperBound { neighbours.add(Ngram(a: key | 1 << 21 | UInt64(buffer[i + n]), b: 0)) } else { boundaries[k, default: (0, 0)].right += 1 }
                        }
                        n += 1
                    }
                }
            }
        }
    }

    /// Occurrences of `term` (1 to ``Ngram/maxLength`` characters) counted by the first pass; 0 when absent or
    /// longer. A lower bound when the table was pruned (see ``pruneLevel``).
    public func occurrences(of term: String) -> Int {
        let scalars = Array(term.unicodeScalars)
        guard (1...Ngram.maxLength).contains(scalars.count) else { return 0 }
        return frequency(Ngram(scalars))
    }

    /// How far counts may be low because rare n-grams were pruned (0: exact).
    public var pruneLevel: Int { Int(table.pruneLevel) }

    /// The ranked candidates.
    public func result() -> DiscoveryResult {
        var counts = [Int: [Int32]](), rights = [Int: [Int32]]()
        neighbours.forEach { g, c in
            let key = g.a
            let k = Int(key >> 22)
            if key & (1 << 21) == 0 { counts[k, default: []].append(c) } else { rights[k, default: []].append(c) }
        }
        func entropy(_ unordered: [Int32], boundary: Int) -> Double {
            let cs = unordered.sorted()   // a fixed summation order: same bits whatever the hash seed
            let total = Double(cs.reduce(0) { $0 + Int($1) } + boundary)
            guard total > 0 else { return 0 }
            var h = 0.0
            for c in cs { let p = Double(c) / total; h -= p * log2(p) }
            if boundary > 0 { h += Double(boundary) / total * log2(total) }
            return h
        }
        var result: [DiscoveryCandidate] = []
        for (k, c) in candidateList.enumerated() {
            let b = boundaries[k] ?? (0, 0)
            let left = entropy(counts[k] ?? [], boundary: b.left), right = entropy(rights[k] ?? [], boundary: b.right)
            guard min(left, right) >= options.minEntropy else { continue }
            let count = table[c.ngram]
            let score = log2(1 + Double(count)) * c.pmi * min(left, right)
            result.append(DiscoveryCandidate(term: c.ngram.string, count: count, pmi: c.pmi, leftEntropy: left, rightEntropy: right, score: score))
        }
        result.sort { $0.score != $1.score ? $0.score > $1.score : $0.term < $1.term }
        if result.count > options.limit { result.removeLast(result.count - options.limit) }
        return DiscoveryResult(candidates: result, characters: characters, minCount: max(minCount, options.minCountFloor), pruneLevel: Int(table.pruneLevel))
    }
}
