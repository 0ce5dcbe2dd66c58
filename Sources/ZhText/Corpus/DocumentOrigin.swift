/// How an input became a corpus document, as `analyze` reports it for the input: the encoding it was decoded as,
/// what extraction did, and the page's own title and date (a page's metadata, before a manifest or the file name
/// dated the document). A store keeps it so that `analyze --corpus` reports what `analyze` on the file reported.
public struct DocumentOrigin: Sendable, Equatable {
    /// The encoding the input was decoded as (`UTF-8` for JSONL and CSV rows).
    public var encoding: String
    /// What extraction did (``ExtractionKind/plain`` for rows: their text is taken as it is).
    public var extraction: ExtractionKind
    /// The page's title (`nil` for plain text, which has none of its own).
    public var title: String?
    /// The page's date as the page gives it (`nil` when it gives none, and for plain text).
    public var date: String?
    /// Where the page's date came from (`meta:…`, `json-ld`, `text:dateline`, `url`, …).
    public var dateSource: String?

    /// An origin.
    public init(encoding: String, extraction: ExtractionKind, title: String? = nil, date: String? = nil, dateSource: String? = nil) {
        self.encoding = encoding
        self.extraction = extraction
        self.title = title
        self.date = date
        self.dateSource = dateSource
    }

    /// The origin of an extracted document.
    public init(_ document: Document) {
        self.init(encoding: document.encoding, extraction: document.kind, title: document.title, date: document.date,
                  dateSource: document.dateSource)
    }

    /// The origin of a JSONL or CSV row: UTF-8 text taken as it is.
    public static let row = DocumentOrigin(encoding: "UTF-8", extraction: .plain)

    /// Whether the first line of the original text is the document's first line (plain text; an extracted page's
    /// first line comes from its body).
    public var isPlain: Bool { extraction == .plain || extraction == .disabled }

    /// The origin as string fields (for storage): `encoding`, `extraction`, and `title`, `date`, `date_source` when
    /// known.
    public var fields: [String: String] {
        var f = ["encoding": encoding, "extraction": extraction.rawValue]
        if let title { f["title"] = title }
        if let date { f["date"] = date }
        if let dateSource { f["date_source"] = dateSource }
        return f
    }

    /// The origin from ``fields`` (`nil` when they do not describe one).
    public init?(fields: [String: String]) {
        guard let encoding = fields["encoding"], let kind = fields["extraction"].flatMap(ExtractionKind.init(rawValue:)) else { return nil }
        self.init(encoding: encoding, extraction: kind, title: fields["title"], date: fields["date"], dateSource: fields["date_source"])
    }
}
