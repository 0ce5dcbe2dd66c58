import Testing
@testable import ZhText

/// `JSONWriter` must write exactly the bytes of `JSON.pretty` / `JSON.compact` / `JSON.pretty(level:)` of the whole
/// value: the commands that stream their output (phrases, segment, kwic, keywords) promise the same documents as
/// before streaming, and `jq` or a golden file cannot tell the difference.
@Suite struct JSONWriterTests {
    /// Writes `value` through the writer's structural calls (containers opened and closed, leaves as values).
    static func stream(_ value: JSON, into w: inout JSONWriter) {
        switch value {
        case let .object(fields):
            w.beginObject()
            for (k, v) in fields { w.key(k); stream(v, into: &w) }
            w.end()
        case let .array(items):
            w.beginArray()
            for item in items { stream(item, into: &w) }
            w.end()
        default:
            w.value(value)
        }
    }

    static func random(_ rng: inout SeededGenerator, depth: Int) -> JSON {
        let pick = Int.random(in: 0..<(depth > 3 ? 5 : 8), using: &rng)
        switch pick {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &rng))
        case 2: return .int(Int.random(in: -1_000_000...1_000_000, using: &rng))
        case 3: return .double(Double.random(in: -1e6...1e6, using: &rng))
        case 4: return .string(String((0..<Int.random(in: 0..<6, using: &rng)).map { _ in "a\"\\\n中文📈\u{1}".randomElement(using: &rng)! }))
        case 5, 6: return .array((0..<Int.random(in: 0..<4, using: &rng)).map { _ in random(&rng, depth: depth + 1) })
        default: return .object((0..<Int.random(in: 0..<4, using: &rng)).map { k in ("k\(k)", random(&rng, depth: depth + 1)) })
        }
    }

    @Test func streamedBytesEqualTheWholeValue() {
        var rng = SeededGenerator(seed: 11)
        for _ in 0..<500 {
            let value = Self.random(&rng, depth: 0)
            for (pretty, level) in [(true, 0), (true, 1), (true, 3), (false, 0)] {
                var out = ""
                var w = JSONWriter(pretty: pretty, level: level) { out += $0 }
                Self.stream(value, into: &w)
                #expect(w.isComplete)
                w.flush()
                let expected = pretty ? value.pretty(level: level) : value.compact
                #expect(out == expected, "pretty \(pretty) level \(level): \(value.compact)")
            }
        }
    }

    /// Empty containers are `[]` and `{}` as in `JSON` (the writer opens a bracket before it knows).
    @Test func emptyContainers() {
        var out = ""
        var w = JSONWriter { out += $0 }
        w.beginObject(); w.key("a"); w.beginArray(); w.end(); w.key("b"); w.beginObject(); w.end(); w.end(); w.flush()
        #expect(out == "{\n  \"a\": [],\n  \"b\": {}\n}")
    }

    /// Large values reach the sink in several pieces (bounded buffer) that join to the whole.
    @Test func largeOutputArrivesInPieces() {
        var pieces: [String] = []
        var w = JSONWriter(pretty: false) { pieces.append($0) }
        w.beginArray()
        for i in 0..<50_000 { w.value(.string("第\(i)个")) }
        w.end(); w.flush()
        #expect(pieces.count > 3)
        #expect(pieces.joined() == JSON.array((0..<50_000).map { .string("第\($0)个") }).compact)
    }
}
