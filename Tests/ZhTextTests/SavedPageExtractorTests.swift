import Testing
@testable import ZhText

@Suite struct SavedPageExtractorTests {
    @Test(arguments: [
        ("示例首页 > 频道 > 正文", SavedPageExtractor.LineKind.breadcrumb),
        ("当前位置：首页 > 新闻", .breadcrumb),
        ("分享至", .prompt),
        ("1234", .prompt),
        ("相关推荐", .listHeading),
        ("体育要闻", .listHeading),
        ("2025-06-01 20:15:33", .timestamp),
        ("特别声明：以上内容为用户上传。", .disclaimer),
        ("Notice: The content above is uploaded by a user.", .disclaimer),
        ("若需转载,敬请联络", .disclaimer),
        ("责编 | 陈一帆", .credit),
        ("海岛渔村办起了民宿合作社", .short),
        ("三年前，村里成立了民宿合作社，村民以闲置房屋入股，由合作社统一改造、统一运营。", .prose),
        ("", .blank),
    ])
    func classifiesLines(_ line: String, _ kind: SavedPageExtractor.LineKind) {
        #expect(SavedPageExtractor.classify(line) == kind)
    }

    @Test func linesKeepOriginalRanges() {
        let text = "甲乙\r\n丙\n\n丁"
        let lines = SavedPageExtractor.lines(of: Array(text.unicodeScalars))
        #expect(lines.map(\.text) == ["甲乙", "丙", "", "丁"])
        #expect(lines.map(\.range) == [0..<2, 4..<5, 6..<6, 7..<8])
    }

    @Test func ordinaryArticleIsNotASavedPage() {
        let text = "标题\n\n第一段，讲了一件事。\n\n第二段，又讲了一件事。\n\n责任编辑：某某\n"
        #expect(!SavedPageExtractor.looksLikeSavedPage(SavedPageExtractor.lines(of: Array(text.unicodeScalars))))
    }

    @Test func accountBlockNeedsCountersOrRepeatedName() {
        let page = """
        首页 > 号 > 正文

        小镇的早市

        分享至

        清晨五点，小镇的早市已经热闹起来，卖菜的、卖早点的摊位一字排开，吆喝声此起彼伏。

        天刚亮，附近村子的农户就挑着自家种的青菜赶来，不到八点，新鲜的豆腐和包子就卖完了。

        相关推荐
        另一篇文章
        某账号
        2025-01-01 08:00:00
        2025-01-02 09:30:00
        早市观察
        早市观察
        """
        let source = SourceText(file: "page.txt", text: page)
        let d = SavedPageExtractor().extract(source, scalars: Array(page.unicodeScalars))
        #expect(d?.date == "2025-01-02 09:30:00")
        #expect(d?.source == "早市观察")
        #expect(d?.title == "小镇的早市")
    }
}
