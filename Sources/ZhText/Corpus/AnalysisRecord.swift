import Foundation

/// One document fully analysed, as one JSON line: what `zhtext analyze --input jsonl --full` writes and
/// `zhtext corpus import` stores without analysing again (the map step of a Spark or Hadoop job).
///
/// Format (version 1), keys in this order:
/// ```
/// {"format":"zhtext-analysis","version":1,"analysis":"<16 hex>","line":3,
///  "id":"…","file":"docs.jsonl:3","title":"…","date":"2024-05-01","date_source":"metadata","label":null,
///  "fields":{"source":"…"},"hash":"…","characters":123,
///  "text":"<normalized text>","original":"<base64>"|null,"map":"<base64>"|null,
///  "tokens":[{"term":"发展","kind":"han","pos":"v","count":2},{"term":"改革","kind":"han","pos":"v","count":1,"surfaces":{"改革":1}},…],
///  "phrases":[{"phrase":"高质量发展","count":1},…]}
/// ```
/// `analysis` is a digest of the dictionaries and term model the counts were made with
/// (``DocumentTerms/analysisFingerprint(dictionaries:)``): a store refuses records made with others. `text` is the
/// normalized text; `original` and `map` are ``StoredText``'s patch and offset runs (base64), `null` when the text
/// needed no normalization. `tokens` are the document's words (no white space or punctuation) in order of first
/// occurrence, with the kind and tag of that occurrence and, under `surfaces`, the original forms that differ from
/// the normalized word (Traditional or full-width writing); `phrases` are sorted by phrase and `fields` by name: the
/// same document gives the same bytes.
public struct AnalysisRecord: Sendable, Equatable {
    /// The value of `format`.
    public static let format = "zhtext-analysis"
    /// The version this zhtext writes and reads.
    public static let version = 1

    /// Digest of the analysis fingerprint the counts were made with.
    public var analysis: String
    /// The input line the document came from (within the stream the filter read), if known.
    public var line: Int?
    /// Identity and metadata.
    public var record: DocumentRecord
    /// The text in stored form.
    public var text: StoredText
    /// Token and policy-phrase counts.
    public var terms: DocumentTerms

    /// A record of an analysed document.
    public init(_ document: AnalyzedDocument, analysis: String, line: Int? = nil) {
        self.analysis = analysis
        self.line = line
        record = document.record
        text = document.text
        terms = document.terms
    }

    /// The document as a store writes it.
    public var document: AnalyzedDocument { AnalyzedDocument(record: record, text: text, terms: terms) }

    /// The `analysis` value for a fingerprint: the first 16 hex digits of its sha256.
    public static func digest(ofFingerprint fingerprint: String) -> String {
        String(SHA256.hex(fingerprint).prefix(16))
    }

    /// The record as one compact JSON line (without the line break).
    public var jsonLine: String {
        var fields: [(String, JSON)] = [("format", .string(Self.format)), ("version", .int(Self.version)),
                                        ("analysis", .string(analysis)), ("line", line.map(JSON.int) ?? .null),
                                        ("id", .string(record.id)), ("file", .string(record.file)), ("title", .string(record.title)),
                                        ("date", record.date.map { .string($0.description) } ?? .null),
                                        ("date_source", record.dateSource.map { .string($0.rawValue) } ?? .null),
                                        ("label", record.label.map(JSON.string) ?? .null)]
        let metadata = record.fields.sorted { $0.key.unicodeScalars.lexicographicallyPrecedes($1.key.unicodeScalars) }
        fields.append(("fields", .object(metadata.map { ($0.key, .string($0.value)) })))
        fields.append(("hash", .string(record.hash)))
        fields.append(("characters", .int(record.characters)))
        fields.append(("text", .string(String(decoding: text.normalized, as: UTF8.self))))
        fields.append(("original", text.original.map { .string(Data($0).base64EncodedString()) } ?? .null))
        fields.append(("map", text.map.map { .string(Data($0).base64EncodedString()) } ?? .null))
        let tokens = terms.terms.map { t -> JSON in
            var o: [(String, JSON)] = [("term", .string(t.term)), ("kind", .string(t.kind.rawValue)), ("pos", .string(t.pos)), ("count", .int(t.count))]
            if !t.surfaces.isEmpty {
                let forms = t.surfaces.sorted { $0.key.unicodeScalars.lexicographicallyPrecedes($1.key.unicodeScalars) }
                o.append(("surfaces", .object(forms.map { ($0.key, .int($0.value)) })))
            }
            return .object(o)
        }
        fields.append(("tokens", .array(tokens)))
        let phrases = terms.phrases.sorted { $0.key.unicodeScalars.lexicographicallyPrecedes($1.key.unicodeScalars) }
        fields.append(("phrases", .array(phrases.map { .object([("phrase", .string($0.key)), ("count", .int($0.value))]) })))
        return JSON.object(fields).compact
    }
}

/// One line of an analysis stream: a document's record, or the error that took a document's place.
public enum AnalysisLine: Sendable, Equatable {
    /// A document.
    case record(AnalysisRecord)
    /// An input line that gave no document: `{"line": N, "error": "…"}`.
    case error(line: Int, message: String)

    /// The line as written (compact JSON, no line break).
    public var jsonLine: String {
        switch self {
        case let .record(r): return r.jsonLine
        case let .error(line, message): return JSON.object([("line", .int(line)), ("error", .string(message))]).compact
        }
    }

    /// Reads one line of an analysis stream (`file` and `line` name it in errors).
    /// - Throws: ``ZhTextError/malformedLine(file:line:reason:content:)`` when it is neither a record nor an error
    ///   record, is a record of another format version, or has an inconsistent part (counts, text, date).
    public static func decode(_ bytes: some Collection<UInt8>, file: String, line: Int) throws(ZhTextError) -> AnalysisLine {
        let data = Data(bytes)
        let snippet = String(decoding: data.prefix(60), as: UTF8.self)
        func bad(_ reason: String) -> ZhTextError { .malformedLine(file: file, line: line, reason: reason, content: snippet) }
        let wire: WireRecord
        do { wire = try JSONDecoder().decode(WireRecord.self, from: data) } catch {
            throw bad(Self.reason(error))
        }
        if let message = wire.error {
            guard let n = wire.line else { throw bad("error record without \"line\"") }
            return .error(line: n, message: message)
        }
        guard let format = wire.format, format == AnalysisRecord.format else {
            throw bad("not a zhtext analysis record (no \"format\": \"\(AnalysisRecord.format)\"; made by `zhtext analyze --input jsonl --full`)")
        }
        guard let version = wire.version, version == AnalysisRecord.version else {
            throw bad("record format version \(wire.version.map(String.init) ?? "missing"), this zhtext reads version \(AnalysisRecord.version)")
        }
        guard let analysis = wire.analysis, let id = wire.id, let recordFile = wire.file, let hash = wire.hash,
              let characters = wire.characters, let normalized = wire.text, let tokens = wire.tokens else {
            throw bad("record lacks one of analysis, id, file, hash, characters, text, tokens")
        }
        guard !id.isEmpty else { throw bad("empty id") }
        var date: DocumentDate?
        if let d = wire.date {
            guard let parsed = DateParsing.parse(d) else { throw bad("bad date \"\(d)\"") }
            date = parsed
        }
        var dateSource: DateSource?
        if let s = wire.date_source {
            guard let parsed = DateSource(rawValue: s) else { throw bad("unknown date_source \"\(s)\"") }
            dateSource = parsed
        }
        func base64(_ s: String?, _ name: String) throws(ZhTextError) -> [UInt8]? {
            guard let s else { return nil }
            guard let d = Data(base64Encoded: s) else { throw bad("\"\(name)\" is not base64") }
            return [UInt8](d)
        }
        let stored = StoredText(normalized: Array(normalized.utf8), original: try base64(wire.original, "original"),
                                map: try base64(wire.map, "map"))
        // The text must decode to a normalized text of the stated size (a damaged line is refused, not stored).
        let decodedText: NormalizedText
        do { decodedText = try stored.decode() } catch { throw bad("text, original and map disagree (\(error.description))") }
        guard decodedText.nonWhiteSpaceCount == characters else {
            throw bad("\"characters\" is \(characters), the text has \(decodedText.nonWhiteSpaceCount)")
        }
        var words: [DocumentTerms.Term] = []
        words.reserveCapacity(tokens.count)
        var seen = Set<String>()
        for t in tokens {
            guard let kind = TokenKind(rawValue: t.kind) else { throw bad("unknown token kind \"\(t.kind)\"") }
            guard t.count > 0 else { throw bad("token count \(t.count) for \"\(t.term)\"") }
            guard seen.insert(t.term).inserted else { throw bad("token \"\(t.term)\" listed twice") }
            if let forms = t.surfaces, forms.values.contains(where: { $0 <= 0 }) { throw bad("surface count of \"\(t.term)\" not positive") }
            words.append(DocumentTerms.Term(term: t.term, kind: kind, pos: t.pos, count: t.count, surfaces: t.surfaces ?? [:]))
        }
        var phrases: [String: Int] = [:]
        for p in wire.phrases ?? [] {
            guard p.count > 0 else { throw bad("phrase count \(p.count) for \"\(p.phrase)\"") }
            phrases[p.phrase, default: 0] += p.count
        }
        // Analysis records are made from JSONL rows only (``RowAnalysis``): UTF-8 text taken as it is.
        let record = DocumentRecord(id: id, file: recordFile, title: wire.title ?? "", date: date, dateSource: dateSource,
                                    label: wire.label, fields: wire.fields ?? [:], hash: hash, characters: characters, origin: .row)
        return .record(AnalysisRecord(
            AnalyzedDocument(record: record, text: stored, terms: DocumentTerms(terms: words, phrases: phrases, characters: characters)),
            analysis: analysis, line: wire.line))
    }

    static func reason(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted: return "not valid JSON"
        case let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context):
            let path = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
            return path.isEmpty ? "not a JSON object" : "wrong type at \"\(path)\""
        case let DecodingError.keyNotFound(key, context):
            let path = (context.codingPath + [key]).map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
            return "missing \"\(path)\""
        default: return "not valid JSON"
        }
    }

    /// The JSON shape, every key optional (the checks above name what is missing).
    private struct WireRecord: Decodable {
        struct Token: Decodable { var term: String; var kind: String; var pos: String; var count: Int; var surfaces: [String: Int]? }
        struct Phrase: Decodable { var phrase: String; var count: Int }
        var format: String?
        var version: Int?
        var analysis: String?
        var line: Int?
        var error: String?
        var id: String?
        var file: String?
        var title: String?
        var date: String?
        var date_source: String?
        var label: String?
        var fields: [String: String]?
        var hash: String?
        var characters: Int?
        var text: String?
        var original: String?
        var map: String?
        var tokens: [Token]?
        var phrases: [Phrase]?
    }
}
