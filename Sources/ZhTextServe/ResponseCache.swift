import Foundation
import NIOConcurrencyHelpers

/// Answers kept by question until the store changes: a map from key to body, tagged with the store version it was
/// computed for, holding at most ``limitBytes`` of bodies (the oldest entries go first).
final class ResponseCache: Sendable {
    private struct State {
        var version = ""
        var bodies: [String: String] = [:]
        var order: [String] = []
        var bytes = 0
    }

    private let state = NIOLockedValueBox(State())
    /// Bytes of bodies kept at most.
    let limitBytes: Int

    init(limitBytes: Int = 64 << 20) { self.limitBytes = limitBytes }

    /// The body for `key` computed at `version`, if kept.
    func get(_ key: String, version: String) -> String? {
        state.withLockedValue { s in s.version == version ? s.bodies[key] : nil }
    }

    /// Keeps `body` for `key` at `version` (dropping everything of another version).
    func put(_ key: String, _ body: String, version: String) {
        let size = body.utf8.count
        guard size <= limitBytes / 4 else { return }
        state.withLockedValue { s in
            if s.version != version { s = State(); s.version = version }
            if s.bodies[key] != nil { return }
            s.bodies[key] = body
            s.order.append(key)
            s.bytes += size
            while s.bytes > limitBytes, !s.order.isEmpty {
                let old = s.order.removeFirst()
                s.bytes -= s.bodies.removeValue(forKey: old)?.utf8.count ?? 0
            }
        }
    }

    /// The body for `key` at `version`: kept, or made by `make` and kept. Callers asking for a key that another is
    /// making wait for it (one computation per question however many clients ask at once).
    func memo(_ key: String, version: String, _ make: () throws -> String) throws -> String {
        if let hit = get(key, version: version) { return hit }
        let flightKey = version + "\u{0}" + key
        inFlight.lock()
        while making.contains(flightKey) {
            inFlight.wait()
            if let hit = get(key, version: version) { inFlight.unlock(); return hit }
        }
        making.insert(flightKey)
        inFlight.unlock()
        defer {
            inFlight.lock()
            making.remove(flightKey)
            inFlight.broadcast()
            inFlight.unlock()
        }
        let body = try make()
        put(key, body, version: version)
        return body
    }

    private let inFlight = NSCondition()
    nonisolated(unsafe) private var making = Set<String>()  // guarded by inFlight

    /// Forgets everything.
    func clear() { state.withLockedValue { $0 = State() } }
}
