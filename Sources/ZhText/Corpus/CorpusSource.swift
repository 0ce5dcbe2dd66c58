/// How a corpus query groups documents: by a period of their date, or by the value of a metadata field.
public enum CorpusGrouping: Sendable, Equatable, CustomStringConvertible {
    /// By year, quarter, month, ISO week, day, or manifest label.
    case period(PeriodUnit)
    /// By the value of a field (`source`, `author`, …); documents without it are left out with a warning.
    case field(String)

    /// `year`…`day` and `label` are periods (they win over a field of the same name); anything else is a field.
    public init(parsing text: String) {
        self = PeriodUnit(rawValue: text).map(CorpusGrouping.period) ?? .field(text)
    }

    /// The name as given to `--by`.
    public var description: String {
        switch self {
        case let .period(u): return u.rawValue
        case let .field(f): return f
        }
    }
}

/// A document of a corpus source: a key the source understands and the document's record.
public struct CorpusEntry: Sendable, Equatable {
    /// The source's key for the document (an index in memory, a row id in the store).
    public var key: Int
    /// Identity and metadata.
    public var record: DocumentRecord

    /// An entry.
    public init(key: Int, record: DocumentRecord) {
        self.key = key
        self.record = record
    }
}

/// Where corpus queries get their documents: files read for this run (``InMemoryCorpus``) or a corpus store. Every
/// query (``CorpusQueries``) is written once against this protocol, so the same documents give the same results
/// whichever source holds them.
public protocol CorpusSource: Sendable {
    /// The documents whose record satisfies `filter`, in corpus order (input order; a store's order of first
    /// addition).
    func entries(matching filter: DocumentFilter) throws -> [CorpusEntry]

    /// The entries of ``entries(matching:)`` that may contain `term` (normalized), in the same order: all of them,
    /// except those a source rules out without reading their texts (a store, through its trigram index). Callers
    /// still look for the term in each text; this only saves making the records of documents that cannot hold it.
    func entries(matching filter: DocumentFilter, mayContain term: String) throws -> [CorpusEntry]

    /// The keys of the documents that may contain `term` (normalized), or `nil` when the source cannot rule any out
    /// without reading the texts (a store asks its trigram index once).
    func keys(mayContain term: String) throws -> Set<Int>?

    /// The names of the metadata fields some document has (besides ``DocumentRecord/builtInFields``), sorted.
    func fieldNames() throws -> [String]

    /// Calls `body` with each document's token and phrase counts, in the order of `keys`.
    func forEachTerms(of keys: [Int], _ body: (Int, DocumentTerms) throws -> Void) throws

    /// Non-overlapping occurrences of each of `patterns` (normalized) in each document's normalized text:
    /// `result[i][j]` is pattern j in document `keys[i]` (as ``TermOccurrences/count(in:)`` counts).
    func occurrences(of patterns: [String], in keys: [Int]) throws -> [[Int]]

    /// Calls `body` with the normalized text of each document of `keys` (in that order) that contains `term` (every
    /// document when `term` is nil).
    func forEachText(of keys: [Int], containing term: String?, _ body: (Int, NormalizedText) throws -> Void) throws

    /// One profile per group of documents: the sum (``TermProfile/add(_:)``) of the profiles
    /// ``DocumentTerms/profile(model:units:)`` gives each document of the group. A source may compute it without
    /// building each document's profile (a store, from its term ids); the default does exactly that sum.
    func mergedProfiles(of groups: [[Int]], model: TermModel) throws -> [TermProfile]
}

extension CorpusSource {
    public func entries(matching filter: DocumentFilter, mayContain term: String) throws -> [CorpusEntry] {
        try entries(matching: filter)
    }

    public func keys(mayContain term: String) throws -> Set<Int>? { nil }

    /// Calls `body` with `entries` a batch at a time, in their order, each with its normalized text (`nil` for a
    /// document that does not contain `term`; every text is read when `term` is nil). Only one batch of texts is held
    /// at a time, so a command can go through a corpus of any size. With a `term`, the documents that cannot hold it
    /// (``keys(mayContain:)``, asked once) are given `nil` without reading their texts.
    public func forEachTextBatch(of entries: [CorpusEntry], containing term: String? = nil, batch: Int = 64,
                                 _ body: ([(entry: CorpusEntry, text: NormalizedText?)]) throws -> Void) throws {
        let possible = try term.flatMap { try keys(mayContain: $0) }
        for start in stride(from: 0, to: entries.count, by: max(1, batch)) {
            let part = entries[start..<min(entries.count, start + max(1, batch))]
            var texts: [Int: NormalizedText] = [:]
            let wanted = possible.map { p in part.map(\.key).filter(p.contains) } ?? part.map(\.key)
            if !wanted.isEmpty { try forEachText(of: wanted, containing: term) { k, t in texts[k] = t } }
            try body(part.map { ($0, texts[$0.key]) })
        }
    }

    /// Calls `body` with each of `entries`, in order, and its normalized text (`nil` for a document that does not
    /// contain `term`), reading the texts a batch at a time (``forEachTextBatch(of:containing:batch:_:)``).
    public func forEachText(of entries: [CorpusEntry], containing term: String? = nil,
                            _ body: (CorpusEntry, NormalizedText?) throws -> Void) throws {
        try forEachTextBatch(of: entries, containing: term) { part in
            for (entry, text) in part { try body(entry, text) }
        }
    }

    public func mergedProfiles(of groups: [[Int]], model: TermModel) throws -> [TermProfile] {
        var byKey: [Int: TermProfile] = [:]
        try forEachTerms(of: Array(Set(groups.joined())).sorted()) { k, terms in byKey[k] = terms.profile(model: model) }
        return groups.map { keys in
            var p = TermProfile()
            for k in keys { if let d = byKey[k] { p.add(d) } }
            return p
        }
    }
}

/// The documents read for one run (the paths on the command line), as a ``CorpusSource``.
public struct InMemoryCorpus: CorpusSource {
    /// The documents, in input order.
    public let documents: [LoadedDocument]
    /// How token counts are computed (the same segmenter and phrase lexicon the store uses).
    public let analyze: @Sendable (NormalizedText) -> DocumentTerms

    /// A corpus of `documents`; by default tokens come from the shared lexicon segmenter and phrases from the bundled
    /// policy lexicon (as in the store).
    public init(documents: [LoadedDocument],
                analyze: @escaping @Sendable (NormalizedText) -> DocumentTerms = { DocumentTerms(text: $0) }) {
        self.documents = documents
        self.analyze = analyze
    }

    public func entries(matching filter: DocumentFilter) -> [CorpusEntry] {
        documents.indices.filter { filter.accepts(documents[$0].record) }.map { CorpusEntry(key: $0, record: documents[$0].record) }
    }

    public func fieldNames() -> [String] {
        Set(documents.flatMap(\.record.fields.keys)).sorted()
    }

    public func forEachTerms(of keys: [Int], _ body: (Int, DocumentTerms) throws -> Void) throws {
        for k in keys { try body(k, analyze(documents[k].text)) }
    }

    public func occurrences(of patterns: [String], in keys: [Int]) -> [[Int]] {
        let counters = patterns.map { TermOccurrences($0) }
        return keys.map { k in counters.map { $0.count(in: documents[k].text.scalars) } }
    }

    public func forEachText(of keys: [Int], containing term: String?, _ body: (Int, NormalizedText) throws -> Void) throws {
        let counter = term.map { TermOccurrences($0) }
        for k in keys where counter.map({ $0.count(in: documents[k].text.scalars) > 0 }) ?? true {
            try body(k, documents[k].text)
        }
    }
}
