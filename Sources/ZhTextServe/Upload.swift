import Foundation
import ZhText

/// Documents sent to `POST /api/documents` (or the Add page), loaded the way `corpus add` loads files and rows.
/// Everything is loaded before anything is added: a malformed upload adds nothing.
public enum Upload {
    /// The fields of the JSON body or form besides the text that a document keeps as metadata.
    static let reserved: Set<String> = ["text", "date", "id", "encoding", "file", "extract"]

    /// The documents of a body with the given Content-Type: `application/json` (one object or an array of objects
    /// with `text`, `date`, `title`, `source`, `url`, `id` and any other string fields) or `multipart/form-data`
    /// (files in `file` parts, any encoding, HTML pages extracted; or the pasted `text`; with `date`, `title`,
    /// `source`, `url`, `encoding`).
    public static func documents(body: [UInt8], contentType: String?) throws(ServeError) -> [LoadedDocument] {
        let type = contentType?.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        let docs: [LoadedDocument]
        switch type {
        case "application/json": docs = try json(body)
        case "multipart/form-data":
            guard let boundary = contentType.flatMap(MultipartForm.boundary(contentType:)) else {
                throw .badBody("multipart/form-data without a boundary")
            }
            docs = try form(MultipartForm(body: body, boundary: boundary))
        default:
            throw .badBody("send application/json or multipart/form-data (got \(type.isEmpty ? "no Content-Type" : QueryParameters.shown(type)))")
        }
        if docs.isEmpty { throw .badBody("no document in the request") }
        return docs
    }

    /// Documents of a JSON body.
    static func json(_ body: [UInt8]) throws(ServeError) -> [LoadedDocument] {
        let value: Any
        do { value = try JSONSerialization.jsonObject(with: Data(body)) } catch {
            throw .badBody("not valid JSON")
        }
        let objects: [[String: Any]]
        if let o = value as? [String: Any] { objects = [o] } else if let a = value as? [[String: Any]] { objects = a } else {
            throw .badBody("expected a JSON object {\"text\": …, \"date\": …} or an array of them")
        }
        if objects.count > 10_000 { throw .badBody("more than 10000 documents in one request") }
        var docs: [LoadedDocument] = []
        for (k, o) in objects.enumerated() {
            var fields: [String: String] = [:]
            for (key, v) in o {
                switch v {
                case let s as String: fields[key] = s
                case let n as NSNumber: fields[key] = n.stringValue
                case is NSNull: continue
                default: throw .badBody("document \(k + 1): field \(QueryParameters.shown(key)) is not a string")
                }
            }
            docs.append(try row(fields, number: k + 1, file: "upload"))
        }
        return docs
    }

    /// A document from a text and its fields, loaded as a JSONL row is (`file` names it as `upload:N`).
    static func row(_ fields: [String: String], number: Int, file: String) throws(ServeError) -> LoadedDocument {
        guard let text = fields["text"], !text.unicodeScalars.allSatisfy(Script.isWhiteSpace) else {
            throw .badBody("document \(number): \"text\" is missing or empty")
        }
        var meta = fields.filter { !reserved.contains($0.key) && !$0.value.isEmpty }
        meta = meta.filter { !$0.key.isEmpty && $0.key.count <= 64 }
        let r = DocumentRow(file: file, line: number, id: fields["id"].flatMap { $0.isEmpty ? nil : $0 }, text: text,
                            date: fields["date"].flatMap { $0.isEmpty ? nil : $0 }, fields: meta)
        do { return try DocumentLoader().load(row: r) } catch {
            throw .badBody("document \(number): \(error.description)")
        }
    }

    /// Documents of a form: every `file` part, else the `text` field.
    static func form(_ form: MultipartForm) throws(ServeError) -> [LoadedDocument] {
        func value(_ name: String) throws(ServeError) -> String? {
            guard let p = form.part(named: name) else { return nil }
            guard let t = p.text else { throw .badBody("form field \(name) is not UTF-8") }
            let trimmed = t.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        }
        let date = try value("date")
        var given: DocumentDate?
        if let date {
            guard let d = DateParsing.parse(date) else { throw .badBody("date \"\(QueryParameters.shown(date))\" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)") }
            given = d
        }
        let encoding = try value("encoding")
        if let encoding, !TextDecoder.isKnownEncoding(encoding) { throw .badBody("unknown encoding \"\(QueryParameters.shown(encoding))\"") }
        var meta: [String: String] = [:]
        for name in ["title", "source", "url", "author"] { if let v = try value(name) { meta[name] = v } }
        let files = form.parts.filter { $0.name == "file" && $0.filename != nil && !($0.filename!.isEmpty && $0.data.isEmpty) }
        if files.isEmpty {
            guard let pasted = form.part(named: "text") else { throw .badBody("the form has neither a file nor a text") }
            guard let text = pasted.text else { throw .badBody("form field text is not UTF-8") }
            var fields = meta
            fields["text"] = text
            if let date { fields["date"] = date }
            return [try row(fields, number: 1, file: "pasted")]
        }
        let loader = DocumentLoader(decoder: TextDecoder(encoding: encoding), extract: true, dates: DateResolver(given: given))
        var docs: [LoadedDocument] = []
        for part in files {
            // Only the last path component of the name a browser sends is kept (never a path of the client).
            let raw = part.filename ?? "upload"
            let name = String(raw.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last ?? "upload")
            var doc: LoadedDocument
            do { doc = try loader.load(InputItem(file: name, path: nil), bytes: part.data) } catch {
                throw .badBody("file \(QueryParameters.shown(name)): \(error.description)")
            }
            if doc.text.scalars.allSatisfy(Script.isWhiteSpace) { throw .badBody("file \(QueryParameters.shown(name)): no text") }
            if let t = meta["title"] { doc.record.title = t }
            for (k, v) in meta where k != "title" { doc.record.fields[k] = v }
            docs.append(doc)
        }
        return docs
    }
}
