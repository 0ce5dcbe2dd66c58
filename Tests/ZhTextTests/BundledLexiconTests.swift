import Foundation
import Testing
@testable import ZhText
import ZhTextData

/// The bundled word lists are sorted, unique, normalized and documented.
@Suite struct BundledLexiconTests {
    static func lines(_ relative: String) throws -> [Substring] {
        let dir = try #require(BundledDictionaries.directory)
        let text = try String(contentsOf: dir.appendingPathComponent(relative), encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { $0 }
    }

    @Test func wordsAreSortedUniqueAndNormalized() throws {
        let lines = try Self.lines("lexicon/words.tsv")
        #expect(lines[0].hasPrefix("# ") && lines[0].contains("jieba") && lines[0].contains("MIT"))
        #expect(lines[1] == "# term\tfreq\tpos")
        let rows = lines.dropFirst(2)
        #expect(rows.count > 300_000)
        let normalizer = Normalizer(options: .characterLevel)
        var previous: [UInt32] = []
        for row in rows {
            let f = row.split(separator: "\t", omittingEmptySubsequences: false)
            #expect(f.count == 3 && Int(f[1]) != nil && !f[2].isEmpty, "\(row)")
            let term = f[0].unicodeScalars.map(\.value)
            #expect(previous.lexicographicallyPrecedes(term), "not sorted or not unique: \(row)")
            previous = term
        }
        // Normalization is the expensive check: every 97th row (the whole file is checked by the derivation script).
        for row in rows.enumerated() where row.offset % 97 == 0 {
            let term = String(row.element.split(separator: "\t")[0])
            #expect(normalizer.normalize(term).text == term, "\(term)")
        }
    }

    /// The modern layers (THUOCL-derived, the team's new-decade list) add words: sorted, unique, normalized, with
    /// a POS, and none already in words.tsv (their frequencies would otherwise silently replace jieba's).
    @Test(arguments: ["lexicon/thuocl.tsv", "lexicon/modern.tsv"])
    func modernLayersAreSortedUniqueNormalizedAndNew(_ file: String) throws {
        let lines = try Self.lines(file)
        #expect(lines[0].hasPrefix("# ") && lines[0].contains("Licence"))
        #expect(lines[1] == "# term\tfreq\tpos")
        let rows = lines.dropFirst(2)
        #expect(rows.count > 100)
        let general = Set(try Self.lines("lexicon/words.tsv").dropFirst(2).map { $0.split(separator: "\t")[0] })
        let normalizer = Normalizer(options: .characterLevel)
        var previous: [UInt32] = []
        for row in rows {
            let f = row.split(separator: "\t", omittingEmptySubsequences: false)
            #expect(f.count == 3 && (Int(f[1]) ?? 0) > 0 && !f[2].isEmpty, "\(file): \(row)")
            let term = f[0].unicodeScalars.map(\.value)
            #expect(previous.lexicographicallyPrecedes(term), "\(file): not sorted or not unique: \(row)")
            previous = term
            #expect(!general.contains(f[0]), "\(file): \(f[0]) is already in words.tsv")
            #expect(normalizer.normalize(String(f[0])).text == String(f[0]), "\(file): \(f[0]) is not normalized")
        }
    }

    @Test func hmmFilesParse() throws {
        let dir = try #require(BundledDictionaries.directory)
        func read(_ name: String) throws -> String { try String(contentsOf: dir.appendingPathComponent("hmm/\(name).tsv"), encoding: .utf8) }
        let model = try HMMModel.parse(start: read("start"), trans: read("trans"), emit: read("emit"), source: "hmm")
        #expect(model.chars.count > 5000)
        #expect(zip(model.chars, model.chars.dropFirst()).allSatisfy { $0 < $1 })
    }

    @Test func defaultLexiconHasWordsAndPhrases() {
        #expect(Lexicon.default.count > 300_000)
        #expect(Lexicon.default.entry(for: "新质生产力")?.origin == .phrase)
        #expect(Lexicon.default.entry(for: "中国")?.pos == "ns")
    }
}
