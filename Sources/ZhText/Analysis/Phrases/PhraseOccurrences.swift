/// The occurrences of one phrase in one text, in text order, as ``PhraseHit`` values made when read.
///
/// A text with millions of hits (50 MB of one phrase repeated) must not hold millions of context strings: each
/// occurrence is kept as its normalized span and two flags (9 bytes), and the hit's original text, original range and
/// context are computed from the normalized text when an element is read. Reading the same element twice gives the
/// same hit.
public struct PhraseOccurrences: RandomAccessCollection, Sendable, Equatable {
    /// The canonical phrase of every occurrence.
    public let phrase: String
    /// Its category.
    public let category: String
    private let text: NormalizedText
    private let contextWidth: Int
    private var starts: [Int32] = []
    private var ends: [Int32] = []
    private var flags: [UInt8] = []

    private static let quotedFlag: UInt8 = 1, longestFlag: UInt8 = 2

    /// No occurrences yet, of `phrase` in `text`.
    init(phrase: String, category: String, text: NormalizedText, contextWidth: Int) {
        self.phrase = phrase
        self.category = category
        self.text = text
        self.contextWidth = contextWidth
    }

    /// Adds an occurrence (in text order).
    mutating func append(normalizedRange range: Range<Int>, quoted: Bool, longest: Bool) {
        starts.append(Int32(range.lowerBound))
        ends.append(Int32(range.upperBound))
        flags.append((quoted ? Self.quotedFlag : 0) | (longest ? Self.longestFlag : 0))
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { starts.count }

    /// The hit at `index`.
    public subscript(index: Int) -> PhraseHit {
        PhraseHit(phrase: phrase, category: category, normalizedRange: Int(starts[index])..<Int(ends[index]),
                  quoted: flags[index] & Self.quotedFlag != 0, longest: flags[index] & Self.longestFlag != 0,
                  in: text, contextWidth: contextWidth)
    }

    /// Number of occurrences inside one pair of quotation marks (without making the hits).
    public var quotedCount: Int { flags.reduce(0) { $0 + Int($1 & Self.quotedFlag) } }

    /// Number of occurrences kept by leftmost-longest selection (without making the hits).
    public var longestCount: Int { flags.reduce(0) { $0 + Int(($1 & Self.longestFlag) >> 1) } }

    /// The original start of the first occurrence (`nil` when there is none).
    public var firstStart: Int? { starts.isEmpty ? nil : text.map.originalOffset(of: Int(starts[0])) }

    /// Equal when they hold the same hits.
    public static func == (a: PhraseOccurrences, b: PhraseOccurrences) -> Bool {
        a.count == b.count && a.elementsEqual(b)
    }
}
