/// Where a lexicon word comes from, which decides who wins when words compete.
///
/// Segmentation first maximises the characters covered by ``user`` words, then by ``phrase`` words, then the
/// probability of the path. So a user word is always one token where it occurs, unless another user word overlapping
/// it covers more characters (or as many, with a higher probability).
public enum WordOrigin: UInt8, Sendable, Equatable, Hashable, Codable, Comparable {
    /// The general lexicon (`Dictionaries/lexicon/words.tsv`).
    case general = 0
    /// A policy phrase (`Dictionaries/policy/phrases.tsv`): canonical forms and variants.
    case phrase = 1
    /// A user dictionary or a word added at run time.
    case user = 2

    public static func < (a: WordOrigin, b: WordOrigin) -> Bool { a.rawValue < b.rawValue }
}

/// One word of a lexicon: its normalized form, frequency and part of speech.
public struct LexiconEntry: Sendable, Equatable, Hashable {
    /// The word, normalized (as ``Normalizer`` leaves it).
    public var term: String
    /// How often the word occurs in the reference corpus (jieba's counts); higher wins more often.
    public var frequency: Int
    /// Part of speech in jieba's tag set (`n`, `v`, `ns`, …).
    public var pos: String
    /// Which file or call it comes from.
    public var origin: WordOrigin

    public init(term: String, frequency: Int, pos: String, origin: WordOrigin = .general) {
        self.term = term
        self.frequency = frequency
        self.pos = pos
        self.origin = origin
    }
}
