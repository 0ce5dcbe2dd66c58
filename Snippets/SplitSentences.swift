// Split normalized text into sentences, keeping offsets into the original.
import ZhText

let normalized = Normalizer.default.normalize("会议指出：“要坚持稳中求进。”这很重要！\n下一段")
for range in SentenceSplitter.sentences(in: normalized.scalars) {
    print(normalized.originalRange(of: range), normalized.normalizedText(of: range))
}
// 0..<15 会议指出：“要坚持稳中求进。”
// 15..<20 这很重要！
// 21..<24 下一段
