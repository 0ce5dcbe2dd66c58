import Foundation
import ZhTextData
import ZhTextICU

/// The most frequent Han characters, Simplified and Traditional, used to judge decoding candidates.
struct FrequentHan: Sendable {
    private let members: Set<UInt32>

    func contains(_ value: UInt32) -> Bool { members.contains(value) }

    /// The bundled list (Simplified), in order of frequency.
    static let simplifiedList: [UInt32] = {
        guard let dir = BundledDictionaries.directory,
              let text = try? String(contentsOf: dir.appendingPathComponent("encoding/frequent-han.txt"), encoding: .utf8)
        else { return [] }
        var simplified = ""
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            simplified += line.trimmingCharacters(in: .whitespaces)
        }
        return simplified.unicodeScalars.map(\.value)
    }()

    static let shared: FrequentHan = {
        let simplified = String(String.UnicodeScalarView(simplifiedList.compactMap(Unicode.Scalar.init)))
        guard !simplified.isEmpty else { return FrequentHan(members: []) }
        var set = Set(simplified.unicodeScalars.map(\.value))
        if let toTraditional = try? Transliterator(id: "Simplified-Traditional") {
            set.formUnion(toTraditional.transliterate(simplified).unicodeScalars.map(\.value))
        }
        return FrequentHan(members: set)
    }()
}
