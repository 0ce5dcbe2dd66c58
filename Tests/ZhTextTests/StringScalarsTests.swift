import Testing
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
