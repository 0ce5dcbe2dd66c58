extension DocumentRecord {
    /// The JSON value of a document as `corpus list --format json` lists it and the server's `/api/documents`
    /// answers: `{"id", "file", "title", "date", "date_source", "characters", "label"?, <field>…}` with the metadata
    /// fields in the order of `fieldNames` (those the document has).
    public func json(fieldNames: [String]) -> JSON {
        var out: [(String, JSON)] = [("id", .string(id)), ("file", .string(file)), ("title", .string(title)),
                                     ("date", date.map { .string($0.description) } ?? .null),
                                     ("date_source", dateSource.map { .string($0.rawValue) } ?? .null),
                                     ("characters", .int(characters))]
        if let label { out.append(("label", .string(label))) }
        for name in fieldNames { if let v = fields[name] { out.append((name, .string(v))) } }
        return .object(out)
    }
}
