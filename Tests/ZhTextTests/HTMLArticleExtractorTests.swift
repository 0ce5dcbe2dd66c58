import Testing
import ZhTextHTML
@testable import ZhText

@Suite struct HTMLArticleExtractorTests {
    static let prose = "这是一段正文，讲述了一件具体的事情，有时间、地点和人物。"

    @Test func innermostKnownLayoutWins() {
        let html = "<div class='article-content'><div id='artibody'>" + String(repeating: "<p>\(Self.prose)</p>", count: 4)
            + "</div><div class='right'>" + String(repeating: "<p>\(Self.prose)</p>", count: 1) + "</div></div>"
        let tree = PageTree(HTMLParser.parse(html), dropUnlikely: true)
        let found = HTMLArticleExtractor().findContent(tree)
        #expect(found?.layout == "#artibody")
    }

    @Test func datedHeadlineListsAreDropped() {
        let list = "<div class='list'><p><a href=/1>另一篇文章的标题</a> 2024-01-01</p><p><a href=/2>又一篇文章</a> 2024-01-02</p><p><a href=/3>第三篇</a> 2024-01-03</p></div>"
        let html = "<html><body><div class='main'>" + String(repeating: "<p>\(Self.prose)</p>", count: 5) + list + "</div></body></html>"
        let result = ArticleExtractor().extract(from: SourceText(file: "a.html", text: html))
        #expect(result.document.body.contains("具体的事情"))
        #expect(!result.document.body.contains("又一篇文章"))
    }

    @Test func byteOffsetsBecomeScalarOffsets() {
        #expect(HTMLArticleExtractor.byteToScalarTable("a中b") == [0, 1, 1, 1, 2, 3])
    }
}
