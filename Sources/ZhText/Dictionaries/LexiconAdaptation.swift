import Foundation

/// Corpus-adaptive segmentation: the words a run's own input shows to be words (``Discovery``'s statistics:
/// frequent, cohesive, free) join the lexicon for that run.
///
/// Feed every text twice — ``count(_:)`` on each, then ``countNeighbours(_:)`` on each (in any order) — then take
/// ``words()`` or ``lexicon()``. A candidate becomes a word when
///
/// - ``Discovery`` proposes it (at least ``Options/discovery``'s count, PMI over every split and neighbour entropy
///   on both sides), it is made of Han characters only and it is not a word of the base lexicon yet;
/// - the base segmenter splits it, none of its pieces is a function word on its own (中国的发展 stays apart), and
///   not all of them are common words (``Options/commonFrequency``: 经济发展 stays two words);
/// - one of its pieces occurs mostly inside it (at least ``Options/minimumShare`` of that piece's occurrences):
///   `班列` in a text about 中欧班列, `模型` in a text about 大模型 — but not `经济` in 经济发展, which occurs
///   everywhere.
///
/// Each word gets the frequency that lets it beat its own pieces (jieba's `suggest_freq` idea) and no more, so it
/// never takes characters from a more probable neighbour. The result depends only on the multiset of texts: not on
/// their order, nor on how many threads later segment them (as long as the n-gram table is not pruned; see
/// ``DiscoveryResult/pruneLevel``, reported by ``pruneLevel``).
///
/// ```swift
/// var adaptation = LexiconAdaptation()
/// let texts = documents.map { Normalizer.default.normalize($0) }
/// texts.forEach { adaptation.count($0) }
/// texts.forEach { adaptation.countNeighbours($0) }
/// let segmenter = LexiconSegmenter(lexicon: adaptation.lexicon())
/// ```
public struct LexiconAdaptation: Sendable {
    /// Thresholds.
    public struct Options: Sendable, Equatable {
        /// Discovery's thresholds (count, PMI, entropy, lengths). The default lets up to 5,000 candidates through.
        public var discovery: DiscoveryOptions
        /// The least share of a piece's occurrences that must fall inside the candidate.
        public var minimumShare: Double
        /// The least frequency an adapted word gets.
        public var minimumFrequency: Int
        /// A candidate made only of words at least this frequent in the base lexicon (经济 + 发展) is a phrase of
        /// ordinary words, not a new word, however often it occurs.
        public var commonFrequency: Int = 2_000

        /// Defaults: discovery's defaults (≥ 3 occurrences and ≥ 2 per million characters, PMI ≥ 3 bits, entropy
        /// ≥ 1 bit, 2–6 characters), share 0.5, frequency at least 50.
        public init(discovery: DiscoveryOptions = Options.defaultDiscovery, minimumShare: Double = 0.5, minimumFrequency: Int = 50) {
            self.discovery = discovery
            self.minimumShare = minimumShare
            self.minimumFrequency = minimumFrequency
        }

        /// ``DiscoveryOptions`` with a candidate limit of 5,000.
        public static var defaultDiscovery: DiscoveryOptions {
            var o = DiscoveryOptions()
            o.limit = 5_000
            return o
        }
    }

    /// The lexicon the words are added to.
    public let base: Lexicon
    /// The thresholds.
    public let options: Options
    private var discovery: Discovery

    /// An empty adaptation of `base`.
    public init(base: Lexicon = .default, options: Options = Options()) {
        self.base = base
        self.options = options
        discovery = Discovery(options: options.discovery)
    }

    /// First pass: counts the character n-grams of a text.
    /// - Complexity: O(n × maxLength).
    public mutating func count(_ text: NormalizedText) {
        TextChunks.ranges(of: text.scalars, size: 1 << 20, insideLines: true).forEach { discovery.count(Array(text.scalars[$0])) }
    }

    /// Second pass: counts the neighbours of the candidates in a text (every text of the first pass, in any order).
    public mutating func countNeighbours(_ text: NormalizedText) {
        TextChunks.ranges(of: text.scalars, size: 1 << 20, insideLines: true).forEach { discovery.countNeighbours(Array(text.scalars[$0])) }
    }

    /// How far the n-gram counts may be low because the table was pruned (0: exact, and the result is independent
    /// of input order).
    public var pruneLevel: Int { discovery.pruneLevel }

    /// The words the input shows to be words, sorted by term, as general lexicon entries (POS guessed from their
    /// shape: `nr`, `ns`, `nt`, `nz` or `n`).
    public func words() -> [LexiconEntry] {
        let result = discovery.result()
        let segmenter = LexiconSegmenter(lexicon: base, options: .init(unknownWords: false, numberUnits: false, names: false))
        let logTotal = base.compiled.logTotal
        var entries: [LexiconEntry] = []
        for candidate in result.candidates {
            let term = candidate.term
            guard term.unicodeScalars.allSatisfy(Script.isHan), !base.contains(term) else { continue }
            let text = NormalizedText(unnormalized: term)
            let pieces = segmenter.spans(in: text, range: 0..<text.scalars.count)
            guard pieces.count > 1 else { continue }
            var share = 0.0
            var logProbability = 0.0
            var glued = false
            var weakPiece = false
            for piece in pieces {
                let p = String(scalars: text.scalars[piece.range])
                let entry = base.entry(for: p)
                if piece.range.count == 1 || (entry?.frequency ?? 0) < options.commonFrequency { weakPiece = true }
                if piece.range.count == 1, let pos = entry?.pos, LexiconSegmenter.functionTags.contains(pos) { glued = true; break }
                let occurrences = discovery.occurrences(of: p)
                if occurrences > 0 { share = max(share, Double(candidate.count) / Double(occurrences)) }
                logProbability += log(Double(max(entry?.frequency ?? 1, 1))) - logTotal
            }
            guard !glued, weakPiece, share >= options.minimumShare else { continue }
            // Enough to beat the pieces (by a factor e²), never less than the floor.
            let suggested = exp(min(logProbability + logTotal + 2, 20))
            let frequency = max(options.minimumFrequency, Int(suggested.rounded(.up)))
            let pos = text.scalars.withUnsafeBufferPointer { NameModel.guessPOS($0, 0..<$0.count) }
            entries.append(LexiconEntry(term: term, frequency: frequency, pos: pos, origin: .general))
        }
        return entries.sorted { $0.term.unicodeScalars.lexicographicallyPrecedes($1.term.unicodeScalars) { $0.value < $1.value } }
    }

    /// The base lexicon with ``words()`` added.
    public func lexicon() -> Lexicon { base.adding(words()) }

    /// Both passes over `texts`, then ``lexicon()``.
    public static func adapt(_ base: Lexicon = .default, to texts: [NormalizedText], options: Options = Options()) -> Lexicon {
        var adaptation = LexiconAdaptation(base: base, options: options)
        texts.forEach { adaptation.count($0) }
        texts.forEach { adaptation.countNeighbours($0) }
        return adaptation.lexicon()
    }
}
