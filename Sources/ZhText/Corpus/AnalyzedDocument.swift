/// Everything a corpus keeps of one document: its record, its text in stored form, and its token and phrase counts.
/// `corpus add` builds these; the store writes them; `corpus import` (records made elsewhere, e.g. by a Spark job)
/// writes them without analysing again.
public struct AnalyzedDocument: Sendable {
    /// Identity and metadata.
    public var record: DocumentRecord
    /// The text (normalized, original, offset map).
    public var text: StoredText
    /// Token and policy-phrase counts.
    public var terms: DocumentTerms

    /// A document's parts.
    public init(record: DocumentRecord, text: StoredText, terms: DocumentTerms) {
        self.record = record
        self.text = text
        self.terms = terms
    }

    /// Analyses a loaded document with `analyze` (by default the shared segmenter and the bundled policy phrases).
    public init(_ document: LoadedDocument, analyze: (NormalizedText) -> DocumentTerms = { DocumentTerms(text: $0) }) {
        record = document.record
        text = StoredText(document.text)
        terms = analyze(document.text)
    }
}
