/// A keyword of a text.
public struct Keyword: Sendable, Equatable, Hashable {
    /// The normalized term (for a phrase keyword, the normalized text of the phrase).
    public var term: String
    /// The extractor's score: higher is more characteristic. Comparable within one extraction only.
    public var score: Double
    /// Occurrences as a token (or as a token sequence, for phrase keywords).
    public var count: Int
    /// Original range of the first occurrence, in Unicode scalars of the decoded input, end exclusive.
    public var range: Range<Int>

    /// Start of the first occurrence in the original text.
    public var start: Int { range.lowerBound }

    /// A keyword from its parts.
    public init(term: String, score: Double, count: Int, range: Range<Int>) {
        self.term = term
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
