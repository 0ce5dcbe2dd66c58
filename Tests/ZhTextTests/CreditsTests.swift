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
    ])
    func parsesCreditLines(_ c: Case) {
        let credits = Credits.parse(c.line)
        #expect(credits.source == c.source)
        #expect(credits.authors == c.authors)
        #expect(credits.editors == c.editors)
    }

    @Test(arguments: ["数据来源于国家统计局的年度报告。", "他是这篇文章的作者，也是主编们的老朋友。", "文化"])
    func proseIsNotACredit(_ line: String) {
        let credits = Credits.parse(line)
        #expect(credits.isEmpty || credits.coverage < 0.6)
    }
}
