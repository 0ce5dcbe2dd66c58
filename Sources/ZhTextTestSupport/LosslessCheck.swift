import Foundation
import ZhText

/// The invariants the fuzz target and the regression tests check on arbitrary bytes: decoding never crashes,
/// normalization is idempotent and its offset map stays inside the original.
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
        return nil
    }
}
