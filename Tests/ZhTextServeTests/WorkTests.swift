import Foundation
import Testing
@testable import ZhTextServe

/// Answers that take too long are cut off with a 503 (the request does not wait on), and the cache computes one
/// answer per question however many ask at once.
@Suite struct WorkTests {
    /// The answer comes at the limit, not when the work ends: the work here can only end early when the test, having
    /// got its answer, releases it; had `Work.run` waited for the work, the work would have ended by its own 120 s
    /// timeout first and said so. No wall-clock bound (the test pool's threads are busy at times on 2 cores).
    @Test func slowWorkTimesOut() async throws {
        let release = DispatchSemaphore(value: 0)
        let ended = Outcome()
        await #expect(throws: ServeError.timedOut(seconds: 0)) {
            try await Work.run(limit: .milliseconds(200)) {
                ended.set(release.wait(timeout: .now() + 120) == .success ? "released" : "waited for the work")
                return 1
            }
        }
        #expect(ended.value == nil, "the answer came before the work ended")
        release.signal()
        #expect(try await Work.run(limit: .seconds(60)) { 42 } == 42)
        #expect(ServeError.timedOut(seconds: 30).status == 503)
    }

    final class Outcome: @unchecked Sendable {
        private let lock = NSLock()
        private var text: String?
        func set(_ t: String) { lock.lock(); text = t; lock.unlock() }
        var value: String? { lock.lock(); defer { lock.unlock() }; return text }
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
