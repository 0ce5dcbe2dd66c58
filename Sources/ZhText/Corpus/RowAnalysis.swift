import Foundation

/// The map step of a distributed job: one JSONL document line in, one ``AnalysisLine`` out. A line is read as
/// `corpus add --jsonl` reads it (``DocumentRows``, ``DocumentLoader/load(row:)``) and analysed as the store analyses
/// (``AnalyzedDocument``), so importing the records gives the store `corpus add` would have built.
public struct RowAnalysis: Sendable {
    /// Which fields hold the text, date and identity.
    public var fields: RowFields
    /// How rows are normalized and dated.
    public var loader: DocumentLoader
    /// The name the input goes by in `file` fields and messages (`-` for standard input).
    public var file: String
    /// The digest of the analysis fingerprint written into each record.
    public var analysis: String
    /// The analysis (the shared segmenter and the bundled policy phrases by default).
    public var analyze: @Sendable (NormalizedText) -> DocumentTerms

    /// A map step over the input named `file`.
    public init(file: String = "-", fields: RowFields = RowFields(), loader: DocumentLoader = DocumentLoader(),
                analysis: String = AnalysisRecord.digest(ofFingerprint: DocumentTerms.analysisFingerprint()),
                analyze: @escaping @Sendable (NormalizedText) -> DocumentTerms = { DocumentTerms(text: $0) }) {
        self.file = file
        self.fields = fields
        self.loader = loader
        self.analysis = analysis
        self.analyze = analyze
    }

    /// The output line for one piece of the input, and the error when the piece gave no document (its message is
    /// the error record's `error`, and one line on standard error).
    public func callAsFunction(_ piece: LineSplitter.Piece) -> (line: AnalysisLine, error: ZhTextError?) {
        switch piece {
        case let .tooLong(number, length):
            let e = ZhTextError.malformedLine(file: file, line: number, reason: "line of \(length) bytes is longer than the limit", content: "")
            return (.error(line: number, message: e.description), e)
        case let .line(number, bytes):
            let row: DocumentRow
            switch DocumentRows.parseJSONLine(Data(bytes), file: file, line: number, fields: fields) {
            case let .failure(e): return (.error(line: number, message: e.description), e)
            case let .success(r): row = r
            }
            do {
                let loaded = try loader.load(row: row)
                let record = AnalysisRecord(AnalyzedDocument(loaded, analyze: analyze), analysis: analysis, line: number)
                return (.record(record), nil)
            } catch {
                return (.error(line: number, message: error.description), error)
            }
        }
    }
}
