// Compare two sides (B against reference A): keyness, new and vanished terms, similarity.
import ZhText

let counting = TermCounting(segmenter: LexiconSegmenter.default, units: PolicyPhrases.default, model: try TermModel.content())
func profiles(_ texts: [String]) -> [TermProfile] {
    texts.map { counting.profile(of: Normalizer.default.normalize($0)) }
}
let a = profiles(["推动高质量发展，扩大内需。", "稳步推进乡村振兴，扩大内需。"])
let b = profiles(["因地制宜发展新质生产力，推动高质量发展。", "发展新质生产力，建设数智乡村。"])

let comparison = Comparison(a: "2024", a, b: "2025", b, options: ComparisonOptions(minimumCount: 2))
for row in comparison.keyness.prefix(5) { print(row.term, row.countA, row.countB, row.g2, row.logRatio) }
print(comparison.new.map(\.term), comparison.vanished.map(\.term))   // ["新质生产力", "发展"] ["扩大内需"]
print(comparison.similarity.cosine, comparison.similarity.overlap.jaccard)
