/// The JSON value of one document's policy phrases: the one definition used by `zhtext phrases --format json` and by
/// the server's `/api/phrases`. `{"file", "phrases": [{"phrase", "category", "count", "longest_count", "occurrences":
/// [{"start", "end", "text", "quoted", "longest", "context"}]}], "patterns": [{"family", "text", "count",
/// "occurrences": [{"start", "end", "text"}]}]}`.
public enum PhraseReportJSON {
    /// The object for `report`, found in `file`.
    public static func value(file: String, report: PhraseReport) -> JSON {
        .object([
            ("file", .string(file)),
            ("phrases", .array(report.phrases.map { p in
                .object([
                    ("phrase", .string(p.phrase)),
                    ("category", .string(p.category)),
                    ("count", .int(p.count)),
                    ("longest_count", .int(p.longestCount)),
                    ("occurrences", .array(p.occurrences.map { o in
                        .object([
                            ("start", .int(o.range.lowerBound)),
                            ("end", .int(o.range.upperBound)),
                            ("text", .string(o.text)),
                            ("quoted", .bool(o.quoted)),
                            ("longest", .bool(o.longest)),
                            ("context", .string(o.context)),
                        ])
                    })),
                ])
            })),
            ("patterns", .array(report.patterns.map { p in
                .object([
                    ("family", .string(p.family)),
                    ("text", .string(p.text)),
                    ("count", .int(p.count)),
                    ("occurrences", .array(p.occurrences.map { o in
                        .object([("start", .int(o.range.lowerBound)), ("end", .int(o.range.upperBound)),
                                 ("text", .string(o.text))])
                    })),
                ])
            })),
        ])
    }
}
