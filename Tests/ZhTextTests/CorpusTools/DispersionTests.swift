import Testing
@testable import ZhText

/// Dispersion on self-written documents of known sizes (non-white-space characters), against hand-computed values.
@Suite struct DispersionTests {
    // Sizes 10, 10, 20. 甲: 1, 1, 2 · 乙: 4, 0, 0 · 丙: 1, 2, 1. Fillers are other characters.
    static let documents = ["甲乙乙乙乙丙子丑寅卯", "甲丙丙子丑寅卯辰巳午", "甲甲丙子丑寅卯辰巳午未申酉戌亥天地人和春"]

    func result(_ terms: [String], equalParts: Int? = nil, documents: [String] = documents) -> Dispersion.Result {
        var d = Dispersion(terms: terms)
        for (i, text) in documents.enumerated() { d.add(name: "d\(i + 1).txt", text: Normalizer.default.normalize(text)) }
        return d.result(equalParts: equalParts)
    }

    /// (term, count, range, D, DP, DP_norm, reason)
    static let cases: [(String, Int, Int, Double?, Double?, Double?, String)] = [
        ("甲", 4, 3, 1, 0, 0, "relative frequency 0.1 in every part; shares 1/4, 1/4, 1/2 = sizes"),
        ("乙", 4, 1, 0, 0.75, 1, "all in the first part: V = √2 = √(n−1); DP = ½(0.75 + 0.25 + 0.5)"),
        ("丙", 4, 3, 0.622036, 0.25, 0.333333, "rel. 0.1, 0.2, 0.05: V = 0.5345; DP = ½(0 + 0.25 + 0.25), / (1 − 0.25)"),
        ("丁", 0, 0, nil, nil, nil, "never occurs: undefined"),
    ]

    @Test(arguments: cases) func measuresMatchHandComputedValues(term: String, count: Int, range: Int, d: Double?, dp: Double?,
                                                                 dpNorm: Double?, reason: String) {
        let row = result([term]).rows[0]
        #expect(row.count == count && row.range == range, "\(reason)")
        func close(_ a: Double?, _ b: Double?) -> Bool { a == nil ? b == nil : (b != nil && abs(a! - b!) < 1e-6) }
        #expect(close(row.juillandD, d), "D of \(term): \(reason)")
        #expect(close(row.griesDP, dp), "DP of \(term): \(reason)")
        #expect(close(row.griesDPNormalized, dpNorm), "DP_norm of \(term): \(reason)")
    }

    @Test func partsAreTheDocumentsWithTheirSizes() {
        let r = result(["甲", "乙"])
        #expect(r.partKind == .documents)
        #expect(r.parts.map(\.name) == ["d1.txt", "d2.txt", "d3.txt"] && r.parts.map(\.characters) == [10, 10, 20])
        #expect(r.rows[1].partCounts == [4, 0, 0])
    }

    @Test func oneDocumentIsCutIntoEqualParts() {
        // 20 characters, 4 parts of 5: hits at characters 0, 6, 7, 19 → parts 1, 2, 2, 4 (white space takes no place).
        let text = "甲子丑寅卯 辰甲甲巳午\n未申酉戌亥天地人和甲"
        let r = result(["甲"], documents: [text])
        #expect(r.partKind == .equal && r.parts.count == 10)
        let four = result(["甲"], equalParts: 4, documents: [text])
        #expect(four.parts.map(\.characters) == [5, 5, 5, 5])
        #expect(four.rows[0].partCounts == [1, 2, 0, 1])
        #expect(four.rows[0].range == 1)
        // 10 characters in 3 parts: bounds 0, 3, 6, 10; character 3 belongs to the second part.
        let three = result(["甲"], equalParts: 3, documents: ["子丑寅甲卯辰巳午未申"])
        #expect(three.parts.map(\.characters) == [3, 3, 4] && three.rows[0].partCounts == [0, 1, 0])
    }

    @Test func groupsOfDocumentsArePartsWithSummedSizes() {
        var d = Dispersion(terms: ["甲"])
        for (i, text) in Self.documents.enumerated() { d.add(name: "d\(i + 1).txt", text: Normalizer.default.normalize(text)) }
        // d1 and d3 in 2023 (10 + 20 characters, 1 + 2 hits), d2 in 2024 (10, 1); a document without a group is left out.
        let r = d.result(groups: ["2023", "2024", "2023"], order: ["2023", "2024"])
        #expect(r.partKind == .groups && r.parts.map(\.name) == ["2023", "2024"] && r.parts.map(\.characters) == [30, 10])
        #expect(r.rows[0].partCounts == [3, 1] && r.rows[0].range == 3 && r.rows[0].juillandD == 1)
        let partial = d.result(groups: ["2023", nil, "2023"], order: ["2023"])
        #expect(partial.rows[0].count == 3 && partial.rows[0].range == 2)
    }

    @Test func emptyDocumentsAreNotParts() {
        let r = result(["甲"], documents: ["甲子", "", "甲丑"])
        #expect(r.parts.count == 2 && r.rows[0].juillandD == 1)
        let empty = result(["甲"], documents: [" \n"])   // one empty document: no parts, nothing defined
        #expect(empty.parts.isEmpty && empty.rows[0].count == 0 && empty.rows[0].juillandD == nil && empty.rows[0].griesDP == nil)
        // A text shorter than the parts asked for: one part per character.
        #expect(result(["甲"], equalParts: 10, documents: ["甲乙丙"]).parts.count == 3)
    }

    @Test func plotHasAStripPerDocumentAndATickPerHit() {
        var d = Dispersion(terms: ["甲", "丙"])
        for (i, text) in Self.documents.enumerated() { d.add(name: "dir/d\(i + 1)<x>.txt", text: Normalizer.default.normalize(text)) }
        let svg = SVGDispersionPlot(d).render()
        #expect(svg.components(separatedBy: "<rect ").count - 1 == 6)   // 2 terms × 3 documents
        #expect(svg.components(separatedBy: "<line ").count - 1 == 8)   // 4 hits of 甲 + 4 of 丙
        #expect(svg.contains("d1&lt;x&gt;.txt") && !svg.contains("<x>"))  // names are escaped
        #expect(svg.hasPrefix("<svg") && svg.hasSuffix("</svg>"))
    }
}
