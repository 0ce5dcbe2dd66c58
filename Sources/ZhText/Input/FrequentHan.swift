import Foundation
import ZhTextData
import ZhTextICU

/// The most frequent Han characters, Simplified and Traditional, used to judge decoding candidates.
struct FrequentHan: Sendable {
    private let members: Set<UInt32>

    func contains(_ value: UInt32) -> Bool { members.contains(value) }

    static let shared: FrequentHan = {
        guard let dir = BundledDictionaries.directory,
              let text = try? String(contentsOf: dir.appendingPathComponent("encoding/frequent-han.txt"), encoding: .utf8)
        else { return FrequentHan(members: []) }
        var simplified = ""
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            simplified += line.trimmingCharacters(in: .whitespaces)
        }
        var set = Set(simplified.unicodeScalars.map(\.value))
        if let toTraditional = try? Transliterator(id: "Simplified-Traditional") {
            set.formUnion(toTraditional.transliterate(simplified).unicodeScalars.map(\.value))
        }
        return FrequentHan(members: set)
    }()
}
