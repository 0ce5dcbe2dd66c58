import Testing
@testable import ZhText

@Suite struct NumberUnitsTests {
    @Test(arguments: [
        ("1998年", "1998年"), ("98年", "98 年"), ("12月", "12月"), ("13月", "13 月"), ("31日", "31日"), ("32日", "32 日"),
        ("24时", "24时"), ("3.5亿", "3.5亿"), ("100万", "100万"), ("3.5年", "3.5 年"), ("5%年", "5% 年"),
        ("31日电", "31日 电"), ("1日起", "1日 起"), ("5万人", "5万 人"), ("40日起", "40 日 起"),
    ])
    func joinsOnlyPlausibleUnits(_ input: String, _ expected: String) {
        let words = LexiconSegmenter.default.tokens(in: input).map(\.text)
        #expect(words.joined(separator: " ") == expected)
    }

    @Test func canBeTurnedOff() {
        let segmenter = LexiconSegmenter(options: .init(numberUnits: false))
        #expect(segmenter.tokens(in: "1998年").map(\.text) == ["1998", "年"])
    }
}
