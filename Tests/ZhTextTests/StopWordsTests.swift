import Foundation
import Testing
@testable import ZhText

@Suite struct StopWordsTests {
    @Test func parsesOneWordPerLineSkippingCommentsAndBlankLines() throws {
        let words = try StopWords.parse("# header\n的\n\n  了  \nThe\t(ignored column)\r\n", source: "inline")
        #expect(words.words == ["的", "了", "the"])
    }

    @Test(arguments: [("the", true), ("The", true), ("THE", true), ("的", true), ("theory", false), ("国防", false)])
    func latinMatchesIgnoreCase(_ c: (String, Bool)) {
        let words: StopWords = ["the", "的"]
        #expect(words.contains(c.0) == c.1)
    }

    @Test func wordWithInnerSpaceIsAMalformedLine() {
        #expect(throws: ZhTextError.malformedLine(file: "my.txt", line: 2, reason: "a stop word cannot contain white space", content: "不 是")) {
            try StopWords.parse("的\n不 是\n", source: "my.txt")
        }
    }

    @Test func missingFileNamesTheFile() {
        #expect(throws: ZhTextError.unreadable(file: "/nonexistent/stop.txt", reason: "no such file or not readable")) {
            try StopWords.load(path: "/nonexistent/stop.txt")
        }
    }

    @Test func bundledListsHoldFunctionWordsButNoContentWords() throws {
        let words = try StopWords.bundled()
        for w in ["的", "了", "我们", "因为", "关于", "the", "and", "of", "which"] { #expect(words.contains(w), "\(w)") }
        for w in ["国防", "发展", "经济", "政策", "learning", "China"] { #expect(!words.contains(w), "\(w)") }
    }

    /// The policy list holds the framing verbs and set phrases of policy texts, not their topics, and is separate
    /// from the general list (frequency lists still count 贯彻 and 部署).
    @Test func policyBoilerplateHoldsFramingWordsOnly() throws {
        let words = try StopWords.policyBoilerplate(), general = try StopWords.bundled()
        for w in ["贯彻", "落实", "部署", "全面贯彻", "决策部署", "会议强调", "进一步"] { #expect(words.contains(w), "\(w)") }
        for w in ["发展", "建设", "高质量发展", "国防科技工业", "改革", "粮食安全"] { #expect(!words.contains(w), "\(w)") }
        #expect(!general.contains("贯彻") && !general.contains("部署"))
    }

    /// The bundled files are sorted (code points), unique, without white space inside a word.
    @Test(arguments: ["stopwords/zh.txt", "stopwords/en.txt", "stopwords/zh-policy.txt"])
    func bundledFileIsSortedAndUnique(_ path: String) throws {
        let text = try BundledText.read(path)
        let rows = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)
        #expect(!rows.isEmpty)
        #expect(rows == rows.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) })
        #expect(Set(rows).count == rows.count)
        #expect(rows.allSatisfy { !$0.unicodeScalars.contains(where: Script.isWhiteSpace) && Normalizer.default.normalize($0).text == $0 })
    }
}
