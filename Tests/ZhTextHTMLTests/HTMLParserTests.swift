import Testing
import ZhTextHTML

/// The text nodes in document order.
private func texts(_ doc: HTMLDocument) -> [HTMLText] { doc.texts() }

private func elements(_ doc: HTMLDocument, tag: String) -> [HTMLNode] { doc.elements(tag).map { doc.nodes[$0] } }

@Suite struct HTMLParserTests {
    @Test func buildsTreeWithAttributes() {
        let doc = HTMLParser.parse(#"<html><body><div id="main" class="a b"><p>你好，世界。</p><p>第二段</p></div></body></html>"#)
        let divs = elements(doc, tag: "div")
        #expect(divs.count == 1)
        #expect(divs[0].attribute("id") == "main")
        #expect(divs[0].attribute("class") == "a b")
        #expect(elements(doc, tag: "p").count == 2)
    }

    @Test(arguments: [
        "<div><p>一<p>二</div></span></b>",
        "<table><tr><td>甲<td>乙</table>",
        "<<<>>><p class=x>文字<i>",
        "",
        "<html>",
    ])
    func malformedMarkupNeverCrashes(_ html: String) {
        let doc = HTMLParser.parse(html)
        let all = texts(doc).map(\.text).joined()
        for ch in ["一", "二", "甲", "乙", "文字", "深"] where html.contains(ch) {
            #expect(all.contains(ch), "lost \(ch)")
        }
    }

    @Test func deepNestingNeverCrashes() {
        let doc = HTMLParser.parse(String(repeating: "<div>", count: 3000) + "深")
        #expect(texts(doc).map(\.text).joined().contains("深"))
    }

    /// 20,000 nested elements (the page that overflowed the stack): parsing, walking and freeing take bounded stack;
    /// elements below the depth cap are flattened into their ancestor and counted, the text is kept.
    @Test func deepNestingIsFlattenedBelowTheCap() {
        let depth = 20_000
        let html = String(repeating: "<div>", count: depth) + "深处的文字" + String(repeating: "</div>", count: depth) + "<p>之后</p>"
        let doc = HTMLParser.parse(html)
        #expect(doc.flattenedElements == depth - HTMLDocument.maximumDepth)
        #expect(doc.elements("div").count == HTMLDocument.maximumDepth)
        #expect(texts(doc).map(\.text) == ["深处的文字", "之后"])
        // The deepest kept div holds the text; `p` is a top-level sibling again after all divs closed.
        var deepest = 0, level = 0
        for (i, node) in doc.nodes.enumerated() where node.tag == "div" {
            var k = node.parent, d = 1
            while k >= 0 { d += 1; k = doc.nodes[k].parent }
            if d > level { level = d; deepest = i }
        }
        #expect(level == HTMLDocument.maximumDepth)
        #expect(doc.nodes[deepest].children.compactMap { doc.nodes[$0].text?.text } == ["深处的文字"])
        #expect(doc.roots.map { doc.nodes[$0].tag ?? "#text" } == ["div", "p"])
    }

    /// Nesting at the cap is kept whole: nothing is flattened (the cap only applies beyond it).
    @Test func nestingAtTheCapIsKept() {
        let depth = HTMLDocument.maximumDepth
        let doc = HTMLParser.parse(String(repeating: "<span>", count: depth) + "字" + String(repeating: "</span>", count: depth))
        #expect(doc.flattenedElements == 0)
        #expect(doc.elements("span").count == depth)
    }

    /// Legacy references without `;` are decoded as browsers do, mapped to the whole reference; an escaped `&amp;nbsp`
    /// stays text. Reason for each: `&nbsp` → U+00A0, `&amp` → `&`, `&lt` → `<`; `&amp;nbsp;` is the text "&nbsp;".
    @Test(arguments: [
        ("<p>甲&nbsp乙</p>", "甲\u{A0}乙", ["甲", "&nbsp", "乙"]),
        ("<p>丙&amp丁</p>", "丙&丁", ["丙", "&amp", "丁"]),
        ("<p>&ltb&gt</p>", "<b>", ["&lt", "b", "&gt"]),
        ("<p>戊&amp;nbsp;己</p>", "戊&nbsp;己", nil),
        ("<p>&nbsp;庚&nbspx</p>", "\u{A0}庚\u{A0}x", ["&nbsp;", "庚", "&nbsp", "x"]),
    ] as [(String, String, [String]?)])
    func legacyReferencesWithoutSemicolon(_ html: String, _ expected: String, _ sources: [String]?) {
        let doc = HTMLParser.parse(html)
        let t = texts(doc)
        #expect(t.map(\.text).joined() == expected)
        if let sources, let first = t.first {
            let bytes = Array(html.utf8)
            let got = (0..<first.sourceStarts.count).map { String(decoding: bytes[Int(first.sourceStarts[$0])..<Int(first.sourceEnds[$0])], as: UTF8.self) }
            #expect(got == sources)
        }
    }

    @Test func ignoresDeclaredCharset() {
        let doc = HTMLParser.parse(#"<html><head><meta charset="gbk"></head><body><p>中文内容</p></body></html>"#)
        #expect(texts(doc).map(\.text).joined().contains("中文内容"))
    }

    @Test func textNodesMapToSourceBytes() {
        let html = "<p>甲&amp;乙</p>\r\n<p>丙丁</p>"
        let bytes = Array(html.utf8)
        let doc = HTMLParser.parse(html)
        for t in texts(doc) where t.kind == .text {
            let scalars = Array(t.text.unicodeScalars)
            #expect(scalars.count == t.sourceStarts.count)
            for (k, s) in scalars.enumerated() {
                let slice = String(decoding: bytes[Int(t.sourceStarts[k])..<Int(t.sourceEnds[k])], as: UTF8.self)
                if s == "&" { #expect(slice == "&amp;") } else if s != "\n" { #expect(slice == String(s)) }
            }
        }
    }

    @Test func scriptContentIsRaw() {
        let doc = HTMLParser.parse(#"<body><script>var ct = "1700000000";</script><p>正文</p></body>"#)
        let raw = texts(doc).filter { $0.kind == .raw }
        #expect(raw.count == 1)
        #expect(raw.first?.text.contains("var ct") == true)
    }
}
