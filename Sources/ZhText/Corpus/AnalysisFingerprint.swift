import Foundation
import ZhTextData

extension DocumentTerms {
    /// What the stored counts depend on: the term model's version and the bytes of the dictionaries the default
    /// analysis reads (segmentation lexicon, HMM model, policy phrases). A corpus store records it; when it changes,
    /// the store's counts are stale until `corpus reindex`.
    public static func analysisFingerprint(dictionaries: URL? = BundledDictionaries.directory) -> String {
        var parts = ["terms-v1"]
        guard let dir = dictionaries else { return parts[0] + ";no-dictionaries" }
        let fm = FileManager.default
        for folder in ["lexicon", "hmm", "policy"] {
            let names = ((try? fm.contentsOfDirectory(atPath: dir.appendingPathComponent(folder).path)) ?? []).sorted()
            for name in names where !name.hasPrefix(".") && !name.hasSuffix(".md") {
                let data = (try? Data(contentsOf: dir.appendingPathComponent(folder).appendingPathComponent(name))) ?? Data()
                parts.append("\(folder)/\(name):\(String(LexiconCache.hash([data]), radix: 16))")
            }
        }
        return parts.joined(separator: ";")
    }
}
