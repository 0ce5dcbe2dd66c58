import Testing
@testable import ZhText

@Suite struct NormalizerTests {
    /// (input, expected normalized text) with default options.
    static let cases: [(String, String)] = [
        ("ＡＢＣ１２３", "ABC123"),
        ("增长５．２％", "增长5.2%"),
        ("第一，第二、第三。", "第一，第二、第三。"),
        ("“十五五”《规划》（草案）：好！对？是；", "“十五五”《规划》（草案）：好！对？是；"),
        ("高质\u{200B}量发展", "高质量发展"),
        ("新质\u{200C}生产\u{200D}力\u{2060}", "新质生产力"),
        ("软\u{00AD}件", "软件"),
        ("控\u{0007}制", "控制"),
        ("中\u{FEFF}国", "中国"),
        ("⽅法", "方法"),
        ("政府工作报\n告", "政府工作报告"),
        ("政府工作报\r\n告", "政府工作报告"),
        ("第一段。\n第二段", "第一段。\n第二段"),
        ("第一段\n\n第二段", "第一段\n\n第二段"),
        ("第一段\n\n\n\n第二段", "第一段\n\n第二段"),
        ("推动，\n高质量发展", "推动，高质量发展"),
        ("English line\nnext line", "English line\nnext line"),
        ("中 国", "中国"),
        ("中　国", "中国"),
        ("GDP  增长   5%", "GDP 增长 5%"),
        ("　　五年来，我们", "五年来，我们"),
        ("句子。  \n下一句", "句子。\n下一句"),
        ("a\tb", "a b"),
        ("", ""),
    ]

    @Test(arguments: cases)
    func normalizes(_ c: (String, String)) {
        #expect(Normalizer.default.normalize(c.0).text == c.1)
    }

    @Test func punctuationFoldingIsOptIn() {
        let n = Normalizer(options: NormalizationOptions(foldPunctuation: true))
        #expect(n.normalize("第一，第二、第三。“好”").text == "第一,第二,第三.\"好\"")
    }

    @Test func characterLevelKeepsLines() {
        let n = Normalizer(options: .characterLevel)
        #expect(n.normalize("政府工作报\n告 中 国").text == "政府工作报\n告 中 国")
    }

    @Test(arguments: [
        ("乾隆皇帝在乾清宮讀書", "乾隆皇帝在乾清宫读书"),
        ("高品質發展", "高品质发展"),
        ("頭髮", "头发"),
        ("藉口與慰藉", "借口与慰藉"),
    ])
    func toSimplified(_ c: (String, String)) {
        let n = Normalizer(options: NormalizationOptions(conversion: .toSimplified))
        #expect(n.normalize(c.0).text == c.1)
    }

    @Test(arguments: [("发展", "發展"), ("范仲淹", "范仲淹"), ("头发", "頭髮")])
    func toTraditional(_ c: (String, String)) {
        let n = Normalizer(options: NormalizationOptions(conversion: .toTraditional))
        #expect(n.normalize(c.0).text == c.1)
    }

    @Test func offsetMapPointsIntoTheOriginal() {
        let original = "ＡＢ\u{200B}中\r\n国　增长５％。\n\n新"
        let normalized = Normalizer.default.normalize(original)
        #expect(normalized.text == "AB中国增长5%。\n\n新")
        let o = Array(original.unicodeScalars)
        // Every normalized scalar maps to an original range whose text normalizes to it.
        for i in 0..<normalized.scalars.count {
            let r = normalized.originalRange(of: i..<(i + 1))
            let text = String(String.UnicodeScalarView(o[r]))
            let back = Normalizer(options: .characterLevel).normalize(text).text
            #expect(back == String(normalized.scalars[i]) || (normalized.scalars[i] == "\n"), "scalar \(i)")
        }
        // 中国 spans the original 中\r\n国.
        let zg = Array(normalized.scalars).firstIndex(of: "中")!
        #expect(normalized.originalText(of: zg..<(zg + 2)) == "中\r\n国")
        #expect(normalized.originalRange(of: zg..<(zg + 2)) == 3..<7)
        let pct = Array(normalized.scalars).firstIndex(of: "%")!
        #expect(normalized.originalText(of: pct..<(pct + 1)) == "％")
        #expect(normalized.map.originalCount == o.count)
    }

    @Test func idempotentOnRandomMixedText() {
        var rng = SeededGenerator(seed: 42)
        let alphabet: [String] = ["中", "国", "发", "展", "，", "。", "、", "“", "”", "\n", "\n\n", "\r\n", " ", "　", "\u{200B}",
                                  "Ａ", "１", "a", "Z", "7", ".", "%", "⽅", "\u{00AD}", "\t", "e\u{0301}", "😀", "𠀀", "；", "…"]
        for _ in 0..<300 {
            let length = Int.random(in: 0..<40, using: &rng)
            let text = (0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &rng)] }.joined()
            for options in [NormalizationOptions(), NormalizationOptions(conversion: .toSimplified), .characterLevel] {
                let n = Normalizer(options: options)
                let once = n.normalize(text).text
                #expect(n.normalize(once).text == once, "not idempotent on \(text.debugDescription)")
            }
            let normalized = Normalizer.default.normalize(text)
            #expect(normalized.map.count == normalized.scalars.count)
            for i in 0..<normalized.scalars.count {
                let r = normalized.originalRange(of: i..<(i + 1))
                #expect(r.lowerBound >= 0 && r.upperBound <= normalized.original.count)
            }
        }
    }
}
