import Foundation

/// Turns any input into ``LoadedDocument``s the same way for every command, the corpus store and the server: decode
/// (BOM → declared charset → detection, or a forced encoding), extract the article of HTML and saved pages, normalize
/// (offsets kept back to the decoded input), and date (manifest → file name → page metadata → a given date).
public struct DocumentLoader: Sendable {
    /// The decoder (a forced encoding, or detection).
    public var decoder: TextDecoder
    /// Extract the article from HTML and saved pages.
    public var extract: Bool
    /// How dates are found for files.
    public var dates: DateResolver
    /// The normalizer.
    public var normalizer: Normalizer

    /// A loader; by default encodings are detected, articles extracted and dates read from file names.
    public init(decoder: TextDecoder = TextDecoder(), extract: Bool = true, dates: DateResolver = DateResolver(),
                normalizer: Normalizer = .default) {
        self.decoder = decoder
        self.extract = extract
        self.dates = dates
        self.normalizer = normalizer
    }

    /// What the load options contribute to a content hash (a document read with other options is another content).
    public var optionsFingerprint: String {
        "enc=\(decoder.encoding ?? "");extract=\(extract);date=\(dates.given?.description ?? "");manifest=\(dates.manifest?.file ?? "")"
    }

    /// The content hash of an input's bytes under these options.
    public func hash(bytes: [UInt8]) -> String {
        SHA256.hex(bytes + Array(("\u{0}" + optionsFingerprint).utf8))
    }

    /// Loads a file or standard input from its bytes (read with ``InputReader/read(_:)``).
    /// - Throws: ``ZhTextError`` when the bytes are not text.
    public func load(_ item: InputItem, bytes: [UInt8], hash: String? = nil) throws(ZhTextError) -> LoadedDocument {
        let source = try decoder.decode(bytes, file: item.file)
        let prepared = TextPreparation.prepare(source, options: PreparationOptions(extract: extract, normalizer: normalizer))
        let document = prepared.document
        let isPage = document.kind == .html || document.kind == .savedPage || document.kind == .markdown
        let metadataDate = isPage ? document.date.flatMap(DateParsing.parse) : nil
        let resolution = dates.resolve(file: item.file, path: item.path, metadata: metadataDate)
        let text = prepared.normalized
        let pageTitle: String? = (document.kind == .plain || document.kind == .disabled) ? nil : document.title
        var fields: [String: String] = [:]
        if isPage {
            if let s = document.source, !s.isEmpty { fields["source"] = s }
            if let a = document.author, !a.isEmpty { fields["author"] = a }
            if let u = document.url, !u.isEmpty { fields["url"] = u }
        }
        let record = DocumentRecord(
            id: item.path.map(Self.identity(ofPath:)) ?? SHA256.hex(text.text), file: item.file, title: resolution.title ?? pageTitle ?? Self.firstLine(of: text),
            date: resolution.date, dateSource: resolution.source, label: resolution.label, fields: fields,
            hash: hash ?? self.hash(bytes: bytes), characters: text.nonWhiteSpaceCount, origin: DocumentOrigin(document))
        return LoadedDocument(record: record, text: text, warnings: source.warnings + prepared.warnings)
    }

    /// Loads one JSONL/CSV row: its text is taken as plain text (no extraction), its date parsed, its other fields
    /// kept as metadata (`title` fills the title).
    /// - Throws: ``ZhTextError/malformedLine(file:line:reason:content:)`` for a row without text or with a bad date.
    public func load(row: DocumentRow) throws(ZhTextError) -> LoadedDocument {
        let text = normalizer.normalize(row.text)
        var date: DocumentDate?
        if let d = row.date, !d.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let parsed = DateParsing.parse(d) else {
                throw .malformedLine(file: row.file, line: row.line, reason: "bad date \"\(d)\" (use YYYY, YYYY-MM or YYYY-MM-DD, optionally with a time)",
                                     content: String(row.text.prefix(40)))
            }
            date = parsed
        } else if let given = dates.given {
            date = given
        }
        var fields = row.fields
        let title = fields.removeValue(forKey: "title")
        let id = row.id ?? SHA256.hex(text.text)
        let record = DocumentRecord(
            id: id, file: "\(row.file):\(row.line)", title: title ?? Self.firstLine(of: text), date: date,
            dateSource: date == nil ? nil : (row.date == nil ? .option : .metadata), fields: fields,
            hash: Self.hash(of: row), characters: text.nonWhiteSpaceCount, origin: .row)
        return LoadedDocument(record: record, text: text)
    }

    /// The content hash of a row (its text, date and fields), known before its text is normalized: a row whose id
    /// is stored with this hash need not be read further.
    public static func hash(of row: DocumentRow) -> String {
        let contentKey = row.text + "\u{0}" + (row.date ?? "") + "\u{0}" + row.fields.sorted { $0.key < $1.key }.map { $0.key + "=" + $0.value }.joined(separator: "\u{0}")
        return SHA256.hex(contentKey)
    }

    /// The identity of a file: its absolute, standardized path (the same file added from another folder is the
    /// same document).
    public static func identity(ofPath path: String) -> String { Manifest.standardize(path) }

    /// The first non-empty line that is not a salutation (`各位代表：`), shortened to 40 characters: a title for
    /// plain text.
    public static func firstLine(of text: NormalizedText) -> String {
        let head = String(String.UnicodeScalarView(text.scalars.prefix(2000)))
        let lines = head.split(whereSeparator: \.isNewline).filter { !$0.allSatisfy(\.isWhitespace) }
        let line = lines.prefix(3).first { !$0.hasSuffix("：") && !$0.hasSuffix(":") } ?? lines.first ?? ""
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return trimmed.count > 40 ? String(trimmed.prefix(40)) + "…" : trimmed
    }
}
