import ZhText

extension CorpusInfo {
    /// The JSON value of `corpus info --format json` and of the server's `/api/info`: `{"documents", "undated",
    /// "characters", "first_date", "last_date", "fields", "bytes", "schema", "adapted_words"}`.
    public var json: JSON {
        .object([
            ("documents", .int(documents)), ("undated", .int(undated)), ("characters", .int(characters)),
            ("first_date", firstDate.map { .string($0.description) } ?? .null),
            ("last_date", lastDate.map { .string($0.description) } ?? .null),
            ("fields", .array(fields.map(JSON.string))), ("bytes", .int(bytes)), ("schema", .int(schema)),
            ("adapted_words", .int(adaptedWords)),
        ])
    }
}
