/// A keyword of a text.
public struct Keyword: Sendable, Equatable, Hashable {
    /// What the keyword shows: its most frequent form as written (for a phrase keyword, the phrase's text).
    public var term: String
    /// The extractor's score: higher is more characteristic. Comparable within one extraction only.
    public var score: Double
    /// Occurrences as a token (or as a token sequence, for phrase keywords).
    public var count: Int
    /// Original range of the first occurrence, in Unicode scalars of the decoded input, end exclusive.
    public var range: Range<Int>
    /// The forms this keyword merged (發展 and 发展, `AI` and `ai`), most frequent first; empty when it was written
    /// one way only. ``term`` is the first of them.
    public var variants: [String]

    /// Start of the first occurrence in the original text.
    public var start: Int { range.lowerBound }

    /// A keyword from its parts.
    public init(term: String, score: Double, count: Int, range: Range<Int>, variants: [String] = []) {
        self.term = term
        self.variants = variants
        self.score = score
        self.count = count
        self.range = range
    }

    /// The order every keyword list uses: score descending, then term ascending (code points).
    @inline(__always)
    public static func ranks(_ a: Keyword, before b: Keyword) -> Bool {
        if a.score != b.score { return a.score > b.score }
        return a.term.unicodeScalars.lexicographicallyPrecedes(b.term.unicodeScalars)
    }
}
