// Segment a sentence with the default lexicon segmenter.
import ZhText

let tokens = LexiconSegmenter.default.tokens(in: "十五五时期推动高质量发展")
print(tokens.map(\.text))                       // ["十五五", "时期", "推动", "高质量发展"]

for token in tokens where token.isWord {
    print(token.term, token.pos, token.range)   // offsets: Unicode scalars into the input
}
