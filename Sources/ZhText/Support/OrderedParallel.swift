import Dispatch
import Foundation

/// Runs a function over many inputs on several threads and hands the results back in input order.
///
/// At most `window` results wait to be consumed, so memory stays bounded however many inputs there are; the output
/// order (and so the bytes a command writes) does not depend on the number of threads.
public enum OrderedParallel {
    /// Applies `transform` to every element of `inputs` on `jobs` threads and calls `consume` on the calling thread
    /// with each result, in input order, as soon as it and all results before it are ready.
    /// - Complexity: O(n) calls of `transform`; at most `max(2 × jobs, 8)` results are held at once.
    public static func forEach<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], jobs: Int, transform: @escaping @Sendable (Input) -> Output, consume: (Int, Output) -> Void
    ) {
        let jobs = max(1, jobs)
        if jobs == 1 || inputs.count <= 1 {
            for (i, input) in inputs.enumerated() { consume(i, transform(input)) }
            return
        }
        let window = max(2 * jobs, 8)
        let state = SharedState<Output>(count: inputs.count)
        let slots = DispatchSemaphore(value: window)
        let queue = DispatchQueue(label: "zhtext.parallel", attributes: .concurrent)
        let workers = DispatchGroup()
        let nextInput = Counter()
        for _ in 0..<jobs {
            queue.async(group: workers) {
                while true {
                    slots.wait()
                    let i = nextInput.next()
                    guard i < inputs.count else { slots.signal(); return }
                    let output = transform(inputs[i])
                    state.store(output, at: i)
                }
            }
        }
        for i in 0..<inputs.count {
            let output = state.take(i)
            slots.signal()
            consume(i, output)
        }
        workers.wait()
    }
}

/// Results by index, with a condition to wait for a given one.
private final class SharedState<Output>: @unchecked Sendable {
    private var results: [Int: Output] = [:]
    private let condition = NSCondition()

    init(count: Int) {}

    func store(_ output: Output, at index: Int) {
        condition.lock()
        results[index] = output
        condition.broadcast()
        condition.unlock()
    }

    func take(_ index: Int) -> Output {
        condition.lock()
        defer { condition.unlock() }
        while results[index] == nil { condition.wait() }
        return results.removeValue(forKey: index)!
    }
}

private final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    func next() -> Int {
        lock.lock(); defer { lock.unlock() }
        value += 1
        return value - 1
    }
}
