import Foundation
import GRDB
import ZhText

/// The store's own lexicon: the bundled one, plus the words an adaptation to the stored documents found
/// (`corpus add --adapt`, `corpus reindex --adapt`; ``LexiconAdaptation``). Every count in the store is made with it
/// (the analysis fingerprint names it), every later `add` segments with it, and a `reindex` without `--adapt` drops
/// it (back to the bundled lexicon).
extension CorpusStore {
    /// The words the store's adapted lexicon adds to the bundled one, sorted by term (empty: the bundled lexicon).
    public func adaptedWords() throws(CorpusStoreError) -> [LexiconEntry] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT term, frequency, pos FROM lexicon_words ORDER BY term").map {
                LexiconEntry(term: $0[0], frequency: $0[1], pos: $0[2], origin: .general)
            }
        }
        .sorted { $0.term.unicodeScalars.lexicographicallyPrecedes($1.term.unicodeScalars) }
    }

    /// The thresholds the adapted words were found with (`nil` for the bundled lexicon).
    public func adaptationOptions() throws(CorpusStoreError) -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'adaptation'") }
    }

    /// The lexicon the store's counts are made with: the bundled one, with the adapted words when there are any.
    public func lexicon() throws(CorpusStoreError) -> Lexicon {
        let words = try adaptedWords()
        return words.isEmpty ? .default : Lexicon.default.adding(words)
    }

    /// The analysis of this store's documents: its lexicon's segmenter and the bundled policy phrases.
    public func analysis() throws(CorpusStoreError) -> @Sendable (NormalizedText) -> DocumentTerms {
        let words = try adaptedWords()
        if words.isEmpty { return { DocumentTerms(text: $0) } }
        let segmenter = LexiconSegmenter(lexicon: Lexicon.default.adding(words))
        return { DocumentTerms(text: $0, segmenter: segmenter) }
    }

    /// The fingerprint the store's counts must carry: this zhtext's (``DocumentTerms/analysisFingerprint(dictionaries:)``),
    /// followed by a digest of the adapted words when there are any.
    public func expectedAnalysis() throws(CorpusStoreError) -> String {
        Self.fingerprint(adapted: try adaptedWords())
    }

    static func fingerprint(adapted words: [LexiconEntry]) -> String {
        let base = DocumentTerms.analysisFingerprint()
        guard !words.isEmpty else { return base }
        let lines = words.map { "\($0.term)\t\($0.frequency)\t\($0.pos)\n" }.joined()
        return base + ";adapted:\(words.count):" + SHA256.hex(Array(lines.utf8)).prefix(16)
    }

    /// The words an adaptation to every stored document finds (two passes over the stored texts).
    /// - Complexity: O(total text × the longest candidate); memory: the n-gram table (pruned when it grows too
    ///   large; see ``LexiconAdaptation/pruneLevel``).
    func adaptedWords(options: LexiconAdaptation.Options) throws -> [LexiconEntry] {
        let keys = try read { db in try Int.fetchAll(db, sql: "SELECT rowid FROM documents ORDER BY rowid") }
        var adaptation = LexiconAdaptation(base: .default, options: options)
        try forEachText(of: keys, containing: nil) { _, text in adaptation.count(text) }
        try forEachText(of: keys, containing: nil) { _, text in adaptation.countNeighbours(text) }
        return adaptation.words()
    }

    /// Replaces the adapted words (none: back to the bundled lexicon) and marks the counts stale until
    /// ``reindex(jobs:batchSize:adapt:options:)`` has counted every document again.
    func setAdaptedWords(_ words: [LexiconEntry], options: LexiconAdaptation.Options?) throws(CorpusStoreError) {
        try write { db in
            try db.execute(sql: "DELETE FROM lexicon_words")
            for w in words {
                try db.execute(sql: "INSERT INTO lexicon_words(term, frequency, pos) VALUES (?, ?, ?)", arguments: [w.term, w.frequency, w.pos])
            }
            if let options {
                let d = options.discovery
                let described = "length=\(d.minLength)-\(d.maxLength);count>=\(d.minCountFloor);per-million>=\(d.minCountPerMillion);pmi>=\(d.minPMI);entropy>=\(d.minEntropy);limit=\(d.limit);share>=\(options.minimumShare);frequency>=\(options.minimumFrequency);common=\(options.commonFrequency)"
                try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('adaptation', ?)", arguments: [described])
            } else {
                try db.execute(sql: "DELETE FROM meta WHERE key = 'adaptation'")
            }
            try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('analysis', ?)", arguments: [Self.reindexPending])
        }
    }

    /// The analysis fingerprint of a store whose counts are being made again: it matches nothing, so an interrupted
    /// reindex is simply run again (an `add` refuses the store until then).
    static let reindexPending = "reindex-pending"
}
