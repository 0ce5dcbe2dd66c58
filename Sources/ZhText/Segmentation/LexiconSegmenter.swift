/// The default segmenter: the most probable path through the lexicon's words, an HMM for runs of unknown Han
/// characters, and fast rules for everything that is not Han.
///
/// For each line: the text is cut into atoms (`Atomizer`: one per Han character; Latin words, numbers, URLs,
/// e-mail addresses, spaces, punctuation and symbols whole). Lexicon words may span several atoms (`B超`,
/// `2035年远景目标`) but never split one. The path through the word graph maximises, in order: characters covered
/// by user words, characters covered by policy phrases, and the sum of the words' log probabilities (jieba's
/// maximum-probability route; an atom that is not a word scores as a word of frequency 1). Runs of two or more
/// single Han characters that are not together a word are then re-cut by the HMM (jieba's `finalseg`); a new word
/// the HMM proposes is kept only when none of its characters is a function word on its own (a pronoun, particle,
/// adverb, preposition, conjunction, numeral, classifier …: jieba's HMM glues them to neighbours, `这是`, `地说`,
/// which no segmentation standard accepts). Finally a
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
        /// Whether tokens tile the text or long words also yield the words inside them.
        public var mode: Mode
        /// Re-cut runs of unknown single characters with the HMM.
        public var unknownWords: Bool
        /// Join numbers with their units (`2001年`, `3.5亿`).
        public var numberUnits: Bool
        /// Find names the lexicon does not list (transliterated and Chinese person names, organisations and places
        /// by suffix, numbered names; see the rules in the Segmentation article) and guess the POS of unknown words.
        public var names: Bool
        /// Which name rules run when ``names`` is on (for measuring each rule).
        var nameRules: NameModel.Rules = .all

        /// Options; the defaults tile the text, guess unknown words and names, and join numbers with their units.
        public init(mode: Mode = .default, unknownWords: Bool = true, numberUnits: Bool = true, names: Bool = true) {
            self.mode = mode
            self.unknownWords = unknownWords
            self.numberUnits = numberUnits
            self.names = names
        }
    }

    /// The words this segmenter knows.
    public let lexicon: Lexicon
    /// How it segments.
    public let options: Options

    /// A segmenter over `lexicon` (default: the bundled lexicon).
    /// - Complexity: O(1); the lexicon is shared, not copied.
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

    /// A piece of the chosen path: atoms `a..<b`, and the trie node of its word (`source` 0 none, 1 compiled,
    /// 2 added).
    struct Piece {
        var a: Int32
        var b: Int32
        var node: Int32
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

        let trie = lexicon.compiled.trie
        let unknown = -lexicon.compiled.logTotal
        let added = lexicon.added
        let hasAdded = added.wordCount > 0
        let removed = lexicon.removed
        let hasRemoved = removed.wordCount > 0
        let addedBase = Int32(trie.nodeCount)
        let phrase = WordOrigin.phrase.rawValue, user = WordOrigin.user.rawValue

        x.atomAt.withUnsafeBufferPointer { atomAt in
        x.best.withUnsafeMutableBufferPointer { best in
        x.forced.withUnsafeMutableBufferPointer { forced in
        x.next.withUnsafeMutableBufferPointer { next in
        x.word.withUnsafeMutableBufferPointer { word in
        x.atoms.withUnsafeBufferPointer { atoms in
        var k = m - 1
        while k >= 0 {
            let atom = atoms[k]
            // The atom alone.
            var bestScore = unknown + best[k + 1]
            var bestForced = forced[k + 1]
            var bestNext = Int32(k + 1)
            var bestWord: Int32 = -1
            if atom.kind != .space && atom.kind != .punctuation {
                // Compiled lexicon words starting here.
                let start = Int(atom.start)
                var node = 0, rnode = hasRemoved ? 0 : -1
                var p = start
                while p < hi {
                    node = trie.child(node, s[p].value)
                    if node < 0 { break }
                    if rnode >= 0 { rnode = removed.child(rnode, s[p].value) }
                    p &+= 1
                    let e = Int(atomAt[p &- lo])
                    if e < 0 || !trie.isWord(node) { continue }
                    if rnode > 0 && removed.isWord(rnode) { continue }
                    let score = Double(trie.logProb(at: node)) + best[e]
                    let f = forced[e] &+ (trie.origin(at: node) == phrase ? Int64(p &- start) : 0)
                    if f > bestForced || (f == bestForced && score >= bestScore) {
                        bestScore = score; bestForced = f; bestNext = Int32(e); bestWord = Int32(node)
                    }
                }
                // Words added at run time.
                if hasAdded {
                    var node = 0
                    var p = start
                    while p < hi {
                        node = added.child(node, s[p].value)
                        if node < 0 { break }
                        p += 1
                        let e = Int(atomAt[p - lo])
                        if e < 0 || !added.isWord(node) { continue }
                        let score = Double(added.logProb(at: node)) + best[e]
                        let length = Int64(p - start)
                        let origin = added.origin(at: node)
                        let f = forced[e] + (origin == user ? length * Self.userWeight : origin == phrase ? length : 0)
                        if f > bestForced || (f == bestForced && score >= bestScore) {
                            bestScore = score; bestForced = f; bestNext = Int32(e); bestWord = addedBase + Int32(node)
                        }
                    }
                }
            }
            best[k] = bestScore
            forced[k] = bestForced
            next[k] = bestNext
            word[k] = bestWord
            k -= 1
        }
        }
        }
        }
        }
        }
        }

        // Walk the path.
        x.path.removeAll(keepingCapacity: true)
        var a = 0
        while a < m {
            let b = Int(x.next[a])
            let w = x.word[a]
            if w < 0 {
                x.path.append(Piece(a: Int32(a), b: Int32(b), node: -1, source: 0))
            } else if w < addedBase {
                x.path.append(Piece(a: Int32(a), b: Int32(b), node: w, source: 1))
            } else {
                x.path.append(Piece(a: Int32(a), b: Int32(b), node: w - addedBase, source: 2))
            }
            a = b
        }
        emit(s, &x, into: &out)
    }

    /// Whether a path piece is one Han character that the HMM may join with its neighbours.
    @inline(__always)
    func isLoneHan(_ piece: Piece, _ atoms: [Atomizer.Atom]) -> Bool {
        guard piece.b == piece.a + 1, piece.source != 2 else { return false }
        let atom = atoms[Int(piece.a)]
        return atom.kind == .han && atom.end == atom.start + 1
    }

    func emit(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ x: inout Scratch, into out: inout [TokenSpan]) {
        let hmm = lexicon.compiled.hmm
        let useHMM = options.unknownWords && !hmm.chars.isEmpty
        let first = out.count
        var i = 0
        let path = x.path, atoms = x.atoms
        var sawNumber = false
        while i < path.count {
            let piece = path[i]
            if useHMM && isLoneHan(piece, atoms) {
                var j = i + 1
                while j < path.count && isLoneHan(path[j], atoms) { j += 1 }
                if j - i >= 2 {
                    let start = Int(atoms[Int(piece.a)].start)
                    let end = Int(atoms[Int(path[j - 1].a)].end)
                    if wordPOS(s, start..<end) == nil {
                        var p = start
                        for length in hmm.cut(s, start..<end) {
                            let word = p..<(p + length)
                            if let pos = wordPOS(s, word) {
                                out.append(TokenSpan(range: word, kind: .han, pos: pos))
                            } else if length > 1 && word.contains(where: { isFunctionCharacter(s, $0) }) {
                                // A function word (这, 是, 地, 将 …) does not make a new word with its neighbours.
                                for c in word { out.append(TokenSpan(range: c..<(c + 1), kind: .han, pos: wordPOS(s, c..<(c + 1)) ?? "x")) }
                            } else {
                                // The name rules look for unknown words (`x`) and tag what they leave; without them, guess here.
                                out.append(TokenSpan(range: word, kind: .han, pos: options.names ? "x" : NameModel.guessPOS(s, word)))
                            }
                            p += length
                        }
                        i = j
                        continue
                    }
                }
            }
            let startAtom = atoms[Int(piece.a)]
            let start = Int(startAtom.start)
            let end = Int(atoms[Int(piece.b) - 1].end)
            var kind = startAtom.kind
            if piece.b != piece.a + 1 && atoms[Int(piece.b) - 1].kind == .han { kind = .han }
            var pos: String
            switch piece.source {
            case 1: pos = lexicon.compiled.trie.pos(ofWord: lexicon.compiled.trie.word(at: Int(piece.node)))
            case 2: pos = lexicon.added.pos(ofWord: lexicon.added.word(at: Int(piece.node)))
            default: pos = kind == .han && end - start >= 2 && !options.names ? NameModel.guessPOS(s, start..<end) : Self.defaultPOS(kind)
            }
            if kind == .number {
                sawNumber = true
                if piece.b == piece.a + 1 && piece.source != 2 { pos = s[end - 1] == "年" ? "t" : "m" }
            }
            out.append(TokenSpan(range: start..<end, kind: kind, pos: pos))
            i += 1
        }
        if options.names && out.count > first {
            NameModel.apply(s, &out, from: first, lookup: NameModel.Lookup(word: { wordInfo(s, $0) }), rules: options.nameRules)
        }
        if options.numberUnits && sawNumber { NumberUnits.merge(s, &out, from: first) { wordPOS(s, $0) } }
        if options.mode == .search { addInnerWords(s, &out, from: first) }
    }

    static func defaultPOS(_ kind: TokenKind) -> String {
        switch kind {
        case .latin: return "eng"
        case .number: return "m"
        default: return "x"
        }
    }

    /// Closed-class parts of speech (jieba's tags): pronouns, prepositions, conjunctions, particles, adverbs,
    /// numerals, classifiers, locatives, modal particles, interjections, onomatopoeia.
    static let functionTags: Set<String> = ["r", "p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "d", "m", "q", "f", "y", "e", "o"]

    /// Whether the character at `p` is, on its own, a function word of the lexicon. The HMM often glues such
    /// characters to a neighbour (这是, 二是, 地说); an unknown word made with one is cut back into characters.
    func isFunctionCharacter(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ p: Int) -> Bool {
        guard let pos = wordPOS(s, p..<(p + 1)) else { return false }
        return Self.functionTags.contains(pos)
    }

    /// The part of speech of `s[range]` when it is a word of the lexicon (added words first, removed words
    /// excluded), or `nil`.
    func wordPOS(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> String? {
        wordInfo(s, range)?.pos
    }

    /// The part of speech and frequency of `s[range]` when it is a word of the lexicon (added words first, removed
    /// words excluded), or `nil`.
    func wordInfo(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> (pos: String, frequency: Int)? {
        let added = lexicon.added
        if added.wordCount > 0 {
            let node = added.node(of: s, range)
            if node >= 0 && added.isWord(node) { let w = added.word(at: node); return (added.pos(ofWord: w), Int(added.frequencies[w])) }
        }
        let trie = lexicon.compiled.trie
        let node = trie.node(of: s, range)
        guard node >= 0, trie.isWord(node) else { return nil }
        if lexicon.removed.wordCount > 0 {
            let r = lexicon.removed.node(of: s, range)
            if r >= 0 && lexicon.removed.isWord(r) { return nil }
        }
        let w = trie.word(at: node)
        return (trie.pos(ofWord: w), Int(trie.frequencies[w]))
    }

    /// Search mode: before each Han word longer than two characters, its two- and three-character lexicon words.
    func addInnerWords(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ out: inout [TokenSpan], from first: Int) {
        var result: [TokenSpan] = []
        for span in out[first...] {
            let n = span.range.count
            if span.kind == .han && n > 2 {
                for size in [2, 3] where n > size {
                    for p in span.range.lowerBound...(span.range.upperBound - size) {
                        let r = p..<(p + size)
                        if r.allSatisfy({ Script.isHan(s[$0]) }), let pos = wordPOS(s, r) {
                            result.append(TokenSpan(range: r, kind: .han, pos: pos))
                        }
                    }
                }
            }
            result.append(span)
        }
        out.replaceSubrange(first..., with: result)
    }
}

extension LexiconSegmenter.Options {
    /// Turns off the name rules named in `list` (comma-separated: transliterated, person, suffix, numbered), for
    /// measuring what each adds. Unknown names are ignored.
    package mutating func disableNameRules(_ list: String) {
        for name in list.split(separator: ",") {
            if let rule = NameModel.Rules.names.first(where: { $0.0 == name })?.1 { nameRules.remove(rule) }
        }
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
