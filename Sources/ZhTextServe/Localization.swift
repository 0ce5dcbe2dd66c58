/// The interface's two languages and its strings. The language comes from `?lang=` (remembered in a cookie), else
/// the cookie, else the browser's `Accept-Language` (the first of zh or en it prefers), else English.
enum Localization {
    enum Language: String, Sendable { case en, zh }

    static func language(query: QueryParameters, cookie: String?, acceptLanguage: String?) -> Language {
        if let l = query.all("lang").last.flatMap(Language.init(rawValue:)) { return l }
        if let l = cookie.flatMap(Language.init(rawValue:)) { return l }
        // Accept-Language: tags with q-values; the best of zh* and en* wins.
        var best: (Language, Double)?
        for item in (acceptLanguage ?? "").split(separator: ",") {
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard let tag = parts.first else { continue }
            var q = 1.0
            for p in parts.dropFirst() where p.hasPrefix("q=") { q = Double(p.dropFirst(2)) ?? 0 }
            let lang: Language? = tag.hasPrefix("zh") ? .zh : (tag.hasPrefix("en") ? .en : nil)
            if let lang, q > (best?.1 ?? 0) { best = (lang, q) }
        }
        return best?.0 ?? .en
    }

    static let strings: [String: (en: String, zh: String)] = [
        "app": ("ZhText corpus explorer", "ZhText 语料库浏览器"),
        "overview": ("Overview", "概览"), "trends": ("Trends", "趋势"), "kwic": ("KWIC", "索引行"),
        "keyness": ("Keyness", "关键性"), "phrases": ("Phrases", "提法"), "collocates": ("Collocates", "搭配"),
        "dispersion": ("Dispersion", "分布"), "add": ("Add documents", "添加文档"),
        "documents": ("Documents", "文档"), "characters": ("Characters", "字数"), "first_date": ("First date", "最早日期"),
        "last_date": ("Last date", "最晚日期"), "undated": ("Undated", "无日期"), "fields": ("Fields", "字段"),
        "documents_over_time": ("Documents over time", "文档数量随时间"), "top_terms": ("Top content terms", "高频实词"),
        "phrases_by_category": ("Policy phrases by category", "各类政策提法"), "term": ("Term", "词语"),
        "terms": ("Terms", "词语"), "terms_hint": ("one or more, separated by commas", "一个或多个，用逗号分隔"),
        "by": ("Group by", "分组"), "where": ("Only documents where", "仅限文档"), "where_hint": ("e.g. source=人民日报, date>=2020", "例如 source=人民日报、date>=2020"),
        "show": ("Show", "显示"), "per10k": ("per 10,000 characters", "每万字"), "count": ("Count", "次数"),
        "period": ("Period", "时期"), "no_documents": ("no documents", "无文档"), "click_point": ("Click a point for the lines of that period.", "点击数据点查看该时期的索引行。"),
        "sort": ("Sort", "排序"), "text_order": ("text order", "原文顺序"), "left": ("Left context", "左侧上下文"), "right": ("Right context", "右侧上下文"),
        "hit": ("Hit", "命中"), "document": ("Document", "文档"), "lines": ("lines", "行"), "of": ("of", "共"),
        "previous": ("Previous", "上一页"), "next": ("Next", "下一页"), "export_csv": ("Export CSV", "导出 CSV"),
        "no_hits": ("No lines.", "没有索引行。"), "from": ("Period A", "时期 A"), "to": ("Period B", "时期 B"),
        "side_a": ("or side A where", "或 A 方条件"), "side_b": ("side B where", "B 方条件"), "compare": ("Compare", "比较"),
        "g2": ("G² (log-likelihood; > 0: more in B)", "G²（对数似然；> 0：B 中更多）"), "log_ratio": ("Log ratio (binary log of the ratio of relative frequencies)", "对数比（相对频率之比的二进制对数）"),
        "more_in_a": ("more in A", "A 中更多"), "more_in_b": ("more in B", "B 中更多"), "click_bar": ("Click a term for its lines in B.", "点击词语查看其在 B 中的索引行。"),
        "first_seen": ("First seen", "首次出现"), "last_seen": ("Last seen", "最后出现"), "peak": ("Peak", "峰值"),
        "category": ("Category", "类别"), "all_categories": ("all categories", "全部类别"), "families": ("Phrase families", "提法族"),
        "phrase": ("Phrase", "提法"), "family": ("Family", "族"), "timeline": ("First-seen timeline", "首次出现时间线"),
        "metadata": ("Metadata", "元数据"), "source_link": ("Source", "来源链接"), "highlight": ("Highlight", "高亮"),
        "title": ("Title", "标题"), "date": ("Date", "日期"), "source": ("Source", "来源"), "url": ("URL", "网址"),
        "files": ("Files (any encoding; HTML pages are extracted)", "文件（任意编码；网页自动提取正文）"),
        "paste": ("or paste a text", "或粘贴文本"), "upload": ("Add", "添加"), "read_only": ("This server does not accept documents.", "此服务器不接受添加文档。"),
        "added": ("Added", "已添加"), "updated": ("Updated", "已更新"), "unchanged": ("Unchanged", "未变"),
        "window": ("Window", "窗口"), "measure": ("Measure", "指标"), "score": ("Score", "得分"), "collocate": ("Collocate", "搭配词"),
        "range": ("Range", "文档覆盖"), "juilland": ("Juilland's D", "Juilland D"), "dp": ("Gries' DP", "Gries DP"),
        "language": ("中文", "English"), "none": ("(none)", "（无）"), "more": ("more", "更多"),
        "enter_term": ("Type a term to begin.", "请输入词语。"), "rising": ("Rising", "上升"), "falling": ("Falling", "下降"),
        "skipped": ("documents left out (no date or field)", "篇文档未计入（无日期或字段）"), "value": ("Value", "值"),
        "recent": ("Documents", "文档列表"), "regex": ("Regular expression", "正则表达式"),
    ]

    static func text(_ key: String, _ language: Language) -> String {
        guard let s = strings[key] else { return key }
        return language == .zh ? s.zh : s.en
    }
}
