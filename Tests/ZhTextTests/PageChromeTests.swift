import Testing
@testable import ZhText

/// Issue 14's page fixes on self-written pages: a site's name in `article:author`, back-links and chrome labels at the
/// body's edges, the site's name from the `<title>` as the source, document date lines and citation dates.
@Suite struct PageChromeTests {
    static let prose = "<p>社区图书馆今年延长了开放时间，周末也向居民开放，借阅人数比去年增加了三成。</p>"
        + "<p>馆长介绍，新增的自习区在考试季几乎座无虚席，馆里还准备在暑假开设少儿阅读课程。</p>"
        + "<p>不少居民表示，家门口的图书馆让阅读变得更方便，希望以后能增加更多新书。</p>"

    private func extract(_ html: String) -> Document {
        ArticleExtractor().extract(from: SourceText(file: "page.html", text: html)).document
    }

    /// Reason for each: the meta author equals the source (`示例日报`), reads as a portal desk (`某某财经-自媒体综合`),
    /// or is the `<title>`'s site name (`示例网`) — none names a person; `李明` does.
    @Test(arguments: [
        ("示例日报", "<p>来源：示例日报</p>", nil as String?),
        ("某某财经-自媒体综合", "", nil),
        ("示例网", "", nil),
        ("李明", "", "李明"),
    ])
    func metaAuthorThatNamesTheSiteIsNoAuthor(_ author: String, _ byline: String, _ expected: String?) {
        let html = "<html><head><title>图书馆延长开放时间_示例网</title><meta property=\"article:author\" content=\"\(author)\"></head>"
            + "<body><h1>图书馆延长开放时间</h1>\(byline)<div class=\"article\">\(Self.prose)</div></body></html>"
        #expect(extract(html).author == expected)
    }

    @Test func trailingBackLinkIsDropped() {
        let html = "<html><body><div class=\"content\">\(Self.prose)<p>大家都期待图书馆的新变化，也希望周边的社区能够借鉴这里的做法，让更多居民受益。<a href=\"/\">返回示例网首页&gt;&gt;</a></p></div></body></html>"
        let d = extract(html)
        #expect(d.body.hasSuffix("让更多居民受益。"))
        #expect(!d.body.contains("返回"))
        // The map still leads to the original characters.
        let scalars = Array(html.unicodeScalars)
        let body = Array(d.body.unicodeScalars)
        for (i, s) in body.enumerated() where s != "\n" && s != " " {
            let r = d.bodyMap.originalRange(of: i..<(i + 1))
            #expect(String(String.UnicodeScalarView(scalars[r])) == String(s))
        }
    }

    @Test func leadingChromeLabelIsDropped() {
        let html = "<html><body><div id=\"p-detail\"><div><span class=\"tj\">图集</span></div>\(Self.prose)</div></body></html>"
        #expect(extract(html).body.hasPrefix("社区图书馆"))
    }

    /// `澎湃新闻` is the last Han part of the title and a medium's name; a title whose tail is not one gives no source.
    @Test(arguments: [
        ("图书馆延长开放时间_社区_示例新闻-The Example", "示例新闻" as String?),
        ("图书馆延长开放时间—附开放时间表", nil),
    ])
    func sourceFromTitle(_ title: String, _ expected: String?) {
        let html = "<html><head><title>\(title)</title></head><body><div class=\"article\">\(Self.prose)</div></body></html>"
        #expect(extract(html).source == expected)
    }

    /// A report's own date line under its title dates it, not the repost date of the page around it; a month alone
    /// gives `YYYY-MM`.
    @Test func documentDateLineWinsOverUnlabelledPageDate() {
        let html = "<html><body><div class=\"date\">2005-03-06 16:17:00</div><div class=\"article\"><p>社区阅读调查报告</p>"
            + "<p>示例市图书馆课题组</p><p>2003年5月</p>\(Self.prose)</div></body></html>"
        let d = extract(html)
        #expect(d.date == "2003-05")
        #expect(d.dateSource == "text:dateline")
    }

    @Test func labelledPageDateStays() {
        let html = "<html><body><div class=\"date\">发布时间：2005-03-06 16:17:00</div><div class=\"article\"><p>社区阅读调查报告</p>"
            + "<p>示例市图书馆课题组</p><p>2003年5月</p>\(Self.prose)</div></body></html>"
        #expect(extract(html).date == "2005-03-06 16:17:00")
    }

    @Test func closingCitationDatesAnUndatedPage() {
        let html = "<html><body><div class=\"article\">\(Self.prose)<p>——《示例月刊》1996年6月号</p></div></body></html>"
        let d = extract(html)
        #expect(d.date == "1996-06")
        #expect(d.dateSource == "text:citation")
    }

    /// Reason for each: month with 号/份 suffixes parse; a following day makes it a full date (not a month).
    @Test(arguments: [("2003年5月", "2003-05" as String?), ("1996年6月号", "1996-06"), ("2003 年 12 月份", "2003-12"), ("2003年5月20日", nil)])
    func monthOnlyDates(_ text: String, _ expected: String?) {
        #expect(DateParser.parseMonth(Array(text.unicodeScalars), at: 0)?.0 == expected)
    }

    /// Reason for each: official signature dates in Chinese numerals, with 〇 or ○, 十/二十 tens; a month alone gives
    /// `YYYY-MM`; a 13th month is no date.
    @Test(arguments: [("二〇二四年三月五日", "2024-03-05" as String?), ("二○○三年五月", "2003-05"), ("二〇一九年十二月三十一日", "2019-12-31"),
                      ("二〇二〇年十月", "2020-10"), ("二〇二〇年十三月", nil)])
    func chineseNumeralDates(_ text: String, _ expected: String?) {
        #expect(DateParser.parseChinese(Array(text.unicodeScalars), at: 0)?.0 == expected)
    }

    @Test func signatureDateInChineseNumeralsDatesTheDocument() {
        let html = "<html><body><div class=\"article\">\(Self.prose)<p>示例市人民政府</p><p>二〇二四年三月五日</p></div></body></html>"
        let d = extract(html)
        #expect(d.date == "2024-03-05")
        #expect(d.dateSource == "text:dateline")
    }

    @Test(arguments: [("返回示例网首页>>", true), ("点击进入专题", true), ("更多精彩>>", true), ("返回后他又说了一遍。", false)])
    func backLinks(_ text: String, _ expected: Bool) { #expect(Boilerplate.isBackLink(text) == expected) }

    @Test(arguments: [("图集", true), ("字号：大 中 小", true), ("打印 | 关闭", true), ("中国", false), ("图集显示了城市的变化", false)])
    func chromeLabels(_ text: String, _ expected: Bool) { #expect(Boilerplate.isChromeLabels(text) == expected) }
}
