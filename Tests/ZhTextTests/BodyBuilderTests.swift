import Testing
@testable import ZhText

@Suite struct BodyBuilderTests {
    func build(_ parts: [String?]) -> (String, OffsetMap) {
        var b = BodyBuilder()
        var offset = 0
        for part in parts {
            guard let part else { b.endParagraph(at: offset); continue }
            for s in part.unicodeScalars { b.append(s, start: offset, end: offset + 1); offset += 1 }
        }
        return b.finish(originalCount: offset)
    }

    @Test func paragraphsAreSeparatedByABlankLineAndSpacesCollapse() {
        let (text, map) = build(["  甲  乙\n\t丙 ", nil, nil, "丁", nil])
        #expect(text == "甲 乙 丙\n\n丁")
        #expect(map.count == text.unicodeScalars.count)
        #expect(map.originalRange(of: 0..<1) == 2..<3)
        // The collapsed space maps to the first white space of its run; the break maps to an empty range.
        #expect(map.originalRange(of: 1..<2) == 3..<4)
        #expect(map.originalRange(of: 5..<6).isEmpty)
        #expect(map.originalRange(of: 7..<8) == 10..<11)
    }

    @Test func keepFilterDropsParagraphs() {
        var b = BodyBuilder()
        for (k, s) in "正文一".unicodeScalars.enumerated() { b.append(s, start: k, end: k + 1) }
        b.endParagraph(at: 3)
        for (k, s) in "分享到".unicodeScalars.enumerated() { b.append(s, start: 3 + k, end: 4 + k, inLink: true) }
        b.endParagraph(at: 6)
        #expect(b.paragraphs.map(\.text) == ["正文一", "分享到"])
        #expect(b.linkShare(b.paragraphs[1].range) == 1)
        let (text, map) = b.finish(originalCount: 6) { t, _ in t != "分享到" }
        #expect(text == "正文一")
        #expect(map.count == 3)
    }
}
