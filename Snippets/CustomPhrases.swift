// Add your own phrase list (the bundled lexicon's TSV format; a bare list of phrases is valid too).
import ZhText

let mine = try PolicyLexicon.parse("数智乡村\trural-digital\t数智鄉村\n青川模式\n", source: "my-phrases.tsv")
let lexicon = try PolicyLexicon.bundled().adding(mine)
let phrases = PolicyPhrases(lexicon: lexicon, options: PhraseOptions(contextWidth: 4))

for hit in phrases.matches(in: "建设数智鄉村，推广青川模式。") {
    print(hit.phrase, hit.category, hit.range, hit.text, hit.context)
}
// 数智乡村 rural-digital 2..<6 数智鄉村 建设数智鄉村，推广青   (the Traditional variant is one of the row's forms)
// 青川模式 user 9..<13 青川模式 村，推广青川模式。           (a row without a category gets "user")
