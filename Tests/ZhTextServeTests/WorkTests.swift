import Foundation
import Testing
@testable import ZhTextServe

/// Answers that take too long are cut off with a 503 (the request does not wait on), and the cache computes one
/// answer per question however many ask at once.
@Suite struct WorkTests {
    @Test func slowWorkTimesOut() async throws {
        let start = ContinuousClock.now
        await #expect(throws: ServeError.timedOut(seconds: 0)) {
            try await Work.run(limit: .milliseconds(200)) { Thread.sleep(forTimeInterval: 30); return 1 }
        }
        // Other suites block the test pool's threads at times: the bound is generous, the point is not to wait 30 s.
        #expect(ContinuousClock.now - start < .seconds(20), "answered at the limit, not when the work ended (30 s)")
        #expect(try await Work.run(limit: .seconds(5)) { 42 } == 42)
        #expect(ServeError.timedOut(seconds: 30).status == 503)
    }

    @Test func oneComputationPerQuestion() async throws {
        let cache = ResponseCache()
        let counter = Counter()
        await withTaskGroup(of: String?.self) { group in
            for _ in 0..<16 {
                group.addTask {
                    try? await Work.run(limit: .seconds(10)) {
                        try cache.memo("q", version: "v1") { counter.increment(); Thread.sleep(forTimeInterval: 0.2); return "answer" }
                    }
                }
            }
            for await answer in group { #expect(answer == "answer") }
        }
        #expect(counter.value == 1, "16 concurrent askers, one computation")
        _ = try cache.memo("q", version: "v2") { counter.increment(); return "new" }
        #expect(counter.value == 2, "a new store version computes again")
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var n = 0
        func increment() { lock.lock(); n += 1; lock.unlock() }
        var value: Int { lock.lock(); defer { lock.unlock() }; return n }
    }
}
