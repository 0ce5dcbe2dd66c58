/// Counts multi-character units (policy phrases) as wholes, independent of how the segmenter splits them.
public protocol UnitCounter: Sendable {
    /// Occurrences of each unit found in `text`, keyed by the unit's canonical form.
    func counts(in text: NormalizedText) -> [String: Int]
}

/// Term counts of a document or of a group of documents: word tokens plus whole units (policy phrases).
public struct TermProfile: Sendable, Equatable {
    /// Occurrences per term (tokens; units override the token count of the same string).
    public var counts: [String: Int] = [:]
    /// Documents containing each term.
    public var documentFrequency: [String: Int] = [:]
    /// Terms counted as whole units.
    public var units: Set<String> = []
    /// Word tokens (not space or punctuation): the corpus size for keyness.
    public var tokens = 0
    /// Non-white-space characters: the per-10k base.
    public var characters = 0
    /// Documents counted.
    public var documents = 0

    public init() {}

    /// Adds another profile (documents merge; document frequencies add).
    public mutating func add(_ other: TermProfile) {
        for (t, c) in other.counts { counts[t, default: 0] += c }
        for (t, c) in other.documentFrequency { documentFrequency[t, default: 0] += c }
        units.formUnion(other.units)
        tokens += other.tokens
        characters += other.characters
        documents += other.documents
    }

    /// The sum of several profiles.
    public static func merged(_ profiles: [TermProfile]) -> TermProfile {
        var p = TermProfile()
        for q in profiles { p.add(q) }
        return p
    }

    /// Occurrences per 10,000 characters of `count`.
    public func per10k(_ count: Int) -> Double {
        characters > 0 ? Double(count) * 10_000 / Double(characters) : 0
    }
}

/// Builds ``TermProfile``s: which tokens count as terms and which units are counted whole.
public struct TermCounting: Sendable {
    /// Segments the text into tokens.
    public var segmenter: any Segmenter
    /// Policy phrases (or other units) counted as wholes, whatever the segmenter does with them.
    public var units: (any UnitCounter)?
    /// Shortest token counted as a term, in characters (default 2: single characters are mostly function words).
    public var minimumLength: Int
    /// Token kinds counted as terms.
    public var kinds: Set<TokenKind>

    /// A counter; by default Han and Latin tokens of at least two characters count.
    public init(segmenter: any Segmenter, units: (any UnitCounter)? = nil, minimumLength: Int = 2,
                kinds: Set<TokenKind> = [.han, .latin]) {
        self.segmenter = segmenter
        self.units = units
        self.minimumLength = minimumLength
        self.kinds = kinds
    }

    /// The profile of one document.
    /// - Complexity: O(n) plus segmentation.
    public func profile(of text: NormalizedText, characters: Int? = nil) -> TermProfile {
        var p = TermProfile()
        p.documents = 1
        p.characters = characters ?? text.nonWhiteSpaceCount
        let scalars = text.scalars
        // Chunk by chunk (cut where the segmenter always has a boundary): the same spans, in bounded memory.
        for chunk in TextChunks.ranges(of: scalars, size: 200_000) {
            for span in segmenter.spans(in: text, range: chunk) where span.kind != .space && span.kind != .punctuation {
                p.tokens += 1
                guard kinds.contains(span.kind), span.range.count >= minimumLength else { continue }
                p.counts[String(scalars: scalars[span.range]), default: 0] += 1
            }
        }
        if let units {
            for (unit, c) in units.counts(in: text) where c > 0 {
                p.counts[unit] = c
                p.units.insert(unit)
            }
        }
        for t in p.counts.keys { p.documentFrequency[t] = 1 }
        return p
    }

    /// The profile of a dated document.
    public func profile(of document: DatedDocument) -> TermProfile {
        profile(of: document.text, characters: document.characters)
    }
}
