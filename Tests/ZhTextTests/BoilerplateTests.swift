import Testing
@testable import ZhText

@Suite struct BoilerplateTests {
    @Test(arguments: ["相关推荐", "热点推荐 >", "猜你喜欢", "相关阅读：", "财经要闻"])
    func listHeadings(_ text: String) { #expect(Boilerplate.isListHeading(text)) }

    @Test(arguments: ["推荐一个好方法：每天读书一小时。", "要闻"])
    func notListHeadings(_ text: String) { #expect(!Boilerplate.isListHeading(text)) }

    @Test(arguments: ["版权所有 © 2025 示例网", "Copyright © 2024 Example", "转载请注明出处", "未经授权，不得转载", "（本文来自示例新闻，更多资讯请下载客户端）"])
    func disclaimers(_ text: String) { #expect(Boilerplate.isDisclaimer(text)) }

    @Test(arguments: ["分享到：微信 微博", "返回首页>>", "3.2万", "点击查看更多>>"])
    func prompts(_ text: String) { #expect(Boilerplate.isPrompt(text)) }

    @Test(arguments: ["小镇的早市热闹起来了。", "版权交易市场在今年迎来了快速增长，多家平台加大了正版内容的采购力度，行业规模继续扩大，从业者普遍认为这一趋势还会延续很多年。"])
    func prose(_ text: String) { #expect(!Boilerplate.isPrompt(text) && !Boilerplate.isDisclaimer(text)) }

    @Test(arguments: [("post_body", ["post", "body"]), ("articleContent", ["article", "content"]), ("js-share bar", ["js", "share", "bar"])])
    func classTokens(_ value: String, _ tokens: [String]) { #expect(ClassWeight.tokens(value) == tokens) }
}
