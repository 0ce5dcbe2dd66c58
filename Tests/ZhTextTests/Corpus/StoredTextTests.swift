import Testing
@testable import ZhText

/// ``StoredText`` gives back exactly the normalized text it encoded (original, scalars, offset map), and UTF-8
/// occurrence counting equals scalar counting. Random texts mix what normalization changes: full-width letters and
/// digits, CRLF and lone CR, runs of spaces, broken lines between Han characters, invisible characters.
@Suite struct StoredTextTests {
    static let pieces: [String] = ["发展", "新质生产力", "ＡＩ", "１２３", "\r\n", "\r", "\n", "   ", "\u{200B}", "，", "。", "a",
                                   "Ｇｏ", "\u{3000}", "高质量", "\n\n\n", "é", "e\u{301}", "𠀀", "\t"]

    static func randomText(_ rng: inout SeededGenerator) -> String {
        (0..<Int.random(in: 0...40, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
    }

    @Test func roundTripIsExact() throws {
        var rng = SeededGenerator(seed: 20261206)
        for _ in 0..<500 {
            let text = Normalizer.default.normalize(Self.randomText(&rng))
            let stored = StoredText(text)
            let back = try stored.decode()
            #expect(back == text)
        }
    }

    @Test func unchangedTextStoresNoMapOrOriginal() {
        let stored = StoredText(Normalizer.default.normalize("发展新质生产力。"))
        #expect(stored.original == nil && stored.map == nil)
        let changed = StoredText(Normalizer.default.normalize("ＡＩ赋能\r\n产业"))
        #expect(changed.original != nil)
    }

    @Test func damagedPartsThrowInsteadOfCrashing() {
        var rng = SeededGenerator(seed: 7)
        let text = Normalizer.default.normalize("ＡＩ赋能\r\n\r\n产业  发展")
        let stored = StoredText(text)
        for _ in 0..<300 {
            var s = stored
            if var m = s.map, !m.isEmpty { m[Int.random(in: 0..<m.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng); s.map = m }
            if var o = s.original, !o.isEmpty, Bool.random(using: &rng) { o.removeLast(Int.random(in: 0...o.count, using: &rng)); s.original = o }
            // Either an error or a text whose parts are consistent: never a crash.
            if let back = try? s.decode() { #expect(back.map.count == back.scalars.count) }
        }
    }

    @Test func utf8CountsEqualScalarCounts() {
        var rng = SeededGenerator(seed: 42)
        for _ in 0..<500 {
            let text = Normalizer.default.normalize(Self.randomText(&rng))
            let term = Self.pieces.randomElement(using: &rng)! + (Bool.random(using: &rng) ? Self.pieces.randomElement(using: &rng)! : "")
            let counter = TermOccurrences(term)
            let bytes = StoredText(text).normalized
            let viaBytes = bytes.withUnsafeBytes { TermOccurrences.count(counter.utf8, inUTF8: $0) }
            #expect(viaBytes == counter.count(in: text.scalars), "\(term)")
        }
        // Non-overlapping, left to right: "aaa" holds "aa" once.
        #expect(Array("aaa".utf8).withUnsafeBytes { TermOccurrences.count(Array("aa".utf8), inUTF8: $0) } == 1)
    }
}
