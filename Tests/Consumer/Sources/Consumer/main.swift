// The README's library snippets, in a module that also imports Foundation (as most users' code does). Exits 1 when
// a result differs from what the README shows.
import Foundation
import ZhText

var failures = 0
@MainActor func check(_ ok: Bool, _ what: String) {
    if !ok { failures += 1; FileHandle.standardError.write(Data("consumer: \(what)\n".utf8)) }
}

let tokens = LexiconSegmenter.default.tokens(in: "十五五时期推动高质量发展")
check(tokens.map(\.text) == ["十五五", "时期", "推动", "高质量发展"], "segmentation: \(tokens.map(\.text))")

let text = "新质生产力是创新起主导作用的先进生产力。发展新质生产力，推动高质量发展。"
let keywords = try Keywords.default.extract(from: text, limit: 5)
check(keywords.contains { $0.term == "新质生产力" }, "keywords: \(keywords.map(\.term))")
check(try Keywords.tfidf.extract(from: text, limit: 5).count == 5, "tfidf keywords")
check(!(try Keywords.textRank.extract(from: text, limit: 5)).isEmpty, "textrank keywords")

let report = PolicyPhrases.default.report(for: "“十五五”规划明确，要因地制宜发展新质生产力，推动高质量发展。")
let phrases = Dictionary(uniqueKeysWithValues: report.phrases.map { ($0.phrase, $0.count) })
check(phrases["新质生产力"] == 1 && phrases["高质量发展"] == 1, "phrases: \(phrases)")

print(failures == 0 ? "consumer: ok (\(tokens.count) tokens, \(keywords.count) keywords, \(report.phrases.count) phrases)" : "consumer: \(failures) failed")
exit(failures == 0 ? 0 : 1)
