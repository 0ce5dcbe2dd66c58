import Dispatch
import Foundation
import ZhText

/// Writes the batches of one `corpus add` on a thread of its own, so that the analysis threads keep working while a
/// batch is written (the store has one writer; before this, the analysis waited for every transaction).
///
/// Batches are written in the order they are submitted, each in its own transaction. At most ``depth`` batches wait or
/// are being written; `submit` blocks beyond that, so memory stays bounded. After a failed write the later batches are
/// dropped and ``finish()`` reports the error.
final class BatchWriter: @unchecked Sendable {
    /// Batches held at once (one being written, one waiting).
    static let depth = 2

    private let store: CorpusStore
    private let queue = DispatchQueue(label: "zhtext.corpus.writer")
    private let slots = DispatchSemaphore(value: BatchWriter.depth)
    private let lock = NSLock()
    private var added = 0
    private var updated = 0
    private var failure: CorpusStoreError?
    /// Term ids known so far; only touched on `queue`.
    private var termIDs: [TermRowKey: Int64] = [:]

    init(store: CorpusStore) { self.store = store }

    /// The first write error, if any (checked by the producer to stop early).
    var error: CorpusStoreError? { lock.withLock { failure } }

    /// Queues `documents` to be written in one transaction; waits while ``depth`` batches are pending.
    func submit(_ documents: [AnalyzedDocument]) {
        guard !documents.isEmpty else { return }
        slots.wait()
        queue.async { [self] in
            defer { slots.signal() }
            guard error == nil else { return }
            do throws(CorpusStoreError) {
                let (a, u) = try store.write(documents, cache: &termIDs)
                lock.withLock { added += a; updated += u }
            } catch {
                lock.withLock { failure = error }
            }
        }
    }

    /// Waits for every submitted batch; returns the documents added and replaced, or the first error.
    func finish() -> (added: Int, updated: Int, error: CorpusStoreError?) {
        queue.sync {}
        return lock.withLock { (added, updated, failure) }
    }
}
