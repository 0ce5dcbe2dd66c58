import Testing
import ZhTextHTML

/// Collects the text of ordinary text nodes in document order.
private func texts(_ nodes: [HTMLNode]) -> [HTMLText] {
    var out: [HTMLText] = []
    for node in nodes {
        switch node {
        case let .text(t): out.append(t)
        case let .element(e): out += texts(e.children)
        }
    }
    return out
}

private func elements(_ nodes: [HTMLNode], tag: String) -> [HTMLElement] {
    var out: [HTMLElement] = []
    for node in nodes {
        if case let .element(e) = node {
            if e.tag == tag { out.append(e) }
            out += elements(e.children, tag: tag)
        }
    }
    return out
}

@Suite struct HTMLParserTests {
    @Test func buildsTreeWithAttributes() {
        let doc = HTMLParser.parse(#"<html><body><div id="main" class="a b"><p>你好，世界。</p><p>第二段</p></div></body></html>"#)
        let divs = elements(doc.children, tag: "div")
        #expect(divs.count == 1)
        #expect(divs[0].attribute("id") == "main")
        #expect(divs[0].attribute("class") == "a b")
        #expect(elements(doc.children, tag: "p").count == 2)
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
        let all = texts(doc.children).map(\.text).joined()
        for ch in ["一", "二", "甲", "乙", "文字", "深"] where html.contains(ch) {
            #expect(all.contains(ch), "lost \(ch)")
        }
    }

    @Test func deepNestingNeverCrashes() {
        let doc = HTMLParser.parse(String(repeating: "<div>", count: 3000) + "深")
        #expect(texts(doc.children).map(\.text).joined().contains("深"))
    }

    @Test func ignoresDeclaredCharset() {
        let doc = HTMLParser.parse(#"<html><head><meta charset="gbk"></head><body><p>中文内容</p></body></html>"#)
        #expect(texts(doc.children).map(\.text).joined().contains("中文内容"))
    }

    @Test func textNodesMapToSourceBytes() {
        let html = "<p>甲&amp;乙</p>\r\n<p>丙丁</p>"
        let bytes = Array(html.utf8)
        let doc = HTMLParser.parse(html)
        for t in texts(doc.children) where t.kind == .text {
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
        let raw = texts(doc.children).filter { $0.kind == .raw }
        #expect(raw.count == 1)
        #expect(raw.first?.text.contains("var ct") == true)
    }
}
