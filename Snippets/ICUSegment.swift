// ICU's word break as an alternative segmenter behind the same protocol.
import ZhText

func words(_ segmenter: some Segmenter, _ text: String) -> [String] {
    segmenter.tokens(in: text).filter(\.isWord).map(\.term)
}
let text = "新质生产力加快发展"
print(words(LexiconSegmenter.default, text))    // lexicon engine: policy phrases are single words
print(words(ICUSegmenter(), text))              // ICU's dictionary-based word break
