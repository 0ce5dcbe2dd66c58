import Testing
@testable import ZhText

@Suite struct HMMModelTests {
    @Test func malformedRowsNameFileAndLine() {
        #expect(throws: ZhTextError.malformedLine(file: "h/start.tsv", line: 2, reason: "unknown state", content: "X\t-1")) {
            try HMMModel.parse(start: "B\t-1\nX\t-1\n", trans: "", emit: "", source: "h")
        }
        #expect(throws: ZhTextError.malformedLine(file: "h/emit.tsv", line: 1, reason: "expected a character and 4 log probabilities", content: "甲\t-1")) {
            try HMMModel.parse(start: "", trans: "", emit: "甲\t-1\n", source: "h")
        }
    }

    @Test func cutsEndInAWord() {
        let model = Lexicon.default.compiled.hmm
        for text in ["小明", "甲乙丙", "一"] {
            let lengths = model.cut(Array(text.unicodeScalars))
            #expect(lengths.reduce(0, +) == text.unicodeScalars.count && lengths.allSatisfy { $0 > 0 })
        }
        #expect(model.cut([Unicode.Scalar]()).isEmpty)
    }
}
