import ZhText

extension CorpusStore {
    /// Adds documents already loaded (an upload to the server, text pasted into a form): each is analysed with the
    /// bundled dictionaries and written in one transaction, unless a document with its identity and content hash is
    /// stored already (counted as unchanged). Nothing is written when the store was built with other dictionaries.
    /// - Throws: ``CorpusStoreError`` when the store cannot be written or was built with other dictionaries.
    public func add(loaded documents: [LoadedDocument]) throws(CorpusStoreError) -> CorpusAddSummary {
        try checkAnalysis(claim: true)
        let known = try hashes()
        var summary = CorpusAddSummary()
        var fresh: [AnalyzedDocument] = []
        var seen = Set<String>()
        for doc in documents {
            if known[doc.record.id] == doc.record.hash || !seen.insert(doc.record.id).inserted {
                summary.unchanged += 1
                continue
            }
            fresh.append(AnalyzedDocument(doc))
        }
        if !fresh.isEmpty {
            let (added, updated) = try write(fresh)
            summary.added = added
            summary.updated = updated
        }
        summary.documents = try count()
        return summary
    }
}
