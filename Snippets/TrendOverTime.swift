// Follow terms across periods of a dated corpus: counts per 10,000 characters, slope and direction.
import ZhText

func document(_ file: String, _ date: String, _ text: String) -> DatedDocument {
    DatedDocument(file: file, date: DateParsing.parse(date), dateSource: .option,
                  text: Normalizer.default.normalize(text))
}
let corpus = DatedCorpus(documents: [
    document("a.txt", "2023-03", "推动高质量发展。"),
    document("b.txt", "2024-03", "推动高质量发展，发展新质生产力。"),
    document("c.txt", "2025-03", "发展新质生产力，新质生产力加快形成。"),
])
let buckets = try corpus.buckets(by: .year)
for trend in corpus.trend(of: [.term("新质生产力"), .term("高质量发展")], buckets: buckets) {
    print(trend.term, trend.points.map(\.count), trend.slope, trend.direction, trend.occurrence.firstSeen?.label ?? "-")
}
