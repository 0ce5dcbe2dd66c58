import Testing
@testable import ZhText

/// The strong-nation (…强国) family on a sample written and labelled here: each sentence with the hits a reader
/// expects. Negatives are the shapes that used to match across word boundaries (加强/增强/做强/建强 + 国防, 国际,
/// 国内, 国家, 国有, 国民) and 强国 as the object of a verb.
@Suite struct StrongNationTests {
    static func hits(_ text: String) -> [String] {
        PhraseFamily.strongNation.hits(in: Normalizer.default.normalize(text)).map(\.text)
    }

    static let sample: [(text: String, expected: [String])] = [
        ("建设制造强国和质量强国。", ["制造强国", "质量强国"]),
        ("加快建设教育强国、科技强国、人才强国。", ["教育强国", "科技强国", "人才强国"]),
        ("坚定不移建设海洋强国。", ["海洋强国"]),
        ("建设网络强国和数字中国。", ["网络强国"]),
        ("努力建设航天强国。", ["航天强国"]),
        ("推动交通强国建设。", ["交通强国"]),
        ("全面建成社会主义现代化强国。", ["社会主义现代化强国"]),  // the whole name, not 代化强国
        ("把我国建设成为现代化强国。", ["现代化强国"]),
        ("建设社会主义强国的道路。", ["社会主义强国"]),
        ("深入实施人才强国战略。", ["人才强国"]),  // inside the lexicon word 人才强国战略
        ("建设贸易强国。", ["贸易强国"]),
        ("加快建设农业强国。", ["农业强国"]),
        ("建设金融强国。", ["金融强国"]),
        ("建设知识产权强国。", ["知识产权强国"]),
        ("建设文化强国。", ["文化强国"]),
        ("建设人力资源强国。", ["人力资源强国"]),
        ("必须加强国防现代化建设。", []),  // 须加强国
        ("我们要加强国际合作。", []),  // 要加强国
        ("进一步增强国家实力。", []),  // 步增强国
        ("做大做强国内大循环。", []),  // 大做强国
        ("建好建强国家物流枢纽。", []),  // 好建强国
        ("切实加强国有资产管理。", []),
        ("普遍增强国民体质。", []),
        ("为系统解决强国建设中的难题。", []),  // 解决 is a verb: 强国 is its object's first word
        ("开放兼容才能强国。", []),  // 才能 "can": a clause, not a name
        ("顺应强国富民的要求。", []),
        ("成为世界强国。", []),
        ("加快建设强国。", []),
        ("不断增强国际竞争力。", []),
        ("着力做强国有企业。", []),
        ("持续加强国省干线公路建设。", []),
    ]

    @Test(arguments: sample)
    func labelledSentence(_ c: (text: String, expected: [String])) {
        #expect(Self.hits(c.text) == c.expected, "\(c.text)")
    }

    @Test func precisionOnTheSampleIsAtLeast95Percent() {
        var found = 0, correct = 0, expected = 0
        for c in Self.sample {
            let h = Self.hits(c.text)
            found += h.count
            correct += h.filter(c.expected.contains).count
            expected += c.expected.count
        }
        #expect(found > 0 && Double(correct) / Double(found) >= 0.95, "precision \(correct)/\(found)")
        #expect(Double(correct) / Double(expected) >= 0.9, "recall \(correct)/\(expected)")
    }
}
