import Foundation
import GRDB
import ZhText

/// What `corpus import` and `corpus merge` did (JSON keys `added`, `updated`, `unchanged`, `failed`,
/// `error_records`, `documents`).
public struct CorpusImportSummary: Sendable, Equatable {
    /// New documents.
    public var added = 0
    /// Documents whose content hash changed, replaced in place.
    public var updated = 0
    /// Documents already stored with the same content hash (a part imported twice, a retried task): skipped.
    public var unchanged = 0
    /// Lines or parts that could not be read or were refused (each reported).
    public var failed = 0
    /// Error records (`{"line": N, "error": …}`) met: counted and reported, not stored.
    public var errorRecords = 0
    /// Documents in the store afterwards.
    public var documents = 0

    public init() {}
}

/// Writes analysis records (``AnalysisRecord``) into a store without analysing again, in transactions of about
/// `batchSize` documents. Idempotent by document id: a record whose id is stored with the same content hash is
/// skipped, one with another hash replaces the stored document in place.
public struct CorpusImporter: Sendable {
    /// The store written to.
    public let store: CorpusStore
    /// The analysis digest every record must carry (this zhtext's dictionaries and term model, which the store's
    /// counts were also made with).
    public let analysis: String
    /// Counts so far.
    public private(set) var summary = CorpusImportSummary()
    private var known: [String: String]
    private var batch: [AnalyzedDocument] = []
    private var batchBytes = 0
    private let batchSize: Int

    /// An importer into `store`, which must have been built (or be empty) with this zhtext's analysis.
    /// - Throws: ``CorpusStoreError`` when the store was built with other dictionaries or cannot be read.
    public init(store: CorpusStore, batchSize: Int = 256) throws(CorpusStoreError) {
        try store.checkAnalysis(claim: true)
        if try !store.adaptedWords().isEmpty {
            throw .failed(path: store.path, reason: "has an adapted lexicon of its own (corpus add --adapt), which analysis records made elsewhere were not counted with; run `zhtext corpus reindex \(store.path)` (without --adapt) first")
        }
        self.store = store
        self.batchSize = batchSize
        analysis = AnalysisRecord.digest(ofFingerprint: DocumentTerms.analysisFingerprint())
        known = try store.hashes()
    }

    /// Whether a record was made with this zhtext's analysis (else it must not be stored: its counts would not
    /// agree with the store's).
    public func accepts(_ record: AnalysisRecord) -> Bool { record.analysis == analysis }

    /// Adds one record (written with the next batch). The caller checks ``accepts(_:)`` first.
    /// - Throws: ``CorpusStoreError`` when a batch cannot be written.
    public mutating func add(_ record: AnalysisRecord) throws(CorpusStoreError) {
        try add(record.document)
    }

    /// Adds one analysed document (written with the next batch).
    public mutating func add(_ document: AnalyzedDocument) throws(CorpusStoreError) {
        let r = document.record
        if known[r.id] == r.hash { summary.unchanged += 1; return }
        known[r.id] = r.hash
        batch.append(document)
        batchBytes += document.text.normalized.count
        if batch.count >= batchSize || batchBytes >= 16 << 20 { try flush() }
    }

    /// Counts an error record (not stored).
    public mutating func countErrorRecord() { summary.errorRecords += 1 }

    /// Counts a line or part that could not be read or was refused.
    public mutating func countFailure(_ n: Int = 1) { summary.failed += n }

    /// Writes what is pending.
    public mutating func flush() throws(CorpusStoreError) {
        guard !batch.isEmpty else { return }
        let (added, updated) = try store.write(batch)
        summary.added += added
        summary.updated += updated
        batch.removeAll(keepingCapacity: true)
        batchBytes = 0
    }

    /// Writes what is pending and returns the counts, with the store's document count.
    public mutating func finish() throws(CorpusStoreError) -> CorpusImportSummary {
        try flush()
        summary.documents = try store.count()
        return summary
    }
}

extension CorpusStore {
    /// Copies every document of the store `part` (built elsewhere, e.g. on another machine) through `importer`,
    /// in the part's corpus order, reading it in batches.
    /// - Throws: ``CorpusStoreError`` when `part` is this store, was built with other dictionaries, is damaged, or
    ///   the target cannot be written.
    public static func merge(_ part: CorpusStore, into importer: inout CorpusImporter) throws(CorpusStoreError) {
        let target = importer.store
        if URL(fileURLWithPath: part.path).standardizedFileURL.resolvingSymlinksInPath()
            == URL(fileURLWithPath: target.path).standardizedFileURL.resolvingSymlinksInPath() {
            throw .failed(path: part.path, reason: "is the store being merged into")
        }
        let current = DocumentTerms.analysisFingerprint()
        let recorded = try part.recordedAnalysis()
        if let recorded, recorded != current {
            throw .failed(path: part.path, reason: "built with other dictionaries or another term model than this zhtext's (and the target's); run `zhtext corpus reindex \(part.path)` first")
        }
        var lastRowID: Int64 = 0
        while true {
            let documents: [(Int64, AnalyzedDocument)] = try part.read { db in
                let keys = try part.termKeys(db)
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT d.rowid, d.id, d.file, d.title, d.date, d.date_source, d.label, d.fields, d.hash, d.characters,
                           d.origin, t.normalized, t.original, t.map, c.counts, c.surfaces, c.phrases
                    FROM documents d JOIN texts t ON t.doc = d.rowid JOIN doc_terms c ON c.doc = d.rowid
                    WHERE d.rowid > ? ORDER BY d.rowid LIMIT 256
                    """, arguments: [lastRowID])
                var out: [(Int64, AnalyzedDocument)] = []
                while let row = try rows.next() {
                    let record = try Self.record(row, path: part.path)
                    let text = StoredText(normalized: [UInt8](row[11] as Data), original: (row[12] as Data?).map { [UInt8]($0) },
                                          map: (row[13] as Data?).map { [UInt8]($0) })
                    let terms = try Self.decodeTerms(counts: row[14], surfaces: row[15], phrases: row[16], characters: record.characters, keys: keys, path: part.path)
                    out.append((row[0], AnalyzedDocument(record: record, text: text, terms: terms)))
                }
                return out
            }
            if documents.isEmpty { break }
            for (_, doc) in documents { try importer.add(doc) }
            lastRowID = documents.last!.0
        }
    }
}
