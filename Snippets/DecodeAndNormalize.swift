// Decode bytes of unknown encoding, normalize, and map a normalized range back to the input.
import ZhText

// snippet.hide
let bytes = Array("\u{FEFF}推动ＡＩ＋产业\r\n发展。".utf8)  // a BOM, full-width letters, CRLF inside a word
// snippet.show
let source = try TextDecoder().decode(bytes, file: "memo.txt")
print(source.encoding, source.encodingSource)               // UTF-8 bom

let normalized = Normalizer.default.normalize(source.text)
print(normalized.text)                                      // 推动AI+产业发展。

// "AI" is at 2..<4 in the normalized text; which characters of the input were that?
let original = normalized.originalRange(of: 2..<4)
print(original, normalized.originalText(of: 2..<4))         // 2..<4 ＡＩ
