// ICU's word break as an alternative segmenter behind the same protocol.
import ZhText

func words(_ segmenter: some Segmenter, _ text: String) -> [String] {
    segmenter.tokens(in: text).filter(\.isWord).map(\.term)
}
let text = "新质生产力加快发展"
print(words(LexiconSegmenter.default, text))    // ["新质生产力", "加快", "发展"]: policy phrases are words
print(words(ICUSegmenter(), text))              // ["新", "质", "生产", "力", "加快", "发展"]
