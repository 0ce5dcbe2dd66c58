/// One page of the keyword-in-context lines of a corpus: the lines of every selected document in the query's order
/// (corpus order without a sort; by the sort word, ties in corpus order, with one), and of those the `limit` lines
/// from `offset` on. The one definition used by `zhtext kwic --corpus … --offset --limit` and the server's `/api/kwic`.
///
/// Without a sort only the documents that hold lines of the page are read in full: a plain term is counted in the
/// others (``CorpusSource/occurrences(of:in:)``), so that paging through a corpus costs one pass of counting.
public struct KWICPage: Sendable {
    /// One line with its document.
    public struct Line: Sendable {
        /// The document.
        public var entry: CorpusEntry
        /// The line.
        public var line: KWICLine
    }

    /// Lines of the whole query, over every document.
    public var total: Int
    /// The index of the first line of the page.
    public var offset: Int
    /// At most this many lines.
    public var limit: Int
    /// The page's lines.
    public var lines: [Line]

    /// The plain term of `query` (no `*`, not a regex): the one whose lines can be counted without reading texts.
    public static func literal(of query: KWICQuery) -> String? {
        if case let .term(t) = query.pattern, !t.contains("*") { return t }
        return nil
    }

    /// The page of `query`'s lines over `entries` of `source` from `offset`, at most `limit` lines. `counts`, when
    /// given, are the occurrences of the plain term in each entry (as ``CorpusSource/occurrences(of:in:)`` counts
    /// them; a server keeps them between pages).
    public static func find(_ query: KWICQuery, in entries: [CorpusEntry], source: some CorpusSource, offset: Int,
                            limit: Int, segmenter: any Segmenter = LexiconSegmenter.default, counts known: [Int]? = nil) throws -> KWICPage {
        let offset = max(0, offset), limit = max(0, limit)
        let end = offset + min(limit, Int.max - offset)
        let literal = literal(of: query)
        var page = KWICPage(total: 0, offset: offset, limit: limit, lines: [])
        let position = Dictionary(uniqueKeysWithValues: entries.enumerated().map { ($1.key, $0) })
        if query.sort != nil {
            var all: [KWICLine] = []
            try source.forEachText(of: entries.map(\.key), containing: literal) { key, text in
                all += query.lines(in: text, document: position[key]!, segmenter: segmenter)
            }
            let ordered = query.ordered(all)
            page.total = ordered.count
            if offset < ordered.count {
                page.lines = ordered[offset..<min(ordered.count, end)].map { Line(entry: entries[$0.document], line: $0) }
            }
            return page
        }
        if let literal {
            // Counting is cheap; only the documents that reach into the page are read and cut into lines.
            let counts = try known ?? source.occurrences(of: [literal], in: entries.map(\.key)).map { $0.first ?? 0 }
            var wanted: [(index: Int, first: Int)] = []
            var seen = 0
            for (i, n) in counts.enumerated() where n > 0 {
                if seen < end && seen + n > offset { wanted.append((i, seen)) }
                seen += n
            }
            page.total = seen
            let firstLine = Dictionary(uniqueKeysWithValues: wanted.map { (entries[$0.index].key, $0.first) })
            try source.forEachText(of: wanted.map { entries[$0.index].key }, containing: nil) { key, text in
                let before = firstLine[key]!
                for (k, line) in query.lines(in: text, document: position[key]!, segmenter: segmenter).enumerated()
                where before + k >= offset && before + k < end {
                    page.lines.append(Line(entry: entries[line.document], line: line))
                }
            }
            return page
        }
        try source.forEachText(of: entries.map(\.key), containing: nil) { key, text in
            let hits = query.hits(in: text)
            for (k, hit) in hits.enumerated() where page.total + k >= offset && page.total + k < end {
                page.lines.append(Line(entry: entries[position[key]!], line: KWICLine(document: position[key]!, hit: hit, sortKey: "")))
            }
            page.total += hits.count
        }
        return page
    }

    /// The JSON value: `{"term" (or "regex"), "sort"?, "total", "offset", "limit", "hits": [{"id", "file", "title",
    /// "date", "start", "end", "text", "left", "right", "sort_key"?}]}`; start and end are Unicode-scalar offsets
    /// into the document's original text.
    public func json(_ query: KWICQuery) -> JSON {
        var fields: [(String, JSON)]
        switch query.pattern {
        case let .term(t): fields = [("term", .string(t))]
        case let .regex(r): fields = [("regex", .string(r))]
        }
        if let sort = query.sort { fields.append(("sort", .string(sort.description))) }
        fields += [("total", .int(total)), ("offset", .int(offset)), ("limit", .int(limit))]
        fields.append(("hits", .array(lines.map { l in
            let r = l.entry.record, h = l.line.hit
            var hit: [(String, JSON)] = [("id", .string(r.id)), ("file", .string(r.file)), ("title", .string(r.title)),
                                         ("date", r.date.map { .string($0.description) } ?? .null),
                                         ("start", .int(h.range.lowerBound)), ("end", .int(h.range.upperBound)), ("text", .string(h.text)),
                                         ("left", .string(h.left)), ("right", .string(h.right))]
            if query.sort != nil { hit.append(("sort_key", .string(l.line.sortKey))) }
            return .object(hit)
        })))
        return .object(fields)
    }
}
