import Testing
@testable import ZhText

@Suite struct HTMLMetadataTests {
    @Test(arguments: [
        ("法国大罢工影响交通-新华网", "法国大罢工影响交通"), ("龙湖集团暗伤曝露_网易财经", "龙湖集团暗伤曝露"),
        ("棱镜|数据业大整顿_财经_腾讯网", "棱镜|数据业大整顿"), ("没有站名的标题", "没有站名的标题"),
    ])
    func titleWithoutSiteName(_ title: String, _ expected: String) {
        #expect(HTMLMetadata.strippedTitle(title) == expected)
    }

    @Test(arguments: [
        ("http://www.example.cn/local/2020-02/19/c_1125597921.htm", "2020-02-19"),
        ("https://example.cn/news/20191210/a.html", "2019-12-10"),
        ("https://example.cn/2019/09/07/story", "2019-09-07"),
        ("https://example.cn/about", nil),
    ])
    func datesInURLs(_ url: String, _ expected: String?) {
        #expect(HTMLMetadata.dateInURL(url)?.formatted == expected)
    }

    @Test(arguments: [
        (#"var ct = "1581516000";"#, "ct", "1581516000"),
        (#"var nickname = htmlDecode("北岸读书会");"#, "nickname", "北岸读书会"),
        ("window.msg = {ct: 1700000000, act: 1}", "ct", "1700000000"),
        (#"var act = "1"; var fact = "2";"#, "ct", nil),
    ])
    func scriptVariables(_ script: String, _ name: String, _ expected: String?) {
        #expect(HTMLMetadata.scriptString(script, name: name) == expected)
    }

    @Test func jsonLDKeys() {
        let script = #"{"@type": "NewsArticle", "datePublished": "2020-01-03T18:13:00+08:00", "author": {"name": "某人"}}"#
        #expect(HTMLMetadata.scriptString(script.replacingQuotedKeys(), name: "datePublished") == "2020-01-03T18:13:00+08:00")
    }

    @Test func metaAndJSONLDDatesAndCanonicalURL() {
        let page = """
        <html><head><title>本地新闻标题_站点</title>
        <script type="application/ld+json">{"datePublished": "2021-05-06T01:02:03Z", "author": {"@type": "Person", "name": "王五"}}</script>
        <link rel="canonical" href="https://example.cn/a.html"></head>
        <body><h1>本地新闻标题</h1><div class="content"><p>这是正文的第一段，内容足够长，包含逗号、句号。这是正文的第一段，内容足够长，包含逗号、句号。</p>
        <p>这是正文的第二段，内容足够长，包含逗号、句号。这是正文的第二段，内容足够长，包含逗号、句号。</p></div></body></html>
        """
        let d = ArticleExtractor().extract(from: SourceText(file: "a.html", text: page)).document
        #expect(d.date == "2021-05-06 09:02:03")
        #expect(d.dateSource == "json-ld")
        #expect(d.author == "王五")
        #expect(d.url == "https://example.cn/a.html")
        #expect(d.title == "本地新闻标题")
    }
}
