import Foundation

/// Word frequencies of a reference corpus, per million word tokens: what keyword extraction compares a document with
/// (``KeywordSignals``).
///
/// Two references are bundled: the general language (jieba's dictionary counts, `lexicon/words.tsv`, read through the
/// lexicon: ``general(_:)``) and the policy genre (`reference/policy-genre.tsv`: provincial government work reports,
/// see Dictionaries/README.md; ``policyGenre()``).
public struct ReferenceFrequencies: Sendable, Equatable {
    /// Occurrences per million word tokens, by term key.
    public let perMillion: [String: Double]
    /// Share of the reference's documents containing the term (0…1), when known.
    public let share: [String: Double]

    /// A reference from its figures.
    public init(perMillion: [String: Double], share: [String: Double] = [:]) {
        self.perMillion = perMillion
        self.share = share
    }

    /// Occurrences per million tokens of `term` (0 when the reference does not have it).
    @inline(__always)
    public subscript(term: String) -> Double { perMillion[term] ?? 0 }

    /// Parses `term<TAB>per_million[<TAB>share]` lines (`#` lines are comments); `source` names the file in errors.
    public static func parse(_ text: String, source: String) throws(ZhTextError) -> ReferenceFrequencies {
        var pm: [String: Double] = [:], share: [String: Double] = [:]
        var n = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            n += 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.isEmpty || line.hasPrefix("#") { continue }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count >= 2, !f[0].isEmpty, let v = Double(f[1]), v >= 0, v.isFinite else {
                throw .malformedLine(file: source, line: n, reason: "expected term<TAB>per_million[<TAB>share]", content: String(line))
            }
            let key = TermKey.of(String(f[0]))
            pm[key] = v
            if f.count >= 3 {
                guard let s = Double(f[2]), s >= 0, s <= 1 else {
                    throw .malformedLine(file: source, line: n, reason: "share must be a number from 0 to 1", content: String(line))
                }
                share[key] = s
            }
        }
        return ReferenceFrequencies(perMillion: pm, share: share)
    }

    /// The bundled policy-genre reference (`Dictionaries/reference/policy-genre.tsv`), loaded once.
    public static func policyGenre() throws -> ReferenceFrequencies { try genreResult.get() }

    private static let genreResult: Result<ReferenceFrequencies, Error> = Result {
        try parse(BundledText.read("reference/policy-genre.tsv"), source: "reference/policy-genre.tsv")
    }

    /// Occurrences per million of `term` in the general language: its count in jieba's dictionary over the
    /// dictionary's total (0 for words it lacks).
    public static func general(_ term: String, lexicon: Lexicon = LexiconSegmenter.default.lexicon) -> Double {
        guard let e = lexicon.entry(for: term) else { return 0 }
        return Double(e.frequency) / exp(lexicon.compiled.logTotal) * 1_000_000
    }
}
