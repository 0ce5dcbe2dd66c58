// Keyword options: your own stop words, a domain IDF table, another segmenter.
import ZhText

var options = KeywordOptions()
options.stopWords = ["建设", "推进"]                             // added to the bundled lists
let domain = try IDFTable.parse("乡村\t0.5\n电商\t6.0\n", source: "domain-idf.tsv")   // term<TAB>idf
options.idf = try IDFTable.bundled().merging(domain)             // domain values win
options.titleWeight = 1                                          // no bonus for a headline

let extractor = TFIDF(options: options, segmenter: LexiconSegmenter.default)
let text = "各地推进数智乡村建设，数智乡村带动农村电商发展。"
for k in try extractor.extract(from: text, limit: 3) { print(k.term, k.score) }
// 带动 1.03…, 农村 1.01…, 电商 1.0: 乡村 (idf 0.5 here) and the stop words drop out
