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
        "期待投稿", "欢迎投稿", "投稿请", "投稿邮箱", "投稿热线", "违法和不良信息",
        "举报电话", "举报邮箱", "ICP备", "ICP证", "网安备", "公网安备", "增值电信业务", "互联网新闻信息服务许可证",
    ]

    /// Share widgets, counters and calls to action.
    static let prompts: [String] = [
        "分享至", "分享到", "分享：", "分享:", "点赞", "在看", "收藏", "举报", "打开网易新闻", "打开APP", "打开app", "下载客户端",
        "扫一扫", "扫码", "二维码", "长按识别", "关注我们", "点击关注", "关注公众号", "喜欢就", "阅读原文", "返回搜狐", "查看更多",
        "查看原文", "纠错", "【纠错】", "打印本页", "关闭窗口", "字号", "【字体", "字体：", "阅读量", "浏览次数", "上一篇", "下一篇", "返回顶部", "返回首页", "申请入驻",
        "返回", "点击进入", "点击查看", "点击阅读", "安装新浪", "下载新浪", "更多精彩", "进入专题", "微信公众号", "公众号", "关注微信", "微信扫一扫",
    ]

    static func starts(_ text: String, withAnyOf list: [String]) -> Bool {
        guard let first = text.unicodeScalars.first, list.contains(where: { $0.unicodeScalars.first == first }) else { return false }
        return list.contains { text.hasPrefix($0) }
    }

    /// Scalars that start the phrases `isDisclaimer` looks for inside a line.
    private static let inlineDisclaimerStarts: Set<Unicode.Scalar> = ["版", "C", "©", "未", "转"]

    /// Whether a short text is a heading of a list of other articles (`相关推荐`, `热点推荐 >`).
    static func isListHeading(_ text: String) -> Bool {
        let t = text.trimmingSpaces()
        guard t.unicodeScalars.count <= 12 else { return false }
        if listHeadings.contains(where: { t.hasPrefix($0) }) { return true }
        // `体育要闻`, `财经要闻`: a two-character section plus 要闻.
        return (4...6).contains(t.unicodeScalars.count) && t.hasSuffix("要闻")
    }

    /// Whether a paragraph or line is a disclaimer, copyright or reprint notice.
    /// The text without white space and opening brackets around it (`（本文来自…）` reads as `本文来自…）`).
    static func unbracketed(_ text: String) -> String {
        var t = Substring(text.trimmingSpaces())
        while let f = t.first, "（(【[「".contains(f) { t = t.dropFirst() }
        return String(t)
    }

    static func isDisclaimer(_ text: String) -> Bool {
        let t = unbracketed(text)
        if starts(t, withAnyOf: disclaimers) { return true }
        let n = t.unicodeScalars.count
        // `本文系…` can also start a sentence of an abstract: only short notes count.
        if n <= 80, starts(t, withAnyOf: ["本文为", "本文系", "本文来自", "本文仅代表", "本站"]) { return true }
        if n < 120, t.unicodeScalars.contains(where: inlineDisclaimerStarts.contains), t.contains("版权所有") || t.contains("Copyright") || t.contains("©") || t.contains("未经授权") || t.contains("转载请注明") { return true }
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

    /// Labels of page navigation and media widgets (`图集`, `视频`, `字号 大 中 小`, `打印 关闭`): a line made only of
    /// these is chrome, not article text.
    static let chromeLabels: Set<String> = [
        "图集", "组图", "高清组图", "高清图集", "幻灯", "图片", "原图", "视频", "音频", "直播", "播放", "全屏", "专题", "滚动",
        "正文", "首页", "返回", "打印", "关闭", "分享", "收藏", "评论", "点赞", "字号", "字体", "大", "中", "小", "放大",
        "缩小", "默认", "上一页", "下一页", "上一篇", "下一篇", "纠错", "举报", "微博", "微信", "QQ空间", "Qzone", "客户端",
    ]

    /// Whether a short line consists only of ``chromeLabels`` (separated by spaces, `|`, `/`, `·`, `:`).
    static func isChromeLabels(_ text: String) -> Bool {
        let parts = text.split(whereSeparator: { $0.unicodeScalars.allSatisfy(BodyBuilder.isSpace) || "|｜/·:：【】[]".contains($0) })
        return !parts.isEmpty && text.unicodeScalars.count <= 24 && parts.allSatisfy { chromeLabels.contains(String($0)) }
    }

    /// Words that start a portal back-link or navigation prompt (`返回腾讯网首页>>`, `点击进入专题`, `查看更多`).
    static let backLinkStarts = ["返回", "进入", "点击", "回到", "查看", "更多", "阅读全文", "全文"]

    /// Whether a piece of text at the edge of an article is a portal back-link or navigation prompt: a prompt
    /// (``isPrompt(_:)``), or a short phrase starting with ``backLinkStarts`` or ending in `>>`, `»`, `＞＞`, `›`,
    /// without sentence punctuation.
    static func isBackLink(_ text: String) -> Bool {
        let t = text.trimmingSpaces()
        let n = t.unicodeScalars.count
        guard n > 0, n <= 24, !t.unicodeScalars.contains(where: { "。！？，；".unicodeScalars.contains($0) }) else { return false }
        if isPrompt(t) { return true }
        let arrow = t.hasSuffix(">>") || t.hasSuffix("»") || t.hasSuffix("＞＞") || t.hasSuffix("›") || t.hasSuffix("〉〉")
        return arrow || backLinkStarts.contains(where: { t.hasPrefix($0) }) && (t.hasSuffix("首页") || t.hasSuffix("频道") || t.hasSuffix("专题"))
    }

    /// Where a portal back-link that ends a paragraph starts (`…将持续。返回腾讯网首页>>` → the index of `返回`), when
    /// text before it remains; `nil` when the paragraph does not end with one. `linked[i]` says whether scalar `i`
    /// is link text: a trailing link run counts when it reads as a back-link; unlinked text only when it starts with
    /// one of ``backLinkStarts`` and ends with an arrow.
    static func trailingBackLink(_ scalars: ArraySlice<Unicode.Scalar>, linked: (Int) -> Bool) -> Int? {
        var end = scalars.endIndex
        while end > scalars.startIndex, BodyBuilder.isSpace(scalars[end - 1]) { end -= 1 }
        guard end > scalars.startIndex else { return nil }
        // A trailing run of link text.
        if linked(end - 1) {
            var start = end - 1
            while start > scalars.startIndex, linked(start - 1) || BodyBuilder.isSpace(scalars[start - 1]) { start -= 1 }
            while start < end, BodyBuilder.isSpace(scalars[start]) { start += 1 }
            let tail = String(scalars: scalars[start..<end])
            if start > scalars.startIndex, isBackLink(tail) { return start }
        }
        // Unlinked `返回…>>` within the last 24 characters, after a sentence end.
        let tail = String(scalars: scalars[max(scalars.startIndex, end - 24)..<end])
        guard tail.hasSuffix(">>") || tail.hasSuffix("»") || tail.hasSuffix("＞＞") else { return nil }
        var k = end - 2
        while k > max(scalars.startIndex, end - 24) {
            let here = String(scalars: scalars[k..<end])
            if backLinkStarts.contains(where: { here.hasPrefix($0) }), isBackLink(here) {
                let before = scalars[..<k].last { !BodyBuilder.isSpace($0) }
                if let before, "。！？”』」）)!?".unicodeScalars.contains(before) { return k }
                return nil
            }
            k -= 1
        }
        return nil
    }

    /// Sentence punctuation that marks running prose.
    static func isProsePunctuation(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "，", "。", "；", "：", "！", "？", "、", ",", ";", "!", "?": return true
        default: return false
        }
    }
}
