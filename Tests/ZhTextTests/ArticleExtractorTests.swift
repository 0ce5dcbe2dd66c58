import Foundation
import Testing
import ZhTextTestSupport
@testable import ZhText

@Suite struct ArticleExtractorTests {
    func load(_ name: String) throws -> SourceText {
        let url = TestSupport.fixture("extraction/\(name)", target: "ZhTextTests")
        return try TextDecoder().decode([UInt8](try Data(contentsOf: url)), file: name)
    }

    func extract(_ name: String) throws -> ExtractionResult {
        ArticleExtractor().extract(from: try load(name))
    }

    /// Every body scalar maps back to the same character in the original (paragraph breaks map to empty ranges).
    func expectMapsBack(_ result: ExtractionResult, _ source: SourceText) {
        let original = Array(source.text.unicodeScalars)
        let body = Array(result.document.body.unicodeScalars)
        #expect(result.document.bodyMap.count == body.count)
        var mismatches = 0
        for (i, s) in body.enumerated() where s != "\n" && s != " " {
            let r = result.document.bodyMap.originalRange(of: i..<(i + 1))
            if r.count != 1 || original[r.lowerBound] != s { mismatches += 1 }
        }
        #expect(mismatches == 0)
    }

    @Test func portalPage() throws {
        let source = try load("portal.html")
        let result = ArticleExtractor().extract(from: source)
        let d = result.document
        #expect(d.kind == .html)
        #expect(result.applied)
        #expect(d.title == "青河市老旧小区改造完成首批验收")
        #expect(d.date == "2025-03-18 09:30:00")
        #expect(d.dateSource == "meta:article:published_time")
        #expect(d.source == "青河日报")
        #expect(d.author == "林晓风")
        #expect(d.editors == ["周明远"])
        #expect(d.url == "https://news.example.cn/2025/03/18/qinghe-renovation.html")
        #expect(d.body.hasPrefix("记者从青河市住房和城乡建设局获悉"))
        #expect(d.body.hasSuffix("托育服务设施建设。"))
        for chrome in ["相关推荐", "热点推荐", "分享到", "版权所有", "责任编辑", "当前位置", "首页"] {
            #expect(!d.body.contains(chrome), "body keeps \(chrome)")
        }
        #expect(d.body.components(separatedBy: "\n\n").count == 4)
        expectMapsBack(result, source)
    }

    @Test func commentsAndRecommendationListsAreDropped() throws {
        let source = try load("comments-and-lists.html")
        let result = ArticleExtractor().extract(from: source)
        let d = result.document
        #expect(d.title == "山区小学用上了新操场")
        #expect(d.date == "2024-09-02 08:15:00")
        #expect(d.editors == ["何晴"])
        #expect(d.body.hasPrefix("九月开学第一天"))
        #expect(d.body.hasSuffix("运动一小时。"))
        for chrome in ["网友评论", "游客甲", "猜你喜欢", "乡村教师的一天", "教育动态", "Copyright", "论坛", "发布时间"] {
            #expect(!d.body.contains(chrome), "body keeps \(chrome)")
        }
        expectMapsBack(result, source)
    }

    @Test func wechatArticle() throws {
        let source = try load("wechat.html")
        let result = ArticleExtractor().extract(from: source)
        let d = result.document
        #expect(d.title == "一座小城的图书馆，开到了深夜")
        // ct = 1718000000 is 2024-06-10 06:13:20 UTC.
        #expect(d.date == "2024-06-10 14:13:20")
        #expect(d.dateSource == "wechat:ct")
        #expect(d.source == "北岸读书会")
        #expect(d.author == "苏禾")
        #expect(d.body.hasPrefix("晚上九点"))
        #expect(d.body.hasSuffix("地方文献阅览室。"))
        #expect(!d.body.contains("在看"))
        #expect(!d.body.contains("阅读原文"))
        expectMapsBack(result, source)
    }

    @Test func gbkPageWithWrongDeclaration() throws {
        let source = try load("gbk-wrong-declaration.html")
        #expect(source.encoding == "GB18030")
        let result = ArticleExtractor().extract(from: source)
        let d = result.document
        #expect(d.encoding == "GB18030")
        #expect(d.title == "河畔湿地迎来越冬候鸟")
        #expect(d.date == "2023-11-20 14:05:00")
        #expect(d.source == "绿洲环境网")
        #expect(d.body.hasPrefix("入冬以来"))
        #expect(d.body.hasSuffix("不要靠近拍摄。"))
        #expect(!d.body.contains("转载"))
        expectMapsBack(result, source)
    }

    @Test func savedPageText() throws {
        let source = try load("saved-page.txt")
        let result = ArticleExtractor().extract(from: source)
        let d = result.document
        #expect(d.kind == .savedPage)
        #expect(d.title == "海岛渔村办起了民宿合作社")
        #expect(d.date == "2025-06-03 07:30:00")
        #expect(d.source == "渔村生活志")
        #expect(d.originalSource == "海岛观察")
        #expect(d.editors == ["陈一帆", "吴悦"])
        #expect(d.body.hasPrefix("东礁村位于海岛的最东端"))
        #expect(d.body.hasSuffix("让游客住得下、留得住。"))
        for chrome in ["分享至", "欢迎转载", "来源", "责编", "特别声明", "Notice", "相关推荐", "湖边步道", "文章数"] {
            #expect(!d.body.contains(chrome), "body keeps \(chrome)")
        }
        expectMapsBack(result, source)
    }

    @Test func blogArchiveGivesTheFirstPost() throws {
        let source = try load("blog-archive.html")
        let result = ArticleExtractor().extract(from: source)
        let d = result.document
        #expect(d.body == "今天山里下了第一场雪，院子里的柿子树挂满了白霜。傍晚生起炉子，煮了一壶茶，听着窗外的风声，觉得一年又快过去了。")
        #expect(d.date == "2024-12-01 21:10:05")
        expectMapsBack(result, source)
    }

    /// Markdown that contains words that look like page furniture is read as Markdown, not as a saved page: the
    /// furniture-like lines stay (they are the note's text), only the markup goes; the heading is the title.
    @Test func markdownIsNotASavedPage() throws {
        let source = try load("notes.md")
        let result = ArticleExtractor().extract(from: source)
        #expect(result.document.kind == .markdown)
        #expect(!result.applied)
        #expect(result.warnings.isEmpty)
        #expect(result.document.title == "读书笔记")
        #expect(result.document.body == "读书笔记\n\n相关推荐\n\n分享至\n2025-01-01 10:00:00\n\n这是一份 Markdown 笔记，含有看起来像网页的词语，但不应被当作网页处理。\n")
        expectMapsBack(result, source)
    }

    @Test(arguments: ["plain.txt"])
    func plainTextPassesThroughUntouched(_ name: String) throws {
        let source = try load(name)
        let result = ArticleExtractor().extract(from: source)
        #expect(result.document.kind == .plain)
        #expect(!result.applied)
        #expect(result.warnings.isEmpty)
        #expect(result.document.body == source.text)
        #expect(result.document.bodyMap == .identity(count: source.text.unicodeScalars.count))
    }

    @Test func htmlWithoutArticleUsesAllTextWithWarning() {
        let source = SourceText(file: "menu.html", text: "<html><body><ul><li><a href=/a>甲</a></li><li><a href=/b>乙</a></li></ul></body></html>")
        let result = ArticleExtractor().extract(from: source)
        #expect(result.document.kind == .notFound)
        #expect(result.warnings.count == 1)
        #expect(result.warnings[0].hasPrefix("menu.html: "))
        #expect(result.document.body.contains("甲"))
        #expect(!result.document.body.contains("<li>"))
    }

    @Test func passThroughKeepsEverything() throws {
        let source = try load("portal.html")
        let d = ArticleExtractor().passThrough(source)
        #expect(d.kind == .disabled)
        #expect(d.body == source.text)
    }

    @Test(arguments: [
        ("<!DOCTYPE html><p>甲</p>", true), ("  <html><body>乙</body></html>", true), ("<div>丙</div><body>", true),
        ("正文 <b>加粗</b>", false), ("# 标题\n<br>", false),
    ])
    func detectsHTMLByContent(_ text: String, _ isHTML: Bool) {
        #expect(ArticleExtractor.looksLikeHTML(Array(text.unicodeScalars)) == isHTML)
    }

    @Test func malformedHTMLNeverCrashes() {
        for text in ["<html><body><p>未闭合段落<div><table><td>单元格", "<html>\u{0}<p>空字符后的文字，仍然保留。</p>", "<html></html>", "<html><body>"] {
            let result = ArticleExtractor().extract(from: SourceText(file: "broken.html", text: text))
            #expect(result.document.bodyMap.count == result.document.body.unicodeScalars.count)
        }
    }
}
