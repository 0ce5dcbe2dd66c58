import Testing
@testable import ZhText

@Suite struct SentenceSplitterTests {
    static let cases: [(String, [String])] = [
        ("今天下雨。明天晴天！后天呢？", ["今天下雨。", "明天晴天！", "后天呢？"]),
        ("他说：“我们出发吧。”大家都同意。", ["他说：“我们出发吧。”", "大家都同意。"]),
        ("第一项；第二项；", ["第一项；", "第二项；"]),
        ("真的吗？！不会吧……好吧。", ["真的吗？！", "不会吧……", "好吧。"]),
        ("标题\n正文第一句。正文第二句", ["标题", "正文第一句。", "正文第二句"]),
        ("GDP grew 5.2% in 2024. Exports rose. 中文句子。", ["GDP grew 5.2% in 2024.", "Exports rose.", "中文句子。"]),
        ("（括号内的句子。）后面", ["（括号内的句子。）", "后面"]),
        ("", []),
        ("  \n  ", []),
    ]

    @Test(arguments: cases)
    func splits(_ c: (String, [String])) {
        #expect(SentenceSplitter.sentences(in: c.0) == c.1)
    }
}
