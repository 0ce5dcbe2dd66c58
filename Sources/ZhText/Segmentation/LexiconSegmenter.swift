/// The default segmenter: the most probable path through the lexicon's words, an HMM for runs of unknown Han
/// characters, and fast rules for everything that is not Han.
///
/// For each line: the text is cut into atoms (``Atomizer``: one per Han character; Latin words, numbers, URLs,
/// e-mail addresses, spaces, punctuation and symbols whole). Lexicon words may span several atoms (`B超`,
/// `2035年远景目标`) but never split one. The path through the word graph maximises, in order: characters covered
/// by user words, characters covered by policy phrases, and the sum of the words' log probabilities (jieba's
/// maximum-probability route; an atom that is not a word scores as a word of frequency 1). Runs of two or more
/// single Han characters that are not together a word are then re-cut by the HMM (jieba's `finalseg`). Finally a
/// number and its unit become one token: `2001年`, `12月`, `31日`, `3.5亿` (years need four digits, months 1–12,
/// days 1–31).
///
/// Search mode (jieba's `cut_for_search`) also emits, before each word longer than two characters, the lexicon's
/// two- and three-character words inside it.
public struct LexiconSegmenter: Segmenter {
    /// Which tokens to produce.
    public enum Mode: String, Sendable, CaseIterable, Equatable {
        /// Tokens tile the text.
        case `default`
        /// Also the lexicon words inside long words (overlapping), for indexing.
        case search
    }

    /// Options with sensible defaults.
    public struct Options: Sendable, Equatable {
        public var mode: Mode
        /// Re-cut runs of unknown single characters with the HMM.
        public var unknownWords: Bool
        /// Join numbers with their units (`2001年`, `3.5亿`).
        public var numberUnits: Bool

        public init(mode: Mode = .default, unknownWords: Bool = true, numberUnits: Bool = true) {
            self.mode = mode
            self.unknownWords = unknownWords
            self.numberUnits = numberUnits
        }
    }

    public let lexicon: Lexicon
    public let options: Options

    public init(lexicon: Lexicon = .default, options: Options = Options()) {
        self.lexicon = lexicon
        self.options = options
    }

    public func spans(in text: NormalizedText, range: Range<Int>) -> [TokenSpan] {
        var out: [TokenSpan] = []
        out.reserveCapacity(range.count / 2 + 1)
        var scratch = Scratch()
        text.scalars.withUnsafeBufferPointer { s in
            var lo = range.lowerBound
            while lo < range.upperBound {
                var hi = lo
                while hi < range.upperBound && s[hi] != "\n" { hi += 1 }
                if hi > lo { segmentLine(s, lo, hi, &scratch, into: &out) }
                if hi < range.upperBound { out.append(TokenSpan(range: hi..<(hi + 1), kind: .space, pos: "x")) }
                lo = hi + 1
            }
        }
        return out
    }

    // MARK: - One line

    /// Reusable buffers (one set per call, so the segmenter stays immutable and thread-safe).
    struct Scratch {
        var atoms: [Atomizer.Atom] = []
        var atomAt: [Int32] = []
        var best: [Double] = []
        var forced: [Int64] = []
        var next: [Int32] = []
        var word: [Int32] = []
        var path: [Piece] = []
    }

    /// A piece of the chosen path: atoms `a..<b`, and the word it is (`source` 0 none, 1 compiled, 2 added).
    struct Piece {
        var a: Int32
        var b: Int32
        var word: Int32
        var source: UInt8
    }

    static let userWeight: Int64 = 1 << 32

    func segmentLine(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ lo: Int, _ hi: Int, _ x: inout Scratch, into out: inout [TokenSpan]) {
        x.atoms.removeAll(keepingCapacity: true)
        Atomizer.scan(s, lo, hi, into: &x.atoms)
        let m = x.atoms.count
        let n = hi - lo
        x.atomAt.removeAll(keepingCapacity: true)
        x.atomAt.append(contentsOf: repeatElement(-1, count: n + 1))
        for (k, a) in x.atoms.enumerated() { x.atomAt[Int(a.start) - lo] = Int32(k) }
        x.atomAt[n] = Int32(m)
        x.best.removeAll(keepingCapacity: true); x.best.append(contentsOf: repeatElement(0, count: m + 1))
        x.forced.removeAll(keepingCapacity: true); x.forced.append(contentsOf: repeatElement(0, count: m + 1))
        x.next.removeAll(keepingCapacity: true); x.next.append(contentsOf: repeatElement(0, count: m))
        x.word.removeAll(keepingCapacity: true); x.word.append(contentsOf: repeatElement(-1, count: m))

        let compiled = lexicon.compiled
        let trie = compiled.trie
        let logProb = compiled.logProb
        let unknown = -compiled.logTotal
        let added = lexicon.added, addedLogProb = lexicon.addedLogProb
        let hasAdded = added.wordCount > 0
        let removed = lexicon.removed
        let hasRemoved = removed.wordCount > 0

        var k = m - 1
        while k >= 0 {
            let atom = x.atoms[k]
            // The atom alone.
            var bestScore = unknown + x.best[k + 1]
            var bestForced = x.forced[k + 1]
            var bestNext = Int32(k + 1)
            var bestWord: Int32 = -1
            if atom.kind != .space && atom.kind != .punctuation {
                // Compiled lexicon words starting here.
                var node = 0, rnode = hasRemoved ? 0 : -1
                var p = Int(atom.start)
                while p < hi {
                    node = trie.child(node, s[p].value)
                    if node < 0 { break }
                    if rnode >= 0 { rnode = removed.child(rnode, s[p].value) }
                    p += 1
                    let e = Int(x.atomAt[p - lo])
                    if e < 0 { continue }
                    let w = trie.wordOfNode[node]
                    if w < 0 || (rnode > 0 && removed.wordOfNode[rnode] >= 0) { continue }
                    let score = Double(logProb[Int(w)]) + x.best[e]
                    let f = x.forced[e] + (trie.origins[Int(w)] == WordOrigin.phrase.rawValue ? Int64(p - Int(atom.start)) : 0)
                    if f > bestForced || (f == bestForced && score >= bestScore) {
                        bestScore = score; bestForced = f; bestNext = Int32(e); bestWord = w
                    }
                }
                // Words added at run time.
                if hasAdded {
                    var node = 0
                    var p = Int(atom.start)
                    while p < hi {
                        node = added.child(node, s[p].value)
                        if node < 0 { break }
                        p += 1
                        let e = Int(x.atomAt[p - lo])
                        if e < 0 { continue }
                        let w = added.wordOfNode[node]
                        if w < 0 { continue }
                        let score = Double(addedLogProb[Int(w)]) + x.best[e]
                        let length = Int64(p - Int(atom.start))
                        let f = x.forced[e] + (added.origins[Int(w)] == WordOrigin.user.rawValue ? length * Self.userWeight
                                                : added.origins[Int(w)] == WordOrigin.phrase.rawValue ? length : 0)
                        if f > bestForced || (f == bestForced && score >= bestScore) {
                            bestScore = score; bestForced = f; bestNext = Int32(e); bestWord = Int32(trie.wordCount) + w
                        }
                    }
                }
            }
            x.best[k] = bestScore
            x.forced[k] = bestForced
            x.next[k] = bestNext
            x.word[k] = bestWord
            k -= 1
        }

        // Walk the path.
        x.path.removeAll(keepingCapacity: true)
        var a = 0
        while a < m {
            let b = Int(x.next[a])
            let w = x.word[a]
            if w < 0 {
                x.path.append(Piece(a: Int32(a), b: Int32(b), word: -1, source: 0))
            } else if Int(w) < trie.wordCount {
                x.path.append(Piece(a: Int32(a), b: Int32(b), word: w, source: 1))
            } else {
                x.path.append(Piece(a: Int32(a), b: Int32(b), word: w - Int32(trie.wordCount), source: 2))
            }
            a = b
        }
        emit(s, lo, hi, &x, into: &out)
    }

    /// Whether a path piece is one Han character that the HMM may join with its neighbours.
    @inline(__always)
    func isLoneHan(_ piece: Piece, _ x: Scratch) -> Bool {
        guard piece.b == piece.a + 1, piece.source != 2 else { return false }
        let atom = x.atoms[Int(piece.a)]
        return atom.kind == .han && atom.end == atom.start + 1
    }

    func emit(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ lo: Int, _ hi: Int, _ x: inout Scratch, into out: inout [TokenSpan]) {
        let hmm = lexicon.compiled.hmm
        let useHMM = options.unknownWords && !hmm.chars.isEmpty
        let first = out.count
        var i = 0
        let path = x.path
        while i < path.count {
            let piece = path[i]
            if useHMM && isLoneHan(piece, x) {
                var j = i + 1
                while j < path.count && isLoneHan(path[j], x) { j += 1 }
                if j - i >= 2 {
                    let start = Int(x.atoms[Int(piece.a)].start)
                    let end = Int(x.atoms[Int(path[j - 1].a)].end)
                    if wordInfo(s[start..<end]) == nil {
                        var p = start
                        for length in hmm.cut(s[start..<end]) {
                            let info = wordInfo(s[p..<(p + length)])
                            out.append(TokenSpan(range: p..<(p + length), kind: .han, pos: info?.pos ?? "x"))
                            p += length
                        }
                        i = j
                        continue
                    }
                }
            }
            let start = Int(x.atoms[Int(piece.a)].start)
            let end = Int(x.atoms[Int(piece.b) - 1].end)
            let kind: TokenKind
            var pos: String
            if piece.b == piece.a + 1 {
                kind = x.atoms[Int(piece.a)].kind
            } else {
                kind = x.atoms[Int(piece.a)].kind == .han || x.atoms[Int(piece.b) - 1].kind == .han ? .han : x.atoms[Int(piece.a)].kind
            }
            switch piece.source {
            case 1: pos = lexicon.compiled.trie.posNames[Int(lexicon.compiled.trie.posIndex[Int(piece.word)])]
            case 2: pos = lexicon.added.posNames[Int(lexicon.added.posIndex[Int(piece.word)])]
            default: pos = Self.defaultPOS(kind)
            }
            if kind == .number && pos != "m" && piece.b == piece.a + 1 && piece.source != 2 { pos = "m" }
            out.append(TokenSpan(range: start..<end, kind: kind, pos: pos))
            i += 1
        }
        if options.numberUnits { NumberUnits.merge(s, &out, from: first) }
        if options.mode == .search { addInnerWords(s, &out, from: first) }
    }

    static func defaultPOS(_ kind: TokenKind) -> String {
        switch kind {
        case .latin: return "eng"
        case .number: return "m"
        default: return "x"
        }
    }

    /// The part of speech of a word of the lexicon (added words first, removed words excluded), or `nil`.
    func wordInfo(_ scalars: Slice<UnsafeBufferPointer<Unicode.Scalar>>) -> (pos: String, origin: UInt8)? {
        if lexicon.added.wordCount > 0 {
            let w = lexicon.added.wordIndex(of: scalars)
            if w >= 0 { return (lexicon.added.posNames[Int(lexicon.added.posIndex[w])], lexicon.added.origins[w]) }
        }
        let trie = lexicon.compiled.trie
        let w = trie.wordIndex(of: scalars)
        guard w >= 0 else { return nil }
        if lexicon.removed.wordCount > 0 && lexicon.removed.wordIndex(of: scalars) >= 0 { return nil }
        return (trie.posNames[Int(trie.posIndex[w])], trie.origins[w])
    }

    /// Search mode: before each Han word longer than two characters, its two- and three-character lexicon words.
    func addInnerWords(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ out: inout [TokenSpan], from first: Int) {
        var result: [TokenSpan] = []
        for span in out[first...] {
            let n = span.range.count
            if span.kind == .han && n > 2 {
                for size in [2, 3] where n > size {
                    for p in span.range.lowerBound...(span.range.upperBound - size) {
                        if let info = wordInfo(s[p..<(p + size)]), !s[p..<(p + size)].contains(where: { !Script.isHan($0) }) {
                            result.append(TokenSpan(range: p..<(p + size), kind: .han, pos: info.pos))
                        }
                    }
                }
            }
            result.append(span)
        }
        out.replaceSubrange(first..., with: result)
    }
}

extension Segmenter where Self == LexiconSegmenter {
    /// The default segmenter: ``LexiconSegmenter`` over ``Lexicon/default``, default mode.
    public static var `default`: LexiconSegmenter { LexiconSegmenter.shared }
}

extension LexiconSegmenter {
    /// One immutable instance over the bundled lexicon.
    public static let shared = LexiconSegmenter()
    /// `Segmenter.default` spelled on the type.
    public static var `default`: LexiconSegmenter { shared }
}
