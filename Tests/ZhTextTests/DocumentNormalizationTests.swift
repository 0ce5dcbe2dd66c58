import Foundation
import Testing
import ZhTextTestSupport
@testable import ZhText

@Suite struct DocumentNormalizationTests {
    @Test func normalizedBodyOffsetsPointIntoTheInput() throws {
        let url = TestSupport.fixture("extraction/portal.html", target: "ZhTextTests")
        let source = try TextDecoder().decode([UInt8](try Data(contentsOf: url)), file: "portal.html")
        let document = ArticleExtractor().extract(from: source).document
        let normalized = Normalizer.default.normalize(document, of: source)
        let input = Array(source.text.unicodeScalars)
        #expect(normalized.original == input)
        for term in ["老旧小区", "加装电梯", "托育服务"] {
            let scalars = Array(term.unicodeScalars)
            let hit = try #require((0...(normalized.scalars.count - scalars.count)).first { Array(normalized.scalars[$0..<($0 + scalars.count)]) == scalars })
            let range = normalized.originalRange(of: hit..<(hit + scalars.count))
            #expect(String(String.UnicodeScalarView(input[range])) == term)
            // The HTML around the hit is the page's, not the body's.
            #expect(range.lowerBound > document.body.unicodeScalars.count / 2)
        }
    }

    @Test func plainTextMapsToItself() {
        let source = SourceText(file: "a.txt", text: "春天到了。\r\n图书馆延长开放时间。")
        let document = ArticleExtractor().extract(from: source).document
        let normalized = Normalizer.default.normalize(document, of: source)
        #expect(normalized.originalRange(of: 0..<2) == 0..<2)
    }
}
