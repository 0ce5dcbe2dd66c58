import ArgumentParser
import ZhText

/// The language of `report`'s headings and notes (`--lang`).
enum ReportLanguage: String, ExpressibleByArgument, CaseIterable {
    case en, zh

    var text: ReportText { self == .zh ? .chinese : .english }
}

/// `report`'s words in one language.
struct ReportText: Sendable {
    let labels: HTMLReport.Labels
    let rising: String, phrases: String, chosen: String, timeline: String, chosenNote: String, per10k: String, term: String
    let risingNote: @Sendable (String) -> String
    let phrasesNote: @Sendable (Int) -> String
    let timelineNote: @Sendable (String) -> String
    let keyness: @Sendable (String, String) -> String
    let keynessNote: @Sendable (String) -> String
    let moreIn: @Sendable (String) -> String
    let title: @Sendable (String) -> String
    let summary: @Sendable (_ documents: Int, _ characters: Int, _ periods: Int, _ by: String) -> String

    func summary(documents: Int, characters: Int, periods: Int, by: String) -> String { summary(documents, characters, periods, by) }

    static let english = ReportText(
        labels: .english,
        rising: "Terms that rose the most", phrases: "Policy phrases", chosen: "Chosen terms",
        timeline: "When formulations first appeared",
        chosenNote: "Occurrences of each string in the normalized text, per 10,000 characters.",
        per10k: "per 10,000 characters", term: "term",
        risingNote: { "Words with the largest Theil–Sen slope of frequency per \($0) (per 10,000 characters)." },
        phrasesNote: { "The \($0) most frequent policy phrases (提法), each counted with its variants." },
        timelineNote: { "Policy phrases first seen after \($0): a dot at the first period, a bar to the last." },
        keyness: { "Keyness: \($0) against \($1)" },
        keynessNote: { "Signed log-likelihood G² (positive: more frequent in \($0)); |G²| ≥ 3.84 is p < 0.05." },
        moreIn: { "more in \($0)" },
        title: { "Dated corpus report: \($0)" },
        summary: { d, c, p, by in "\(d) document\(d == 1 ? "" : "s"), \(c) characters, \(p) period\(p == 1 ? "" : "s") (by \(by))." })

    static let chinese = ReportText(
        labels: .chinese,
        rising: "上升最多的词语", phrases: "政策提法", chosen: "所选词语", timeline: "提法首次出现时间",
        chosenNote: "各词语在规范化文本中的出现次数（每万字）。", per10k: "每万字", term: "词语",
        risingNote: { "按\(ReportText.unitName($0))计算、频率（每万字）Theil–Sen 斜率最大的词语。" },
        phrasesNote: { "出现最多的 \($0) 个政策提法（含异体写法）。" },
        timelineNote: { "\($0) 之后首次出现的政策提法：圆点为首次出现时期，横条延伸至最后出现时期。" },
        keyness: { "关键性：\($0) 对比 \($1)" },
        keynessNote: { "带符号的对数似然比 G²（正值：在 \($0) 中更常见）；|G²| ≥ 3.84 即 p < 0.05。" },
        moreIn: { "\($0) 更多" },
        title: { "按时间排列的语料报告：\($0)" },
        summary: { d, c, p, by in "\(d) 篇文档，\(c) 字，\(p) 个时期（按\(ReportText.unitName(by))）。" })

    static func unitName(_ unit: String) -> String {
        ["year": "年", "quarter": "季度", "month": "月", "week": "周", "day": "日", "label": "标签"][unit] ?? unit
    }
}
