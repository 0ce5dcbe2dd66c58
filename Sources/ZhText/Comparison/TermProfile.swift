/// Counts multi-character units (policy phrases) as wholes, independent of how the segmenter splits them.
public protocol UnitCounter: Sendable {
    /// Occurrences of each unit found in `text`, keyed by the unit's canonical form.
    func counts(in text: NormalizedText) -> [String: Int]
}

/// Term counts of a document or of a group of documents: content terms (by ``TermKey``) plus whole units (policy
/// phrases).
public struct TermProfile: Sendable, Equatable {
    /// Occurrences per term key (units override the token count of the same string).
    public var counts: [String: Int] = [:]
    /// The original forms behind the keys (what each term shows).
    public var variants = TermVariants()
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
        variants.merge(other.variants)
        units.formUnion(other.units)
        tokens += other.tokens
        characters += other.characters
        documents += other.documents
    }

    /// The sum of several profiles.
    public static func merged(_ profiles: [TermProfile]) -> TermProfile {
        if profiles.count == 1 { return profiles[0] }   // already a sum (a side summed by its source)
        var p = TermProfile()
        for q in profiles { p.add(q) }
        return p
    }

    /// Occurrences per 10,000 characters of `count`.
    public func per10k(_ count: Int) -> Double {
        characters > 0 ? Double(count) * 10_000 / Double(characters) : 0
    }

    /// What the term with `key` shows: its most frequent original form.
    public func shown(_ key: String) -> String { variants.shown(key, count: counts[key] ?? 0) }
}

/// Builds ``TermProfile``s: the term model's filter decides which tokens count; units are counted whole.
public struct TermCounting: Sendable {
    /// Segments the text into tokens.
    public var segmenter: any Segmenter
    /// Policy phrases (or other units) counted as wholes, whatever the segmenter does with them.
    public var units: (any UnitCounter)?
    /// Which tokens count (``TermModel``).
    public var model: TermModel

    /// A counter of `model`'s terms (content terms: ``TermModel/content(extra:)``).
    public init(segmenter: any Segmenter, units: (any UnitCounter)? = nil, model: TermModel) {
        self.segmenter = segmenter
        self.units = units
        self.model = model
    }

    /// The profile of one document.
    /// - Complexity: O(n) plus segmentation.
    public func profile(of text: NormalizedText, characters: Int? = nil) -> TermProfile {
        var p = TermProfile()
        p.documents = 1
        p.characters = characters ?? text.nonWhiteSpaceCount
        var tally = TermTally()
        tally.add(text: text, segmenter: segmenter, chunkSize: 200_000)
        p.tokens = tally.wordTokens
        let (entries, variants, _) = tally.entries(filter: model.filter)
        p.counts.reserveCapacity(entries.count)
        for e in entries { p.counts[e.key] = e.count }
        p.variants = variants
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
