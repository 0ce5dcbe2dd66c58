import Testing
import ZhTextHTML
@testable import ZhText

@Suite struct PageTreeTests {
    @Test func statisticsCountTextLinksAndPunctuation() {
        let tree = PageTree(HTMLParser.parse("<div id=a><p>甲乙，丙丁。</p><p><a href=/x>链接文字</a>尾</p><script>var x = 1;</script></div>"), dropUnlikely: true)
        let div = tree.nodes.firstIndex { $0.attribute("id") == "a" }!
        #expect(tree.stats[div].length == 11)
        #expect(tree.stats[div].linkLength == 4)
        #expect(tree.stats[div].punctuation == 2)
        #expect(tree.stats[div].paragraphs == 2)
        #expect(abs(tree.linkDensity(div) - 4.0 / 11.0) < 1e-9)
        #expect(tree.scripts.map(\.text) == ["var x = 1;"])
    }

    @Test(arguments: [
        ("<div class='share-bar'>分享</div>", true), ("<div id='comment_list'>评论</div>", true),
        ("<div class='related-news'>推荐</div>", true), ("<div class='article-content sidebar'>正文</div>", false),
        ("<div class='topic'>正文</div>", false), ("<td class='nav'>导航</td>", false),
    ])
    func unlikelyByClassOrID(_ html: String, _ unlikely: Bool) {
        let tree = PageTree(HTMLParser.parse(html), dropUnlikely: false)
        #expect(tree.nodes.contains { $0.unlikely } == unlikely)
    }

    @Test func hiddenAndScriptedElementsAreRemoved() {
        let tree = PageTree(HTMLParser.parse("<body><div style='display: none'>隐藏</div><nav>导航</nav><p>可见</p></body>"), dropUnlikely: true)
        let body = tree.nodes.firstIndex { $0.tag == "body" }!
        #expect(tree.text(of: body) == "可见")
    }
}
