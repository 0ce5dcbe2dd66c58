// Add words of your own, from code or from a jieba-style user dictionary.
import ZhText

var lexicon = Lexicon.default                   // a value: the default lexicon is not changed
lexicon.add(LexiconEntry(term: "青川模式", frequency: 1000, pos: "nz", origin: .user))

let parsed = DictionaryParser.parse("数智乡村 5 nz\n创新联合体\n", source: "user.txt")
lexicon.add(parsed.entries)
for problem in parsed.problems { print(problem) }   // malformed lines: file:line: reason: "content"

let segmenter = LexiconSegmenter(lexicon: lexicon, options: .init(mode: .search))
print(segmenter.tokens(in: "青川模式带动数智乡村建设").map(\.text))
// ["青川", "模式", "青川模式", "带动", "乡村", "数智乡村", "建设"]: search mode adds the words inside long words
