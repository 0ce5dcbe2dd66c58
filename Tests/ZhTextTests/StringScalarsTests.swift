import Testing
import ZhTextTestSupport
@testable import ZhText

@Suite struct StringScalarsTests {
    @Test(arguments: ["", "a", "é", "中文", "𠀀𪚥", "A中é😀\n\t", "\u{0}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}"])
    func buildsTheSameStringAsTheStandardLibrary(text: String) {
        let scalars = Array(text.unicodeScalars)
        let built = String(scalars: scalars)
        #expect(built == text)
        #expect(Array(built.utf8) == Array(text.utf8))
        #expect(String(scalars: scalars[...]) == text)
    }

    /// Random scalars from every UTF-8 length class encode exactly as the standard library encodes them.
    @Test func randomScalarsRoundTrip() {
        var rng = SeededGenerator(seed: 7)
        let classes: [ClosedRange<UInt32>] = [0...0x7F, 0x80...0x7FF, 0x800...0xD7FF, 0xE000...0xFFFF, 0x1_0000...0x10_FFFF]
        for _ in 0..<500 {
            let scalars = (0..<Int.random(in: 0...40, using: &rng)).map { _ in
                Unicode.Scalar(UInt32.random(in: classes.randomElement(using: &rng)!, using: &rng))!
            }
            let expected = String(String.UnicodeScalarView(scalars))
            #expect(Array(String(scalars: scalars).utf8) == Array(expected.utf8))
        }
    }
}

/// `[Unicode.Scalar](utf8:)` (the stored texts' decoder) must give exactly what the standard library gives, for
/// well-formed and ill-formed bytes alike, and must invert `String(scalars:)`.
@Suite struct UTF8ScalarsTests {
    static func reference(_ bytes: [UInt8]) -> [Unicode.Scalar] { Array(String(decoding: bytes, as: UTF8.self).unicodeScalars) }
    static func fast(_ bytes: [UInt8]) -> [Unicode.Scalar] { bytes.withUnsafeBufferPointer { [Unicode.Scalar](utf8: $0) } }

    @Test(arguments: [
        // Every length of well-formed sequence: ASCII, é (2 bytes), 发 (3), 𠀀 (4).
        ([0x41, 0xC3, 0xA9, 0xE5, 0x8F, 0x91, 0xF0, 0xA0, 0x80, 0x80], "well-formed, 1 to 4 bytes"),
        ([], "empty"),
        // Ill-formed: each becomes U+FFFD as the standard library repairs it.
        ([0xC0, 0x80], "overlong NUL"),
        ([0xE0, 0x80, 0x80], "overlong 3-byte"),
        ([0xED, 0xA0, 0x80], "surrogate D800"),
        ([0xF4, 0x90, 0x80, 0x80], "beyond U+10FFFF"),
        ([0xF0, 0x80, 0x80, 0x80], "overlong 4-byte"),
        ([0xE5, 0x8F], "truncated at the end"),
        ([0xE5, 0x8F, 0x41], "truncated before ASCII"),
        ([0x80, 0x41], "lone continuation byte"),
        ([0xFF, 0xFE, 0x41], "bytes that never occur in UTF-8"),
    ] as [([UInt8], String)])
    func decodesAsTheStandardLibraryDoes(_ bytes: [UInt8], _ why: String) {
        #expect(Self.fast(bytes) == Self.reference(bytes), "\(why)")
    }

    /// Random byte strings built from UTF-8 fragments (lead bytes, continuation bytes, whole characters) hit the
    /// ill-formed cases in every position.
    @Test func randomBytesDecodeAsTheStandardLibraryDoes() {
        var rng = SeededGenerator(seed: 2026)
        let pieces: [[UInt8]] = [[0x41], [0xC3, 0xA9], [0xE5, 0x8F, 0x91], [0xF0, 0xA0, 0x80, 0x80], [0x80], [0xBF], [0xC2],
                                 [0xE5], [0xF0], [0xF4, 0x90], [0xED, 0xA0], [0xFF], [0xC0], [0xE0, 0x80]]
        for _ in 0..<2_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...24, using: &rng) { bytes += pieces.randomElement(using: &rng)! }
            #expect(Self.fast(bytes) == Self.reference(bytes), "\(bytes)")
        }
    }

    /// Any scalars, written with `String(scalars:)` and read back, come back unchanged.
    @Test func roundTripsEveryScalarRange() {
        var rng = SeededGenerator(seed: 7)
        let ranges: [ClosedRange<UInt32>] = [0...0x7F, 0x80...0x7FF, 0x800...0xD7FF, 0xE000...0xFFFF, 0x1_0000...0x10_FFFF]
        for _ in 0..<500 {
            let scalars = (0..<Int.random(in: 0...40, using: &rng)).map { _ in
                Unicode.Scalar(UInt32.random(in: ranges.randomElement(using: &rng)!, using: &rng))!
            }
            #expect(Self.fast(Array(String(scalars: scalars).utf8)) == scalars)
        }
    }
}
