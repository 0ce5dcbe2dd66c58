import ZhText

/// The invariants the fuzz target checks on the extraction paths (HTML and Markdown): extraction never crashes,
/// whatever the nesting, attributes, entities or unclosed markup; every body scalar maps inside the original input;
/// and a body character that maps to exactly one original character (not a character reference or collapsed white
/// space) is that character. Returns `nil` when every invariant holds, or a description of the first one broken.
public enum ExtractionCheck {
    public static func check(_ bytes: [UInt8]) -> String? {
        guard let source = try? TextDecoder().decode(bytes, file: "fuzz") else { return nil }
        let original = Array(source.text.unicodeScalars)
        for kind in [ArticleExtractor.Kind.html, .markdown] {
            let document = ArticleExtractor().extract(from: source, kind: kind).document
            let body = Array(document.body.unicodeScalars)
            if document.bodyMap.count != body.count { return "\(kind): map size \(document.bodyMap.count) != body \(body.count)" }
            for (i, s) in body.enumerated() {
                let r = document.bodyMap.originalRange(of: i..<(i + 1))
                if r.lowerBound < 0 || r.upperBound > original.count { return "\(kind): scalar \(i) maps outside the input (\(r))" }
                if kind == .markdown, r.count != 1 || original[r.lowerBound] != s { return "markdown: scalar \(i) is not the original character" }
                if kind == .html, r.count == 1, !s.properties.isWhitespace, original[r.lowerBound] != s {
                    return "html: scalar \(i) \(s) maps to \(original[r.lowerBound])"
                }
            }
        }
        // Through preparation: tokens of the normalized body lie inside the input.
        let prepared = TextPreparation.prepare(source)
        for token in LexiconSegmenter.default.tokens(in: prepared.normalized) where token.range.upperBound > original.count {
            return "token past the end"
        }
        return nil
    }
}
