// Find policy phrases (提法) of the bundled lexicon, with counts and original offsets.
import ZhText

let text = "“十五五”规划明确，要因地制宜发展新质生产力，推动高质量发展。"
let report = PolicyPhrases.default.report(for: text)
for p in report.phrases {
    print(p.phrase, p.category, p.count, p.longestCount)
    for hit in p.occurrences { print("  ", hit.range, hit.text, hit.quoted ? "quoted" : "") }
}
// 十五五 five-year-plan 1 0     (its one hit is inside 十五五规划, so not "longest")
//    1..<4 十五五 quoted
// 十五五规划 five-year-plan 1 1 …
for pattern in report.patterns { print(pattern.family, pattern.text, pattern.count) }
