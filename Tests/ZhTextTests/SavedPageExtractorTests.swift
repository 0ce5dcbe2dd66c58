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

    @Test func portalPageWithLabelsOnTheirOwnLines() {
        let page = """
        您的位置:
        首页
        >
        本地要闻
        2025年青河县工作报告
        发表时间：
        2025-02-09 09:45:30
        来源：
        青河日报
        【字体：
        大
        小
        】
        ——2025年2月3日在青河县人民代表大会上
        各位代表：
        现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。
        过去一年，全县上下团结一心，经济运行稳中有进，民生保障持续加强，各项事业取得新的进展。
        责任编辑：
        林木
        扫一扫在手机打开当前页
        相关链接>>
        """
        let source = SourceText(file: "report.txt", text: page)
        let d = SavedPageExtractor().extract(source, scalars: Array(page.unicodeScalars))
        #expect(d?.title == "2025年青河县工作报告")
        #expect(d?.date == "2025-02-09 09:45:30")
        #expect(d?.source == "青河日报")
        #expect(d?.editors == ["林木"])
        #expect(d?.body.hasPrefix("现在，我代表县人民政府") == true)
        #expect(d?.body.hasSuffix("取得新的进展。") == true)
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
