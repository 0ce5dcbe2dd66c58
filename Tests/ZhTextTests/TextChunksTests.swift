import Testing
@testable import ZhText

@Suite struct TextChunksTests {
    @Test(arguments: [1, 3, 7, 64])
    func piecesRejoinAndCutAfterLineBreaks(limit: Int) {
        let text = "第一行文字\n第二行\r\n第三行很长很长很长很长很长\n\n末行"
        var joined: [Unicode.Scalar] = [], offsets: [Int] = []
        TextChunks.forEach(in: text, maxScalars: limit) { piece, offset in
            #expect(offset == joined.count)
            #expect(piece.count <= limit)
            offsets.append(offset)
            joined += piece
        }
        #expect(String(String.UnicodeScalarView(joined)) == text)
        if limit == 7 { #expect(offsets.prefix(2) == [0, 6]) }   // cut after 第一行文字\n
    }

    /// Pathological lines (issue 14): a stretch with no line break or sentence end is cut after at most
    /// `longestStretch` scalars, at a space or script change when there is one in the second half.
    @Test(arguments: [
        (String(repeating: "a", count: 2_500_000), [1 << 20, 1 << 20, 2_500_000 - 2 << 20], "one letter: cut at the limit"),
        (String(repeating: "的", count: (1 << 20) + 5), [1 << 20, 5], "one Han character: cut at the limit"),
        (String(repeating: "的", count: 700_000) + String(repeating: "x", count: 700_000), [700_000, 700_000], "cut where Han meets Latin"),
        (String(repeating: "的", count: 900_000), [900_000], "shorter than the limit: whole"),
    ])
    func longStretchesAreCutAtTheLimit(_ text: String, _ lengths: [Int], _ why: String) {
        let scalars = Array(text.unicodeScalars)
        let ranges = TextChunks.ranges(of: scalars, size: 200_000)
        #expect(ranges.map(\.count) == lengths, "\(why)")
        #expect(ranges.first?.lowerBound == 0 && ranges.last?.upperBound == scalars.count)
        #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
    }

    @Test func weakCutNeverSeparatesACombiningMarkOrCRLF() {
        let marks = Array("aaaa\u{301}a".unicodeScalars)   // cut at 4 would put the accent at the start of a range
        #expect(TextChunks.weakCut(in: marks, start: 0, end: 4) == 3)
        let crlf = Array("ab\r\ncd".unicodeScalars)
        #expect(TextChunks.weakCut(in: crlf, start: 0, end: 3) == 2)
    }
}
