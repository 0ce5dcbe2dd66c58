internal import CICUShim

/// ICU's statistical charset detector.
public enum CharsetDetector {
    /// One candidate charset with ICU's confidence (0–100).
    public struct Match: Sendable, Equatable {
        public let name: String
        public let confidence: Int
    }

    /// Candidates for `bytes`, most confident first (ICU looks at the first 64 KiB at most here).
    public static func detect(_ bytes: UnsafeRawBufferPointer) -> [Match] {
        let length = min(bytes.count, 65_536)
        guard length > 0 else { return [] }
        let maxMatches = 16
        var names = [(CChar, CChar, CChar, CChar, CChar, CChar, CChar, CChar, CChar, CChar, CChar, CChar, CChar, CChar, CChar, CChar,
                      CChar, CChar, CChar, CChar, CChar, CChar, CChar, CChar, CChar, CChar, CChar, CChar, CChar, CChar, CChar, CChar)](
            repeating: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), count: maxMatches)
        var confidences = [Int32](repeating: 0, count: maxMatches)
        let n = names.withUnsafeMutableBufferPointer { namePtr in
            confidences.withUnsafeMutableBufferPointer { confPtr in
                bytes.withMemoryRebound(to: CChar.self) { src in
                    zt_detect(src.baseAddress, Int32(length), namePtr.baseAddress, confPtr.baseAddress, Int32(maxMatches))
                }
            }
        }
        var result: [Match] = []
        for i in 0..<Int(n) {
            var tuple = names[i]
            let name = withUnsafeBytes(of: &tuple) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            result.append(Match(name: name, confidence: Int(confidences[i])))
        }
        return result
    }
}
