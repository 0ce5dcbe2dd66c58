import Testing
@testable import ZhText

@Suite struct CreditsTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let line: String
        let source: String?
        let authors: [String]
        let editors: [String]
        var testDescription: String { line }
    }

    @Test(arguments: [
        Case(line: "来源：新华社", source: "新华社", authors: [], editors: []),
        Case(line: "来源丨科技日报", source: "科技日报", authors: [], editors: []),
        Case(line: "责编 | 王小明", source: nil, authors: [], editors: ["王小明"]),
        Case(line: "（责任编辑：李华）", source: nil, authors: [], editors: ["李华"]),
        Case(line: "来源：青河日报 作者：林晓风 责任编辑：周明远", source: "青河日报", authors: ["林晓风"], editors: ["周明远"]),
        Case(line: "文/苏禾", source: nil, authors: ["苏禾"], editors: []),
        Case(line: "记者 张三、李四", source: nil, authors: ["张三", "李四"], editors: []),
        Case(line: "主编：刘洋 审校：陈静", source: nil, authors: [], editors: ["刘洋", "陈静"]),
        Case(line: "2025-03-18 09:30 来源：绿洲网", source: "绿洲网", authors: [], editors: []),
        Case(line: "编辑：何晴 2024-09-02", source: nil, authors: [], editors: ["何晴"]),
        Case(line: "责任编辑：杨倩_NF4425", source: nil, authors: [], editors: ["杨倩"]),
        Case(line: "□ 本报记者 葛青", source: nil, authors: ["葛青"], editors: []),
        Case(line: "作者：  周思博 (Joel Spolsky)", source: nil, authors: ["周思博 (Joel Spolsky)"], editors: []),
        Case(line: "作者：  赵木 发表时间：2005-01-02", source: nil, authors: ["赵木"], editors: []),
        Case(line: "文/苏禾\u{1F}北岸读书会", source: nil, authors: ["苏禾"], editors: []),
        Case(line: "本贴由\u{1F}大林\u{1F}于2005年8月12日16:12:21在〖心理咨询〗发表.", source: nil, authors: ["大林"], editors: []),
    ])
    func parsesCreditLines(_ c: Case) {
        let credits = Credits.parse(c.line)
        #expect(credits.source == c.source)
        #expect(credits.authors == c.authors)
        #expect(credits.editors == c.editors)
    }

    @Test(arguments: [
        ("据新华社报道，会议今天闭幕。（记者 张三 李四）", "张三 李四"),
        ("价格还会上涨。（姚木 上海报道）", "姚木"),
        ("活动将在三国举行。（张巨木）", "张巨木"),
        ("全文完。", nil),
        ("他说（这很重要）", nil),
    ])
    func closingBylines(_ paragraph: String, _ author: String?) {
        #expect(Credits.closingByline(paragraph) == author)
    }

    @Test(arguments: ["记者：你通过什么渠道获取这些信息？", "数据来源于国家统计局的年度报告。", "他是这篇文章的作者，也是主编们的老朋友。", "文化"])
    func proseIsNotACredit(_ line: String) {
        let credits = Credits.parse(line)
        #expect(credits.isEmpty || credits.coverage < 0.6)
    }
}
