/// Phrases that mark page furniture rather than article text, in Chinese and English.
enum Boilerplate {
    /// Headings of lists of other articles.
    static let listHeadings: [String] = [
        "相关推荐", "热点推荐", "猜你喜欢", "热门推荐", "精彩推荐", "为你推荐", "为您推荐", "推荐阅读", "相关阅读", "延伸阅读",
        "相关新闻", "相关文章", "相关链接", "热门文章", "热门新闻", "热点新闻", "热门阅读", "大家都在看", "更多精彩", "往期回顾",
        "往期推荐", "热门评论", "最新评论", "网友评论", "精彩评论", "评论区", "排行榜", "热文排行", "点击排行", "阅读排行", "今日推荐",
        "编辑推荐", "猜您喜欢", "你可能感兴趣", "您可能感兴趣", "更多内容", "更多新闻", "头条要闻", "本周热点", "热门标签",
        "Related", "Recommended", "Most read", "Read more",
    ]

    /// Starts of disclaimers, copyright notices and reprint requests.
    static let disclaimers: [String] = [
        "特别声明", "免责声明", "版权声明", "版权所有", "声明：", "声明:", "Notice:", "Copyright", "copyright", "COPYRIGHT", "©",
        "(c)", "All Rights Reserved", "all rights reserved", "若需转载", "如需转载", "转载请", "未经授权", "未经许可", "欢迎转载",
        "期待投稿", "欢迎投稿", "投稿请", "投稿邮箱", "投稿热线", "本文为", "本文系", "本文来自", "本文仅代表", "本站", "违法和不良信息",
        "举报电话", "举报邮箱", "ICP备", "ICP证", "网安备", "公网安备", "增值电信业务", "互联网新闻信息服务许可证",
    ]

    /// Share widgets, counters and calls to action.
    static let prompts: [String] = [
        "分享至", "分享到", "分享：", "分享:", "点赞", "在看", "收藏", "举报", "打开网易新闻", "打开APP", "打开app", "下载客户端",
        "扫一扫", "扫码", "二维码", "长按识别", "关注我们", "点击关注", "关注公众号", "喜欢就", "阅读原文", "返回搜狐", "查看更多",
        "查看原文", "纠错", "【纠错】", "打印本页", "关闭窗口", "字号", "上一篇", "下一篇", "返回顶部", "返回首页", "申请入驻",
        "返回", "点击进入", "点击查看", "点击阅读", "安装新浪", "下载新浪", "更多精彩", "进入专题",
    ]

    static func starts(_ text: String, withAnyOf list: [String]) -> Bool {
        list.contains { text.hasPrefix($0) }
    }

    /// Whether a short text is a heading of a list of other articles (`相关推荐`, `热点推荐 >`).
    static func isListHeading(_ text: String) -> Bool {
        let t = text.trimmingSpaces()
        guard t.unicodeScalars.count <= 12 else { return false }
        if listHeadings.contains(where: { t.hasPrefix($0) }) { return true }
        // `体育要闻`, `财经要闻`: a two-character section plus 要闻.
        return t.unicodeScalars.count <= 6 && t.hasSuffix("要闻")
    }

    /// Whether a paragraph or line is a disclaimer, copyright or reprint notice.
    static func isDisclaimer(_ text: String) -> Bool {
        let t = text.trimmingSpaces()
        if starts(t, withAnyOf: disclaimers) { return true }
        let n = t.unicodeScalars.count
        if n < 120, t.contains("版权所有") || t.contains("Copyright") || t.contains("©") || t.contains("未经授权") || t.contains("转载请注明") { return true }
        return false
    }

    /// Whether a short line is a share widget, a counter or a call to action.
    static func isPrompt(_ text: String) -> Bool {
        let t = text.trimmingSpaces()
        let n = t.unicodeScalars.count
        if n == 0 { return false }
        if t.unicodeScalars.allSatisfy({ DateParser.isDigit($0) || BodyBuilder.isSpace($0) || $0 == "," || $0 == "." || $0 == "万" || $0 == "+" }) { return true }
        if n <= 40, t.hasSuffix(">>") || t.hasSuffix("»") || t.hasSuffix("【下载地址】") || t.hasSuffix("【详细】") || t.hasSuffix("＞＞") { return true }
        return n <= 30 && starts(t, withAnyOf: prompts)
    }

    /// Sentence punctuation that marks running prose.
    static func isProsePunctuation(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "，", "。", "；", "：", "！", "？", "、", ",", ";", "!", "?": return true
        default: return false
        }
    }
}
