// Term frequencies of a text (per 10,000 characters) and keyword-in-context lines.
import ZhText

let normalized = Normalizer.default.normalize("数智乡村建设加快。数智乡村平台上线，乡村电商随之发展。")
let tokens = LexiconSegmenter.default.tokens(in: normalized)
let filter = TermFilter(stopWords: try StopWords.bundled(), minimumLength: 2)
let counts = TermCounts(tokens: tokens, in: normalized, filter: filter)

let table = FrequencyTable(documents: [counts])          // several documents: document frequency too
for row in table.rows(top: 5) { print(row.term, row.count, row.per10k, row.documents) }
// 乡村 3 1111.1… 1   (27 characters: 3 × 10,000 / 27)

for hit in Concordance.hits(of: "数智乡村", in: normalized, context: 6) {
    print(hit.range, hit.left, "[\(hit.text)]", hit.right)
}
// 0..<4  [数智乡村] 建设加快。数
// 9..<13 村建设加快。 [数智乡村] 平台上线，乡
