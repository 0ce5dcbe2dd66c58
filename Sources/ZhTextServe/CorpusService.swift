import Foundation
import NIOConcurrencyHelpers
import ZhText
import ZhTextStore

/// The answers of the API over one corpus store, without HTTP: each endpoint's parameters in, the same JSON value out
/// as the CLI's `--format json` for the same question (the JSON is built by the library functions the CLI calls).
/// Pages use the typed answers. Answers are cached until the store changes.
public final class CorpusService: Sendable {
    /// The store.
    public let store: CorpusStore
    let cache = ResponseCache()
    /// Per-document counts of plain KWIC terms, by term and `where`, for the store version they were made at.
    let termCounts = NIOLockedValueBox<(version: String, counts: [String: [Int]])>(("", [:]))
    /// Selected documents by filter, for the store version they were read at.
    let entryLists = NIOLockedValueBox<(version: String, lists: [String: [CorpusEntry]])>(("", [:]))

    /// A service over `store`.
    public init(store: CorpusStore) { self.store = store }

    // MARK: Typed answers

    /// A trend answer with its groups.
    public struct TrendAnswer: Sendable {
        /// What `by` named.
        public var by: String
        /// The groups (periods or field values).
        public var buckets: [DatedCorpus.Bucket]
        /// The named sections of trends.
        public var sections: [(name: String, trends: [TermTrend])]
        /// The spikes, when asked for.
        public var spikes: [Spike]?
        /// Documents left out of every group.
        public var skipped: [String]
        /// The JSON value (as `trend --format json`).
        public var json: JSON { TrendJSON.value(by: by, buckets: buckets, sections: sections, spikes: spikes) }
    }

    /// `/api/trend`: `term` (repeatable), `group` (NAME=T1,T2; repeatable), `phrases` (1: every policy phrase),
    /// `category` (repeatable), `by`, `where` (repeatable), `top`, `min_count`, `all_terms`, `spikes`; as
    /// `trend --corpus C --term … --by … --where … --format json`.
    public func trend(_ p: QueryParameters) throws -> TrendAnswer {
        let grouping = try p.grouping(default: .period(.year))
        let filter = try p.filter()
        var groups: [(name: String, members: [String])] = []
        for g in p.all("group") {
            guard let parsed = TrendQuestion.group(parsing: g) else { throw ServeError.badParameter(name: "group", reason: "\"\(QueryParameters.shown(g))\": expected NAME=TERM1,TERM2,…") }
            groups.append(parsed)
        }
        let terms = p.all("term")
        for t in terms where Normalizer.default.normalize(t).scalars.allSatisfy(Script.isWhiteSpace) {
            throw ServeError.badParameter(name: "term", reason: "a term has nothing to count (only white space)")
        }
        if terms.count + groups.count > 20 { throw ServeError.badParameter(name: "term", reason: "at most 20 terms and groups at once") }
        let categories = p.all("category")
        let phrases = try p.flag("phrases") || !categories.isEmpty
        var matcher: PolicyPhrases?
        if phrases {
            let lexicon = try PolicyLexicon.bundled()
            for c in categories where !lexicon.categories.contains(c) {
                throw ServeError.badParameter(name: "category", reason: "unknown category \"\(QueryParameters.shown(c))\" (known: \(lexicon.categories.joined(separator: ", ")))")
            }
            matcher = PolicyPhrases(lexicon: lexicon, options: PhraseOptions(categories: categories.isEmpty ? nil : Set(categories), families: false))
        }
        let question = TrendQuestion(
            terms: terms, groups: groups, phrases: matcher, top: try p.int("top", default: 20, in: 1...1000),
            minimumCount: try p.int("min_count", default: 3, in: 1...1_000_000), allTerms: try p.flag("all_terms"),
            spikes: try p.flag("spikes") ? SpikeDetector(window: 3, ratio: 3, minimumCount: 3) : nil)
        if let (whole, spikes) = try store.wholeStoreTrend(question, filter: filter, grouping: grouping) {
            // The whole store by a period: from the day totals and the text index, as `trend --corpus` answers it.
            return TrendAnswer(by: grouping.description, buckets: whole.buckets, sections: [("terms", whole.trends)], spikes: spikes, skipped: whole.skipped)
        }
        let selection = try groupsOf(filter, by: grouping)
        let (sections, spikes) = try question.answer(in: store, groups: selection)
        return TrendAnswer(by: grouping.description, buckets: selection.buckets, sections: sections, spikes: spikes, skipped: selection.skipped)
    }

    /// The selected documents grouped; an unknown field is a 400 naming `by`.
    func groupsOf(_ filter: DocumentFilter, by grouping: CorpusGrouping) throws -> CorpusGroups {
        do { try CorpusQueries.check(grouping, in: store) } catch let e as ZhTextError {
            if case let .invalidArgument(message) = e { throw ServeError.badParameter(name: "by", reason: message) }
            throw e
        }
        return CorpusQueries.groups(try entries(filter), by: grouping)
    }

    /// The documents `filter` selects, in corpus order (kept per filter until the store changes: every question
    /// starts with them).
    public func entries(_ filter: DocumentFilter) throws -> [CorpusEntry] {
        let key = filter.conditions.map(\.description).joined(separator: "\u{0}")
        let version = storeVersion()
        if let kept = entryLists.withLockedValue({ $0.version == version ? $0.lists[key] : nil }) { return kept }
        let fresh = try store.entries(matching: filter)
        entryLists.withLockedValue { c in
            if c.version != version || c.lists.count > 64 { c = (version, [:]) }
            c.lists[key] = fresh
        }
        return fresh
    }

    /// The KWIC query of `term` (or `regex`), `sort`, `width`.
    public func kwicQuery(_ p: QueryParameters) throws -> KWICQuery {
        let sort = try p.sort()
        let width = try p.int("width", default: 20, in: 0...200)
        if let regex = try p.string("regex") {
            if try p.string("term") != nil { throw ServeError.badParameter(name: "regex", reason: "give term or regex, not both") }
            do { return try KWICQuery(regex: regex, context: width, sort: sort) } catch {
                throw ServeError.badParameter(name: "regex", reason: "\(error)")
            }
        }
        guard let term = try p.string("term") else { throw ServeError.badParameter(name: "term", reason: "missing (the term to find)") }
        do { return try KWICQuery(term: term, context: width, sort: sort) } catch {
            throw ServeError.badParameter(name: "term", reason: "\(error)")
        }
    }

    /// `/api/kwic`: `term` or `regex`, `sort` (L1–L3, R1–R3), `width`, `offset`, `limit` (default 100), `where`; as
    /// `kwic TERM --corpus C --sort … --offset … --limit … --where … --format json`.
    public func kwic(_ p: QueryParameters) throws -> (query: KWICQuery, page: KWICPage) {
        let query = try kwicQuery(p)
        let filter = try p.filter()
        let offset = try p.int("offset", default: 0, in: 0...Int(Int32.max))
        let limit = try p.int("limit", default: 100, in: 0...10_000)
        let entries = try entries(filter)
        // Paging through a plain term: its per-document counts are kept (until the store changes), so a page reads
        // only the texts of its own lines.
        var counts: [Int]?
        if query.sort == nil, let literal = KWICPage.literal(of: query) {
            let key = "counts:" + literal + "\u{0}" + p.all("where").joined(separator: "\u{0}")
            let version = storeVersion()
            counts = termCounts.withLockedValue { $0.version == version ? $0.counts[key] : nil }
            if counts == nil {
                let fresh = try store.occurrences(of: [literal], in: entries.map(\.key)).map { $0.first ?? 0 }
                termCounts.withLockedValue { c in
                    if c.version != version || c.counts.count > 256 { c = (version, [:]) }
                    c.counts[key] = fresh
                }
                counts = fresh
            }
        }
        return (query, try KWICPage.find(query, in: entries, source: store, offset: offset, limit: limit, counts: counts))
    }

    /// A comparison with the rendering its parameters ask for.
    public struct CompareAnswer: Sendable {
        /// The comparison.
        public var comparison: Comparison
        /// Its JSON rendering (row limits).
        public var rendering: ComparisonJSON
        /// What grouped the periods (`by`), for links to KWIC.
        public var grouping: CorpusGrouping
        /// The conditions selecting side A and side B (for links to KWIC).
        public var conditions: (a: [String], b: [String])
        /// The JSON value (as `compare --format json`).
        public var json: JSON { rendering.value(comparison) }
    }

    /// `/api/compare`: `from` and `to` (periods as labelled by `by`) or `a` and `b` (conditions, repeatable), `where`,
    /// `top` (50), `min_count` (2), `rank_limit` (20); as `compare --corpus C --from … --to … --format json`.
    public func compare(_ p: QueryParameters) throws -> CompareAnswer {
        let from = try p.string("from"), to = try p.string("to")
        let sideA = p.all("a"), sideB = p.all("b")
        let filter = try p.filter()
        let top = try p.int("top", default: 50, in: 0...10_000)
        let options = ComparisonOptions(minimumCount: try p.int("min_count", default: 2, in: 1...1_000_000),
                                        rankLimit: try p.int("rank_limit", default: 20, in: 1...10_000))
        let grouping = try p.grouping(default: .period(.year))
        var a: (name: String, entries: [CorpusEntry]), b: (name: String, entries: [CorpusEntry])
        var conditions: (a: [String], b: [String])
        if from != nil || to != nil {
            guard let from else { throw ServeError.badParameter(name: "from", reason: "missing (to needs from)") }
            guard let to else { throw ServeError.badParameter(name: "to", reason: "missing (from needs to)") }
            if !sideA.isEmpty || !sideB.isEmpty { throw ServeError.badParameter(name: "a", reason: "compare either periods (from/to) or sides (a/b)") }
            let groups = try groupsOf(filter, by: grouping)
            func side(_ name: String, _ label: String) throws -> [CorpusEntry] {
                guard let bucket = groups.buckets.first(where: { $0.period.label == label }) else {
                    throw ServeError.badParameter(name: name, reason: "no documents in period \(QueryParameters.shown(label)) (by \(grouping); periods: \(groups.buckets.prefix(50).map(\.period.label).joined(separator: ", ")))")
                }
                return bucket.documents.map { groups.entries[$0] }
            }
            a = (from, try side("from", from))
            b = (to, try side("to", to))
            let field = grouping.description
            func condition(_ label: String) -> [String] {
                if case .period(.label) = grouping { return ["label=" + label] }
                if case .period = grouping { return [] }
                return [field + "=" + label]
            }
            conditions = (condition(from), condition(to))
        } else {
            guard !sideA.isEmpty else { throw ServeError.badParameter(name: "a", reason: "missing: give from and to (periods) or a and b (conditions)") }
            guard !sideB.isEmpty else { throw ServeError.badParameter(name: "b", reason: "missing (a needs b)") }
            func side(_ name: String, _ texts: [String]) throws -> [CorpusEntry] {
                let parsed: DocumentFilter
                do { parsed = try DocumentFilter(parsing: texts) } catch { throw ServeError.badParameter(name: name, reason: error.description) }
                let entries = try entries(DocumentFilter(filter.conditions + parsed.conditions))
                if entries.isEmpty { throw ServeError.badParameter(name: name, reason: "no documents satisfy \(QueryParameters.shown(texts.joined(separator: " ")))") }
                return entries
            }
            a = (sideA.joined(separator: " "), try side("a", sideA))
            b = (sideB.joined(separator: " "), try side("b", sideB))
            conditions = (sideA, sideB)
        }
        let comparison = try CorpusQueries.compare(a: a.name, a.entries, b: b.name, b.entries, in: store, model: try .series(), options: options)
        return CompareAnswer(comparison: comparison, rendering: ComparisonJSON(top: top, categories: ComparisonJSON.bundledCategories),
                             grouping: grouping, conditions: conditions)
    }

    /// `/api/phrases`: `where`, `category` (repeatable), `context` (20), `patterns` (1 by default); one object per
    /// selected document (a single object for one document), as `phrases --corpus C --where … --format json`.
    public func phrases(_ p: QueryParameters) throws -> JSON {
        let lexicon = try PolicyLexicon.bundled()
        let categories = p.all("category")
        for c in categories where !lexicon.categories.contains(c) {
            throw ServeError.badParameter(name: "category", reason: "unknown category \"\(QueryParameters.shown(c))\" (known: \(lexicon.categories.joined(separator: ", ")))")
        }
        let families = p.pairs.contains { $0.name == "patterns" } ? try p.flag("patterns") : true
        let options = PhraseOptions(contextWidth: try p.int("context", default: 20, in: 0...200),
                                    categories: categories.isEmpty ? nil : Set(categories), families: families)
        let finder = PolicyPhrases(lexicon: lexicon, options: options)
        let entries = try entries(try p.filter())
        var objects: [JSON] = []
        try store.forEachText(of: entries) { e, text in
            if let text { objects.append(PhraseReportJSON.value(file: e.record.file, report: finder.report(for: text))) }
        }
        return objects.count == 1 ? objects[0] : .array(objects)
    }

    /// `/api/documents`: `where`, `offset`, `limit` (100); the documents as `corpus list C --where … --offset …
    /// --limit … --format json` lists them, and how many were selected in all.
    public func documents(_ p: QueryParameters) throws -> (json: JSON, total: Int, entries: [CorpusEntry]) {
        let entries = try entries(try p.filter())
        let page = CorpusPaging.page(entries, offset: try p.int("offset", default: 0, in: 0...Int(Int32.max)),
                                     limit: try p.int("limit", default: 100, in: 0...100_000))
        let names = try store.fieldNames()
        return (.array(page.map { $0.record.json(fieldNames: names) }), entries.count, page)
    }

    /// The document whose identity is `id`.
    public func document(id: String) throws -> (entry: CorpusEntry, text: NormalizedText) {
        let filter = DocumentFilter([try WhereCondition(parsing: "id=" + id)])
        guard let entry = try store.entries(matching: filter).first else { throw ServeError.notFound("no document with id \(QueryParameters.shown(id))") }
        var text: NormalizedText?
        try store.forEachText(of: [entry.key], containing: nil) { _, t in text = t }
        guard let text else { throw ServeError.notFound("no text for document \(QueryParameters.shown(id))") }
        return (entry, text)
    }

    /// `/api/documents/{id}`: the record as `corpus list` gives it, with `"text"`, the normalized text, and `"url"`
    /// when the document has one.
    public func documentJSON(id: String) throws -> JSON {
        let (entry, text) = try document(id: id)
        guard case var .object(fields) = entry.record.json(fieldNames: try store.fieldNames()) else { return .null }
        fields.append(("text", .string(text.text)))
        return .object(fields)
    }

    /// `/api/info`: as `corpus info --format json`.
    public func info() throws -> JSON { try store.info().json }

    // MARK: JSON bodies

    /// The body of a GET endpoint (`info`, `trend`, `kwic`, `compare`, `phrases`, `documents`): the pretty JSON and
    /// a line break, byte for byte what the CLI prints; cached until the store changes.
    public func body(of endpoint: String, _ p: QueryParameters) throws -> String {
        try cache.memo("api:" + endpoint + "?" + p.encoded, version: storeVersion()) {
            let json: JSON
            switch endpoint {
            case "info": json = try info()
            case "trend": json = try trend(p).json
            case "kwic": let (q, page) = try kwic(p); json = page.json(q)
            case "compare": json = try compare(p).json
            case "phrases": json = try phrases(p)
            case "documents": json = try documents(p).json
            default: throw ServeError.notFound("/api/\(endpoint)")
            }
            return json.pretty + "\n"
        }
    }

    /// Adds documents; the cache is dropped.
    public func add(_ documents: [LoadedDocument]) throws -> CorpusAddSummary {
        defer { cache.clear() }
        return try store.add(loaded: documents)
    }

    /// Changes whenever the store's files change (this server's adds, or another process's).
    func storeVersion() -> String {
        var parts: [String] = []
        for suffix in ["", "-wal"] {
            var st = stat()
            if stat(store.path + suffix, &st) == 0 {
                parts.append("\(st.st_size).\(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec)")
            } else {
                parts.append("-")
            }
        }
        return parts.joined(separator: "/")
    }
}
