// Collocates of a term, its dispersion over documents, and the document-term matrix.
import ZhText

let documents = [
    ("a.txt", "各地推动绿色发展，建设美丽乡村。新质生产力加快形成，绿色发展成效明显。"),
    ("b.txt", "我们推动高质量发展，发展新质生产力。乡村振兴取得新进展。"),
    ("c.txt", "各地推动绿色发展，培育新质生产力，促进城乡融合发展。"),
]
let terms = try CorpusTerms.standard()                      // freq's words + policy phrases counted whole

var collocates = Collocates(node: "绿色发展", window: 5, terms: terms)
var dispersion = Dispersion(terms: ["绿色发展", "乡村"])
var matrix = DocumentTermMatrix()
for (name, text) in documents {
    let normalized = Normalizer.default.normalize(text)
    collocates.add(normalized)                               // one document at a time: memory holds the answer
    dispersion.add(name: name, text: normalized)
    matrix.add(.init(document: name, characters: normalized.nonWhiteSpaceCount), counts: terms.counts(in: normalized))
}
for row in collocates.rows(measure: .logdice, top: 5) {
    print(row.term, row.counts.observed, row.counts.collocateCount, row.score)   // 推动 2 3 13.1…
}
for row in dispersion.result().rows {
    print(row.term, row.count, row.range, row.juillandD ?? .nan, row.griesDP ?? .nan)
}
print(matrix.matrixMarket())                                 // scipy.io.mmread / Matrix::readMM read this
