import Foundation
import Testing
import ZhTextTestSupport
@testable import ZhText

/// Markdown inputs (issue 12 item 5): markup is not text, front matter and the first heading are metadata, and every
/// kept character maps back to the same character in the file.
@Suite struct MarkdownExtractorTests {
    private func load(_ name: String) throws -> SourceText {
        let url = TestSupport.fixture("markdown/\(name)", target: "ZhTextTests")
        return SourceText(file: name, text: try String(contentsOf: url, encoding: .utf8))
    }

    /// Every body scalar (line breaks included) is the original character at its offset.
    private func expectExactMap(_ d: Document, _ source: SourceText) {
        let original = Array(source.text.unicodeScalars)
        for (i, s) in d.body.unicodeScalars.enumerated() {
            let r = d.bodyMap.originalRange(of: i..<(i + 1))
            #expect(r.count == 1 && original[r.lowerBound] == s, "body scalar \(i) \(s) maps to \(r)")
        }
    }

    @Test func transcriptWithFrontMatterCommentsLinksAndCode() throws {
        let source = try load("transcript.md")
        let result = ArticleExtractor().extract(from: source)
        let d = result.document
        #expect(d.kind == .markdown)
        #expect(result.warnings.isEmpty)
        // Front matter wins over the first heading for the title; date, source and author come from it too.
        #expect(d.title == "《晚间新闻》文字实录")
        #expect(d.titleSource == "front-matter")
        #expect(d.date == "2025-11-02")
        #expect(d.source == "示例广播电视台")
        #expect(d.author == "新闻编辑部 林晓")
        let expected = """
        《晚间新闻》 2025年11月2日

        主持人：各位观众，晚上好。今天节目的主要内容有：

        沿海城市推进旧城改造
        山区小学开设机器人课程，孩子们学习热情高涨
        秋粮收购进度过半 （记者 周岚）


        一位种粮大户说：“今年的收成比去年好，心里踏实。”

        各地气象部门提醒，下周冷空气南下，请注意防寒保暖。
         地区  气温 
         北方  降温 

        这是节目单里的原文，保留为文字


        """
        // Table pipes dropped (cells keep their own spaces), the delimiter row gone; the image line leaves its line
        // break's blank neighbours; the reference definition and the closing comment are gone.
        #expect(d.body == expected)
        for markup in ["<!--", "repaste", "https://", "#", "**", "`", "![", "](", "节目预告", "|---"] {
            #expect(!d.body.contains(markup), "\(markup) left in the body")
        }
        expectExactMap(d, source)
    }

    @Test func setextHeadingIsTheTitleWithoutFrontMatter() throws {
        let source = try load("plain-heading.md")
        let d = ArticleExtractor().extract(from: source).document
        #expect(d.title == "某县春季植树活动综述")
        #expect(d.titleSource == "heading")
        #expect(d.date == nil)
        #expect(d.body.hasPrefix("某县春季植树活动综述\n\n本周末"))
        // Hard-break backslash and emphasis underscores dropped; rule and underline gone; list numbers dropped.
        #expect(d.body.contains("两千棵树苗。\n活动负责人表示，明年还将"))
        #expect(d.body.hasSuffix("参与情况\n\n志愿者三百余人\n树苗两千棵\n"))
        expectExactMap(d, source)
    }

    /// Reason for each: ATX heading marks and closing hashes are not text and the heading is the title; a front
    /// matter date that is no date gives a warning naming the file and line; a snake_case word keeps its underscore.
    @Test func atxTitleAndBadFrontMatterDate() {
        let text = "---\ndate: 明天\n---\n## 标题 ##\n\n正文 snake_case 保留。\n"
        let result = ArticleExtractor().extract(from: SourceText(file: "x.md", text: text))
        #expect(result.document.title == "标题")
        #expect(result.document.date == nil)
        #expect(result.warnings == ["x.md:2: front matter date \"明天\" is not a date; ignored"])
        #expect(result.document.body == "标题\n\n正文 snake_case 保留。\n")
    }

    /// Property (fixed seed): random Markdown built from markup pieces and Chinese words never crashes, and every
    /// kept scalar maps to the same scalar of the file, in increasing order.
    @Test func randomMarkdownMapsExactly() {
        var rng = SeededGenerator(seed: 20251102)
        let pieces = ["# ", "## ", "**", "*", "_", "`", "```\n", "<!-- ", " -->", "<b>", "</b>", "[", "](http://x.cn/a)", "![图](p.png)",
                      "> ", "- ", "1. ", "|", "---\n", "\n", "\n\n", "\\*", "~~", "<https://e.cn>", "[r]: http://x\n",
                      "政府", "工作", "报告", "新闻", "。", "，", " ", "\r\n", "title: 标题\n"]
        for _ in 0..<300 {
            var text = rng.next() % 4 == 0 ? "---\n" : ""
            for _ in 0..<(Int(rng.next() % 40) + 1) { text += pieces[Int(rng.next() % UInt64(pieces.count))] }
            let source = SourceText(file: "r.md", text: text)
            let d = ArticleExtractor().extract(from: source).document
            let original = Array(text.unicodeScalars)
            var previous = -1
            for (i, s) in d.body.unicodeScalars.enumerated() {
                let r = d.bodyMap.originalRange(of: i..<(i + 1))
                #expect(r.count == 1 && original[r.lowerBound] == s && r.lowerBound > previous, "\(text.debugDescription): scalar \(i)")
                previous = r.lowerBound
            }
            // Through preparation too: every token of the normalized text maps back inside the file.
            let prepared = TextPreparation.prepare(source)
            for token in LexiconSegmenter.default.tokens(in: prepared.normalized) {
                #expect(token.range.upperBound <= original.count)
                #expect(token.text == String(String.UnicodeScalarView(original[token.range])))
            }
        }
    }
}

