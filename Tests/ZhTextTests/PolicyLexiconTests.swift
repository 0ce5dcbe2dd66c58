import Testing
@testable import ZhText

@Suite struct PolicyLexiconTests {
    @Test func parsesFullAndShortRows() throws {
        let text = "# header\n# phrase\tcategory\tvariants\trelated\tfirst_seen\tsource\n十四五\tfive-year-plan\t-\t十四五规划\t2021\t十九届五中全会 2020\n新提法\n两个维护\tnumbered-formulation\t兩個維護|两个“维护”\n\n"
        let lexicon = try PolicyLexicon.parse(text, source: "t.tsv")
        #expect(lexicon.phrases.count == 3)
        #expect(lexicon.phrases[0] == PolicyPhrase(phrase: "十四五", category: "five-year-plan", related: ["十四五规划"], firstSeen: 2021, source: "十九届五中全会 2020"))
        #expect(lexicon.phrases[1].category == PolicyLexicon.userCategory)
        #expect(lexicon.phrases[2].variants == ["兩個維護", "两个“维护”"])
    }

    static let malformed: [(String, String)] = [
        ("a\tb\tc\td\t2020\te\tf", "t.tsv:1: expected at most 6 tab-separated fields, found 7: \"a\tb\tc\td\t2020\te\tf\""),
        ("ok\tx\n\tcat", "t.tsv:2: empty phrase or blanks around it: \"\tcat\""),
        (" 高质量发展\tcat", "t.tsv:1: empty phrase or blanks around it: \" 高质量发展\tcat\""),
        ("十四五\t", "t.tsv:1: empty or blank category: \"十四五\t\""),
        ("十四五\tx\ta||b", "t.tsv:1: empty item in a |-separated list: \"十四五\tx\ta||b\""),
        ("十四五\tx\t-\t-\t20x1", "t.tsv:1: first_seen must be a year or -: \"十四五\tx\t-\t-\t20x1\""),
    ]

    @Test(arguments: malformed)
    func reportsMalformedLines(_ c: (String, String)) {
        #expect(throws: ZhTextError.self) { try PolicyLexicon.parse(c.0, source: "t.tsv") }
        do { _ = try PolicyLexicon.parse(c.0, source: "t.tsv") } catch { #expect(error.description == c.1) }
    }

    @Test func addingReplacesAndTakesForms() throws {
        let base = PolicyLexicon(phrases: [PolicyPhrase(phrase: "甲乙", category: "a", variants: ["甲乙丙"]),
                                           PolicyPhrase(phrase: "丁戊", category: "a")])
        let user = PolicyLexicon(phrases: [PolicyPhrase(phrase: "丁戊", category: "b"), PolicyPhrase(phrase: "甲乙丙", category: "c")])
        let merged = base.adding(user)
        #expect(merged.phrases.map(\.phrase) == ["甲乙", "丁戊", "甲乙丙"])
        #expect(merged.phrases[0].variants.isEmpty)
        #expect(merged.phrases[1].category == "b")
        #expect(merged.categories == ["a", "b", "c"])
    }

    // MARK: - Lint of the bundled lexicon

    static let bundled = try! PolicyLexicon.bundled()

    @Test func bundledIsLargeAndCategorised() {
        #expect(Self.bundled.phrases.count >= 300)
        let categories: Set<String> = ["five-year-plan", "numbered-formulation", "development-concept", "party-building",
            "discipline", "ideology", "national-security-defence", "economy-reform", "science-technology-industry",
            "society-livelihood", "ecology", "governance-rule-of-law", "foreign-affairs", "hk-macao-taiwan",
            "rural-revitalization", "regional-development"]
        for p in Self.bundled.phrases { #expect(categories.contains(p.category), "\(p.phrase): unknown category \(p.category)") }
    }

    @Test func bundledIsSortedAndUnique() {
        let phrases = Self.bundled.phrases.map { Array($0.phrase.unicodeScalars.map(\.value)) }
        for (a, b) in zip(phrases, phrases.dropFirst()) {
            #expect(a.lexicographicallyPrecedes(b), "not sorted or duplicate near \(String(String.UnicodeScalarView(b.compactMap(Unicode.Scalar.init))))")
        }
    }

    @Test func everyFormIsNormalizedAndMapsToOnePhrase() {
        var owner: [String: String] = [:]
        for p in Self.bundled.phrases {
            for form in p.forms {
                #expect(Normalizer(options: NormalizationOptions(foldScript: false)).normalize(form).text == form, "\(form) is not normalized")
                #expect(!form.unicodeScalars.contains(where: Quotation.isQuotationMark), "\(form) has quotation marks")
                #expect(!form.isEmpty && form.unicodeScalars.contains(where: Script.isHan), "\(form) has no Han character")
                if let other = owner[form] { Issue.record("\(form) belongs to \(other) and \(p.phrase)") }
                owner[form] = p.phrase
            }
            #expect(Set(p.variants).count == p.variants.count, "\(p.phrase): repeated variant")
        }
    }

    @Test func relatedEntriesExistAndRowsAreSourced() {
        let canonical = Set(Self.bundled.phrases.map(\.phrase))
        for p in Self.bundled.phrases {
            for r in p.related { #expect(canonical.contains(r) && r != p.phrase, "\(p.phrase): related \(r) is not another row") }
            #expect(!p.source.trimmingCharacters(in: .whitespaces).isEmpty, "\(p.phrase): no source")
            if let y = p.firstSeen { #expect((1921...2026).contains(y), "\(p.phrase): first_seen \(y)") }
        }
    }
}
