/// The JSON value of one document's policy phrases: the one definition used by `zhtext phrases --format json` and by
/// the server's `/api/phrases`. `{"file", "phrases": [{"phrase", "category", "count", "longest_count", "occurrences":
/// [{"start", "end", "text", "quoted", "longest", "context"}]}], "patterns": [{"family", "text", "count",
/// "occurrences": [{"start", "end", "text"}]}]}`.
///
/// ``value(file:report:)`` builds the whole value; ``write(file:report:into:)`` writes the same bytes occurrence by
/// occurrence (a 50 MB text may hold millions of them), from the same field lists.
public enum PhraseReportJSON {
    /// The object for `report`, found in `file`.
    public static func value(file: String, report: PhraseReport) -> JSON {
        .object([
            ("file", .string(file)),
            ("phrases", .array(report.phrases.map { p in .object(fields(of: p) + [("occurrences", .array(p.occurrences.map(occurrence)))]) })),
            ("patterns", .array(report.patterns.map(pattern))),
        ])
    }

    /// ``value(file:report:)`` written through `w` without building the occurrences' values all at once.
    public static func write(file: String, report: PhraseReport, into w: inout JSONWriter) {
        w.beginObject()
        w.field("file", .string(file))
        w.key("phrases"); w.beginArray()
        for p in report.phrases {
            w.beginObject()
            for (k, v) in fields(of: p) { w.field(k, v) }
            w.key("occurrences"); w.beginArray()
            for o in p.occurrences { w.value(occurrence(o)) }
            w.end()
            w.end()
        }
        w.end()
        w.key("patterns"); w.beginArray()
        for p in report.patterns { w.value(pattern(p)) }
        w.end()
        w.end()
    }

    /// A phrase's fields before its occurrences.
    static func fields(of p: PhraseCount) -> [(String, JSON)] {
        [("phrase", .string(p.phrase)), ("category", .string(p.category)), ("count", .int(p.count)),
         ("longest_count", .int(p.longestCount))]
    }

    static func occurrence(_ o: PhraseHit) -> JSON {
        .object([
            ("start", .int(o.range.lowerBound)),
            ("end", .int(o.range.upperBound)),
            ("text", .string(o.text)),
            ("quoted", .bool(o.quoted)),
            ("longest", .bool(o.longest)),
            ("context", .string(o.context)),
        ])
    }

    static func pattern(_ p: PatternCount) -> JSON {
        .object([
            ("family", .string(p.family)),
            ("text", .string(p.text)),
            ("count", .int(p.count)),
            ("occurrences", .array(p.occurrences.map { o in
                .object([("start", .int(o.range.lowerBound)), ("end", .int(o.range.upperBound)), ("text", .string(o.text))])
            })),
        ])
    }
}
