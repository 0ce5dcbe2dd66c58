// Everything `zhtext analyze` reports about one document, in one call.
import ZhText

// snippet.hide
let text = "推进数智乡村建设\n各地推进数智乡村建设，发展新质生产力，推动高质量发展。数智乡村平台覆盖更多村庄。"
// snippet.show
let analyzer = try DocumentAnalyzer()                      // default options: phrase keywords, bundled data
let analysis = try analyzer.analyze(SourceText(file: "memo.txt", text: text))
print(analysis.statistics.characters, analysis.statistics.tokens, analysis.statistics.distinctTerms)
print(analysis.keywords.map(\.term))
for phrase in analysis.phrases { print(phrase.phrase, phrase.count, phrase.start) }
print(analysis.topTerms.map { "\($0.term) \($0.count)" })
