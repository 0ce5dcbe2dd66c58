import Testing
@testable import ZhText

/// A report keeps each occurrence as its span and two flags and makes the hit when read: what it gives must be exactly
/// what `matches(in:)` gives for that phrase (text, original range, quotation, leftmost-longest flag, context).
@Suite struct PhraseOccurrencesTests {
    /// Self-written text: quoted, nested (十四五 inside 十四五规划), CR LF and full-width forms shift the offsets.
    static let text = "“十四五”规划提出高质量发展。\r\n推动ＡＩ与新质生产力，十四五规划期间，“高质量发展”是主题；高质量\n发展。"

    @Test func occurrencesEqualTheMatchesOfTheirPhrase() {
        let finder = PolicyPhrases.default
        let normalized = Normalizer.default.normalize(Self.text)
        let all = finder.matches(in: normalized)
        let report = finder.report(for: normalized)
        #expect(report.phrases.count >= 3)
        #expect(report.phrases.reduce(0) { $0 + $1.count } == all.count)
        for p in report.phrases {
            let expected = all.filter { $0.phrase == p.phrase }
            #expect(Array(p.occurrences) == expected, "\(p.phrase)")
            #expect(p.occurrences.quotedCount == expected.filter(\.quoted).count)
            #expect(p.occurrences.longestCount == p.longestCount)
            #expect(p.occurrences.firstStart == expected.first?.range.lowerBound)
            // Read twice, same hit.
            #expect(p.occurrences[0] == p.occurrences[0])
        }
        // 高质量发展 three times, once quoted, once across a line break (its original text keeps the break).
        let q = report.phrases.first { $0.phrase == "高质量发展" }
        #expect(q?.count == 3 && q?.occurrences.quotedCount == 1)
        #expect(q?.occurrences.last?.text == "高质量\n发展")
    }

    @Test func contextWidthIsTheReportersOption() {
        let finder = PolicyPhrases(lexicon: PolicyPhrases.default.lexicon, options: PhraseOptions(contextWidth: 2))
        let report = finder.report(for: Normalizer.default.normalize("我们推动高质量发展取得成效"))
        #expect(report.phrases.first?.occurrences.first?.context == "推动高质量发展取得")
    }

    /// The CLI writes phrases occurrence by occurrence; the server builds the value: same bytes, pretty and compact.
    @Test func streamedJSONEqualsTheValue() {
        let report = PolicyPhrases.default.report(for: Normalizer.default.normalize(Self.text + "要做大做强国内大循环，建设制造强国。"))
        let value = PhraseReportJSON.value(file: "a.txt", report: report)
        for pretty in [true, false] {
            var out = ""
            var w = JSONWriter(pretty: pretty) { out += $0 }
            PhraseReportJSON.write(file: "a.txt", report: report, into: &w)
            w.flush()
            #expect(out == (pretty ? value.pretty : value.compact))
        }
    }
}
