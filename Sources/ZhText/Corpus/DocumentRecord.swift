/// A corpus document's identity and metadata (everything but its text), as listed by `corpus list` and filtered by
/// `--where`.
public struct DocumentRecord: Sendable, Equatable {
    /// Identity: the `--id-field` value (or `id`), else the absolute path for files, else (rows, standard input) the
    /// sha256 of the normalized text.
    public var id: String
    /// The `file` field of the output contract: the path as given, `-`, or `FILE:LINE` for a JSONL/CSV row.
    public var file: String
    /// A title (from the row, the manifest, the page, or the first line), possibly empty.
    public var title: String
    /// The date, `nil` for an undated document.
    public var date: DocumentDate?
    /// Where the date came from.
    public var dateSource: DateSource?
    /// A manifest label (for `--by label`).
    public var label: String?
    /// Other metadata (`source`, `author`, `url`, and every other field of a JSONL/CSV row), by field name.
    public var fields: [String: String]
    /// Content hash: sha256 of the input's bytes (files) or of the row's text and fields, with the load options; an
    /// unchanged hash means the document need not be read again.
    public var hash: String
    /// Non-white-space characters of the normalized text.
    public var characters: Int
    /// How the input was read (encoding, extraction, the page's own title and date); `nil` when not known (a
    /// document stored by an older zhtext, or imported from analysis records).
    public var origin: DocumentOrigin?

    /// A record.
    public init(id: String, file: String, title: String = "", date: DocumentDate?, dateSource: DateSource?,
                label: String? = nil, fields: [String: String] = [:], hash: String, characters: Int,
                origin: DocumentOrigin? = nil) {
        self.origin = origin
        self.id = id
        self.file = file
        self.title = title
        self.date = date
        self.dateSource = dateSource
        self.label = label
        self.fields = fields
        self.hash = hash
        self.characters = characters
    }

    /// The value of a field as `--where` and `--by FIELD` see it: `id`, `file`, `title`, `date`, `label`, or a
    /// metadata field; `nil` when the document has none.
    public func value(of field: String) -> String? {
        switch field {
        case "id": return id
        case "file": return file
        case "title": return title.isEmpty ? nil : title
        case "date": return date?.description
        case "label": return label
        default: return fields[field]
        }
    }

    /// The names `--where` and `--by` accept for every document.
    public static let builtInFields = ["id", "file", "title", "date", "label"]
}

/// A document ready for a corpus: its record and its normalized text (offsets lead to the original input).
public struct LoadedDocument: Sendable {
    /// Identity and metadata.
    public var record: DocumentRecord
    /// The normalized text; `original` is the decoded input.
    public var text: NormalizedText
    /// Warnings about this document (undecodable bytes, no article found), one line each naming it.
    public var warnings: [String]

    /// A document.
    public init(record: DocumentRecord, text: NormalizedText, warnings: [String] = []) {
        self.record = record
        self.text = text
        self.warnings = warnings
    }

    /// The document as the dated-corpus functions take it.
    public var dated: DatedDocument {
        DatedDocument(file: record.file, title: record.title, date: record.date, dateSource: record.dateSource,
                      label: record.label, text: text)
    }
}
