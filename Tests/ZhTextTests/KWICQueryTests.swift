import Testing
@testable import ZhText

/// KWIC queries: wildcards, regular expressions and AntConc-style sorting, on self-written sentences.
@Suite struct KWICQueryTests {
    static func hits(_ query: KWICQuery, _ text: String) -> [String] {
        let normalized = Normalizer.default.normalize(text)
        return query.hits(in: normalized).map { normalized.normalizedText(of: $0.normalizedRange) }
    }

    @Test(arguments: [
        // (term, text, expected hits, why)
        ("加强*建设", "要加强生态文明建设。", ["加强生态文明建设"], "the star takes the four characters between"),
        ("加强*建设", "加强建设。", ["加强建设"], "a star may take nothing"),
        ("加强*建设", "要加强队伍建设和制度建设。", ["加强队伍建设"], "interior stars take as few as fit"),
        ("加强*建设", "加强。建设", [], "never across a sentence end"),
        ("加强*建设", "加强一二三四五六七八九十一建设", [], "eleven characters are more than a star reaches"),
        ("加强*建设", "加强一二三四五六七八九十建设", ["加强一二三四五六七八九十建设"], "ten is the limit"),
        ("*强国", "建设制造强国和教育强国，建设科技强国。", ["建设制造强国", "和教育强国", "建设科技强国"],
         "a leading star takes the letters before, up to punctuation, without overlapping the previous hit"),
        ("数字*", "数字中国、数字经济。", ["数字中国", "数字经济"], "a trailing star takes letters up to punctuation"),
        ("A*C", "ABC AXXC", ["ABC", "AXXC"], "Latin works the same"),
        ("高质量", "高质\n量发展", ["高质量"], "a literal term across a joined line break, as before"),
    ])
    func wildcards(term: String, text: String, expected: [String], why: String) throws {
        #expect(Self.hits(try KWICQuery(term: term), text) == expected, "\(why)")
    }

    @Test func regexMatchesOnScalarsWithOriginalOffsets() throws {
        let original = "第一行\r\n制造强国、教育强国和强国。"
        let text = Normalizer.default.normalize(original)
        let hits = try KWICQuery(regex: "\\p{Han}{2}强国", context: 2).hits(in: text)
        #expect(hits.map(\.text) == ["制造强国", "教育强国"])
        #expect(hits.map(\.range) == [5..<9, 10..<14])  // 第一行 CR LF = 5 scalars before 制
        #expect(hits[0].left == "一行")  // normalized context: the line break between two Han characters is joined
        #expect(try KWICQuery(regex: "x*", context: 2).hits(in: text).isEmpty)  // empty matches are not hits
    }

    @Test(arguments: ["(", "[a-", "a{2,1}"])
    func badRegexIsAClearError(pattern: String) {
        #expect(throws: ZhTextError.self) { try KWICQuery(regex: pattern) }
        do { _ = try KWICQuery(regex: pattern) } catch { #expect(String(describing: error).contains("--regex \"\(pattern)\": not a valid regular expression")) }
    }

    @Test func termOfOnlyStarsIsRejected() {
        #expect(throws: ZhTextError.self) { try KWICQuery(term: "**") }
        #expect(throws: ZhTextError.self) { try KWICQuery(term: " ") }
    }

    @Test(arguments: [("L1", "L1"), ("r3", "R3"), ("L4", nil), ("X1", nil), ("L", nil)] as [(String, String?)])
    func sortLabels(label: String, expected: String?) {
        #expect(KWICSort(label)?.description == expected)
    }

    @Test func sortsByTheWordLeftOrRightThenByPosition() throws {
        // 强0国1建2设3。4建5设6制7造8强9国10和11教12育13强14国15、16网17络18强19国20。21要22加23快24建25设26制27造28强29国30
        let text = Normalizer.default.normalize("强国建设。建设制造强国和教育强国、网络强国。要加快建设制造强国")
        let starts = { (sort: KWICSort) throws -> [Int] in
            let query = try KWICQuery(term: "强国", context: 4, sort: sort)
            return query.ordered(query.lines(in: text, document: 0)).map(\.hit.normalizedRange.lowerBound)
        }
        // L1: "" (0: start of text) < 制造 (制 U+5236: 9, 29 in text order) < 教育 (U+6559: 14) < 网络 (U+7F51: 19).
        #expect(try starts(.left(1)) == [0, 9, 29, 14, 19])
        // R1, punctuation skipped: "" (29: end of text) < 和 (U+548C: 9) < 建设 (U+5EFA: 0) < 网络强国 (U+7F51: 14, one
        // word in the lexicon) < 要 (U+8981: 19).
        #expect(try starts(.right(1)) == [29, 9, 0, 14, 19])
        // L2: "" (0) < 和 (14) < 建设 (9, 29) < 教育强国 (19: the lexicon's word before 、网络).
        #expect(try starts(.left(2)) == [0, 14, 9, 29, 19])
    }

    @Test func linesOfSeveralDocumentsSortTogether() throws {
        let query = try KWICQuery(term: "强国", context: 4, sort: .left(1))
        let a = query.lines(in: Normalizer.default.normalize("教育强国"), document: 0)
        let b = query.lines(in: Normalizer.default.normalize("制造强国"), document: 1)
        #expect(query.ordered(a + b).map(\.document) == [1, 0])  // 制 < 教
        let unsorted = try KWICQuery(term: "强国", context: 4)
        #expect(unsorted.ordered(b + a).map(\.document) == [0, 1])  // text order: document, then position
    }
}

/// Seeded random texts and terms: wildcard hits are ordered, never overlap, start and end with the term's literal
/// parts, and a star never spans a sentence end or more than ten characters.
@Suite struct KWICQueryPropertyTests {
    @Test func wildcardHitsAreWellFormed() throws {
        var rng = SeededGenerator(seed: 14)
        let alphabet = Array("加强建设国家发展。，\n".unicodeScalars)
        for _ in 0..<300 {
            let text = String(String.UnicodeScalarView((0..<Int.random(in: 0...80, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }))
            let a = String(alphabet[Int.random(in: 0..<6, using: &rng)]), b = String(alphabet[Int.random(in: 0..<6, using: &rng)])
            let normalized = Normalizer.default.normalize(text)
            let hay = normalized.scalars
            let hits = try KWICQuery(term: a + "*" + b).hits(in: normalized)
            var end = 0
            for h in hits {
                let r = h.normalizedRange
                #expect(r.lowerBound >= end, "overlap in \(text)")
                end = r.upperBound
                #expect(String(hay[r.lowerBound]) == a && String(hay[r.upperBound - 1]) == b && r.count >= 2)
                let gap = hay[(r.lowerBound + 1)..<(r.upperBound - 1)]
                #expect(gap.count <= KWICQuery.wildcardLimit)
                #expect(!gap.contains { Script.isSentenceFinal($0) || Script.isLineBreak($0) })
            }
            // Without a star the query is the literal search.
            #expect(try KWICQuery(term: a + b).hits(in: normalized).map(\.normalizedRange)
                    == KWICQuery.literalMatches(Array((a + b).unicodeScalars), in: hay))
        }
    }
}
