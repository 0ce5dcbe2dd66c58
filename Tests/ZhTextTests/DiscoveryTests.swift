import Testing
@testable import ZhText

@Suite struct DiscoveryTests {
    /// Ordinary words (given as known) and two planted new terms in a self-written random text.
    static let vocabulary = ["我们", "今年", "工作", "推进", "城市", "乡村", "企业", "学校", "医院", "道路", "河流", "山区",
                             "提升", "建设", "服务", "质量", "安全", "能力", "居民", "家庭", "产品", "市场", "项目", "资金",
                             "完成", "开展", "支持", "保障", "合作", "研究", "技术", "人才", "环境", "交通", "文化", "体育"]
    static let planted = ["青鸾算力", "5G专网"]

    static func corpus(seed: UInt64, sentences: Int = 400) -> String {
        var rng = SeededGenerator(seed: seed)
        var out = ""
        for s in 0..<sentences {
            let length = 4 + Int(rng.next() % 6)
            for _ in 0..<length { out += vocabulary[Int(rng.next() % UInt64(vocabulary.count))] }
            if s % 7 == 0 { out += planted[0] + vocabulary[Int(rng.next() % UInt64(vocabulary.count))] }
            if s % 9 == 0 { out += vocabulary[Int(rng.next() % UInt64(vocabulary.count))] + planted[1] }
            out += s % 5 == 4 ? "。\n" : "，"
        }
        return out
    }

    static func discover(_ texts: [String], options: DiscoveryOptions = DiscoveryOptions(), known: Set<String>) -> DiscoveryResult {
        var d = Discovery(options: options, known: known)
        let normalized = texts.map { Normalizer.default.normalize($0).scalars }
        normalized.forEach { d.count($0) }
        normalized.forEach { d.countNeighbours($0) }
        return d.result()
    }

    @Test func findsThePlantedTermsAndNotTheirFragments() {
        let result = Self.discover([Self.corpus(seed: 7)], known: Set(Self.vocabulary))
        let terms = result.candidates.map(\.term)
        #expect(Array(terms.prefix(2)).sorted() == Self.planted.sorted())
        for fragment in ["青鸾算", "鸾算力", "鸾算", "5G专", "G专网"] { #expect(!terms.contains(fragment)) }
        let top = result.candidates.first { $0.term == "青鸾算力" }!
        #expect(top.count == 58 && top.pmi >= 3 && top.leftEntropy >= 1 && top.rightEntropy >= 1)
        #expect(result.minCount == 3 && result.pruneLevel == 0)
    }

    @Test func knownTermsAreLeftOut() {
        let result = Self.discover([Self.corpus(seed: 7)], known: Set(Self.vocabulary + ["青鸾算力"]))
        #expect(!result.candidates.map(\.term).contains("青鸾算力"))
        #expect(result.candidates.map(\.term).contains("5G专网"))
    }

    @Test func chunksGiveTheSameResultAsOneText() {
        let lines = Self.corpus(seed: 3).split(separator: "\n", omittingEmptySubsequences: false).map { String($0) + "\n" }
        let whole = Self.discover([lines.joined()], known: Set(Self.vocabulary))
        let pieces = Self.discover([lines[..<20].joined(), lines[20...].joined()], known: Set(Self.vocabulary))
        #expect(whole == pieces)
    }

    @Test func boundedTableStillFindsFrequentTerms() {
        var options = DiscoveryOptions()
        options.tableCapacity = 1024
        let result = Self.discover([Self.corpus(seed: 11, sentences: 1200)], options: options, known: Set(Self.vocabulary))
        #expect(result.pruneLevel > 0)
        #expect(Array(result.candidates.map(\.term).prefix(2)).sorted() == Self.planted.sorted())
    }

    @Test func thresholdScalesWithCorpusSize() {
        var options = DiscoveryOptions()
        options.minCountPerMillion = 1000
        let result = Self.discover([Self.corpus(seed: 7)], options: options, known: Set(Self.vocabulary))
        #expect(result.minCount == Int((Double(result.characters) / 1000).rounded(.up)))
    }

    @Test func numbersWithUnitsAreNotCandidates() {
        var text = ""
        for (k, w) in Self.vocabulary.enumerated() { text += "\(w)共\(1000 + k * 7)元，\(Self.vocabulary[(k * 5) % Self.vocabulary.count])\(2020 + k % 3)年" }
        let result = Self.discover([String(repeating: text, count: 3)], known: Set(Self.vocabulary))
        #expect(!result.candidates.contains { $0.term.unicodeScalars.contains { (0x30...0x39).contains($0.value) } })
    }

    @Test func ngramKeysRoundTrip() {
        for s in ["十五五", "5G", "𠀀𠀁新质生产", "青"] { #expect(Ngram(Array(s.unicodeScalars)).string == s) }
        #expect(Ngram(Array("十五".unicodeScalars)) < Ngram(Array("十五五".unicodeScalars)))
    }
}
