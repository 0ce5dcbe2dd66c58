import Foundation

extension TermCounting {
    /// The profiles of `documents`, computed on all cores; `result[i]` belongs to `documents[i]`, so the outcome does
    /// not depend on scheduling.
    /// - Complexity: O(total text) plus segmentation, divided among the cores.
    public func profiles(of documents: [DatedDocument]) -> [TermProfile] {
        let results = ResultSlots<TermProfile>(count: documents.count)
        DispatchQueue.concurrentPerform(iterations: documents.count) { i in
            results.set(i, profile(of: documents[i]))
        }
        return results.values
    }
}

/// Write-once slots filled from several threads.
final class ResultSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock(); slots[index] = value; lock.unlock()
    }

    var values: [Value] { lock.lock(); defer { lock.unlock() }; return slots.map { $0! } }
}
