import Foundation
import ZhText

/// The invariants the fuzz target and the regression tests check on arbitrary bytes: decoding never crashes,
/// normalization is idempotent and its offset map stays inside the original, the tokens of both engines re-join to
/// the input exactly and tile it, and every phrase hit's text is the original text at its offsets.
/// Returns `nil` when every invariant holds, or a description of the first one broken.
public enum LosslessCheck {
    public static func check(_ bytes: [UInt8]) -> String? {
        guard let source = try? TextDecoder().decode(bytes, file: "fuzz") else { return nil }
        let original = Array(source.text.unicodeScalars)
        for options in [NormalizationOptions(), .characterLevel] {
            let normalizer = Normalizer(options: options)
            let once = normalizer.normalize(scalars: original)
            if once.map.count != once.scalars.count { return "map size \(once.map.count) != \(once.scalars.count)" }
            var previous = 0
            for i in 0..<once.scalars.count {
                let r = once.originalRange(of: i..<(i + 1))
                if r.lowerBound < previous || r.upperBound > original.count { return "map not monotonic at \(i)" }
                previous = r.lowerBound
            }
            let twice = normalizer.normalize(scalars: once.scalars)
            if twice.scalars != once.scalars { return "normalization not idempotent" }
        }
        let normalized = Normalizer.default.normalize(scalars: original)
        let engines: [(String, any Segmenter)] = [("lexicon", LexiconSegmenter.default), ("search", LexiconSegmenter(options: .init(mode: .search)))]
        for (name, engine) in engines {
            let tokens = engine.tokens(in: normalized)
            var covered = 0
            var joined = ""
            for token in tokens where name == "lexicon" {
                if token.range.lowerBound != covered { return "\(name): tokens do not tile the input at \(covered)" }
                covered = token.range.upperBound
                joined += token.text
            }
            if name == "lexicon" {
                if covered != original.count { return "\(name): tokens end at \(covered) of \(original.count)" }
                if joined != source.text { return "\(name): tokens do not re-join to the input" }
            }
            for token in tokens where token.range.upperBound > original.count { return "\(name): token past the end" }
        }
        for hit in PolicyPhrases.default.matches(in: normalized) {
            guard hit.range.lowerBound >= 0, hit.range.upperBound <= original.count, !hit.range.isEmpty else {
                return "phrase \(hit.phrase): bad range \(hit.range)"
            }
            if hit.text != String(String.UnicodeScalarView(original[hit.range])) { return "phrase \(hit.phrase): text differs from the original" }
        }
        return nil
    }
}
