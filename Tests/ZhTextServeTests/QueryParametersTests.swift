import Foundation
import Testing
import ZhTextTestSupport
import ZhText
@testable import ZhTextServe

/// Query strings: decoding as forms send them, typed values with errors naming the parameter, and a property test
/// that random input never traps and that encoding then decoding gives the pairs back.
@Suite struct QueryParametersTests {
    static let decoding: [(query: String, pairs: [String], why: String)] = [
        ("term=a&term=b", ["term=a", "term=b"], "a repeated name keeps both, in order"),
        ("term=%E6%96%B0+%E8%B4%A8", ["term=新 质"], "percent-escapes are UTF-8 bytes; + is a space"),
        ("where=date%3E%3D2024", ["where=date>=2024"], "an escaped operator"),
        ("a&b=", ["a=", "b="], "a name without = or value has an empty value"),
        ("&&x=1&&", ["x=1"], "empty pairs are skipped"),
        ("x=a=b", ["x=a=b"], "only the first = splits"),
        ("%41=%61", ["A=a"], "names are decoded too"),
    ]

    @Test(arguments: decoding) func decodes(_ c: (query: String, pairs: [String], why: String)) throws {
        let p = try QueryParameters(query: c.query)
        #expect(p.pairs.map { $0.name + "=" + $0.value } == c.pairs, "\(c.why)")
    }

    static let refused: [(query: String, name: String, why: String)] = [
        ("term=%E6%96", "term", "a UTF-8 sequence cut short"),
        ("term=%G1", "term", "not hexadecimal"),
        ("term=%", "term", "an escape without digits"),
        ("%zz=1", "%zz", "a malformed name"),
        ("term=%FF%FE", "term", "bytes that are not UTF-8"),
    ]

    @Test(arguments: refused) func refuses(_ c: (query: String, name: String, why: String)) {
        #expect(throws: ServeError.self, "\(c.why)") { try QueryParameters(query: c.query) }
        do { _ = try QueryParameters(query: c.query) } catch let error as ServeError {
            guard case let .badParameter(name, _) = error else { Issue.record("\(c.why): \(error)"); return }
            #expect(name == c.name, "\(c.why)")
            #expect(error.status == 400)
        } catch { Issue.record("\(error)") }
    }

    @Test func typedValues() throws {
        let p = try QueryParameters(query: "n=12&bad=1x&big=99999&f=yes&g=0&h=maybe&s=r2&w=source%3D%E5%B8%82&by=source&dup=a&dup=b&same=a&same=a")
        #expect(try p.int("n", default: 0, in: 0...100) == 12)
        #expect(try p.int("missing", default: 7, in: 0...100) == 7, "absent: the default")
        #expect(throws: ServeError.badParameter(name: "bad", reason: "\"1x\" is not a whole number")) { try p.int("bad", default: 0, in: 0...10) }
        #expect(throws: ServeError.self) { try p.int("big", default: 0, in: 0...100) }
        #expect(try p.flag("f") && !(try p.flag("g")) && !(try p.flag("absent")))
        #expect(throws: ServeError.self) { try p.flag("h") }
        #expect(try p.sort("s") == KWICSort("R2"), "sort names are case-insensitive")
        #expect(try p.filter("w").conditions.map(\.description) == ["source=市"])
        #expect(try p.grouping(default: .period(.year)) == .field("source"))
        #expect(throws: ServeError.self, "two different values of a single-valued parameter") { try p.string("dup") }
        #expect(try p.string("same") == "a", "the same value twice is one value")
    }

    static let alphabet: [Unicode.Scalar] = Array("ab=&%+#?/; 新质生产力\u{0}\u{1F600}\\\"'<>2AFfz".unicodeScalars)

    @Test func randomQueriesNeverTrapAndRoundTrip() throws {
        var g = SeededGenerator(seed: 17)
        for _ in 0..<3000 {
            // Any text: decodes or is refused with a 400, never traps.
            let raw = g.string(from: Self.alphabet, max: 30)
            do { _ = try QueryParameters(query: raw) } catch let e as ServeError { #expect(e.status == 400) }
            // Any pairs: encoded, then decoded, give themselves back (empty names are dropped by the format).
            var pairs: [(String, String)] = []
            for _ in 0..<g.int(5) {
                let name = "n" + g.string(from: Self.alphabet, max: 6)
                pairs.append((name, g.string(from: Self.alphabet, max: 12)))
            }
            let encoded = QueryParameters(pairs).encoded
            let decoded = try QueryParameters(query: encoded)
            #expect(decoded == QueryParameters(pairs), "\(encoded)")
        }
    }
}

extension SeededGenerator {
    /// Up to `max` scalars drawn from `alphabet` (the property tests' random strings).
    mutating func string(from alphabet: [Unicode.Scalar], max: Int) -> String {
        var s = ""
        for _ in 0..<int(max + 1) { s.unicodeScalars.append(alphabet[int(alphabet.count)]) }
        return s
    }
}
