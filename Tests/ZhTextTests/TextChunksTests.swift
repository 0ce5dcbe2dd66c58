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
}
