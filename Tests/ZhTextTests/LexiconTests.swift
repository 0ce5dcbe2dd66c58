import Foundation
import Testing
@testable import ZhText
import ZhTextData

@Suite struct LexiconTests {
    /// A tiny dictionaries folder: two lexicon files, phrases and a two-character HMM.
    static func makeDictionaries() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("zhtext-lexicon-\(UUID().uuidString)")
        for sub in ["lexicon", "policy", "hmm"] {
            try FileManager.default.createDirectory(at: dir.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        func write(_ name: String, _ text: String) throws {
            try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        try write("lexicon/words.tsv", "# test\n# term\tfreq\tpos\n发展\t100\tv\n高质量\t50\tn\n质量\t80\tn\n")
        try write("lexicon/extra.tsv", "# term\tfreq\tpos\n推动\t60\tv\n")
        try write("policy/phrases.tsv", "# p\n# phrase\tcategory\tvariants\trelated\tfirst_seen\tsource\n高质量发展\teconomy\t-\t-\t2017\tx\n")
        try write("hmm/start.tsv", "B\t-0.5\nM\t-3.14e+100\nE\t-3.14e+100\nS\t-1.0\n")
        try write("hmm/trans.tsv", "B\tE\t-0.5\nB\tM\t-0.9\nE\tB\t-0.6\nE\tS\t-0.8\nM\tE\t-0.3\nM\tM\t-1.2\nS\tB\t-0.7\nS\tS\t-0.6\n")
        try write("hmm/emit.tsv", "# char\tB\tM\tE\tS\n甲\t-1.0\t-9.0\t-9.0\t-9.0\n乙\t-9.0\t-9.0\t-1.0\t-9.0\n")
        return dir
    }

    @Test func assemblesLexiconFilesPhrasesAndHMM() throws {
        let dir = try Self.makeDictionaries()
        let cache = dir.appendingPathComponent("cache")
        let lexicon = try Lexicon.bundled(directory: dir, cacheDirectory: cache)
        #expect(lexicon.count == 5)
        #expect(lexicon.entry(for: "推动")?.pos == "v")
        #expect(lexicon.entry(for: "高质量发展")?.origin == .phrase)
        #expect(lexicon.hasUnknownWordModel)
        let terms = LexiconSegmenter(lexicon: lexicon).tokens(in: "推动高质量发展甲乙").map(\.term)
        #expect(terms == ["推动", "高质量发展", "甲乙"])
    }

    @Test func compiledFormIsCachedAndInvalidatedBySourceChanges() throws {
        let dir = try Self.makeDictionaries()
        let cache = dir.appendingPathComponent("cache")
        _ = try Lexicon.bundled(directory: dir, cacheDirectory: cache)
        let first = try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasSuffix(".bin") }
        #expect(first.count == 1)
        // Loading again reuses the file.
        _ = try Lexicon.bundled(directory: dir, cacheDirectory: cache)
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasSuffix(".bin") } == first)
        // Editing a source builds a new compiled file, and the new word is there.
        try "# term\tfreq\tpos\n推动\t60\tv\n青川\t9\tns\n".write(to: dir.appendingPathComponent("lexicon/extra.tsv"), atomically: true, encoding: .utf8)
        let changed = try Lexicon.bundled(directory: dir, cacheDirectory: cache)
        #expect(changed.contains("青川"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasSuffix(".bin") }.count == 2)
    }

    @Test func unwritableCacheFallsBackToMemory() throws {
        let dir = try Self.makeDictionaries()
        // A regular file where the cache folder should be: nothing can be created under it.
        let blocker = dir.appendingPathComponent("not-a-folder")
        try Data("x".utf8).write(to: blocker)
        let lexicon = try Lexicon.bundled(directory: dir, cacheDirectory: blocker.appendingPathComponent("zhtext"))
        #expect(lexicon.contains("高质量发展"))
        let noCache = try Lexicon.bundled(directory: dir, cacheDirectory: nil)
        #expect(noCache.count == lexicon.count)
    }

    @Test func corruptCacheFileIsRebuilt() throws {
        let dir = try Self.makeDictionaries()
        let cache = dir.appendingPathComponent("cache")
        _ = try Lexicon.bundled(directory: dir, cacheDirectory: cache)
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: cache.path).first { $0.hasSuffix(".bin") })
        try Data([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]).write(to: cache.appendingPathComponent(file))
        let lexicon = try Lexicon.bundled(directory: dir, cacheDirectory: cache)
        #expect(lexicon.contains("发展"))
    }

    @Test func malformedLexiconRowIsAnError() throws {
        let dir = try Self.makeDictionaries()
        try "# term\tfreq\tpos\n推动\tsixty\tv\n".write(to: dir.appendingPathComponent("lexicon/extra.tsv"), atomically: true, encoding: .utf8)
        #expect(throws: ZhTextError.self) { try Lexicon.bundled(directory: dir, cacheDirectory: nil) }
        do {
            _ = try Lexicon.bundled(directory: dir, cacheDirectory: nil)
        } catch {
            #expect(error.description.hasSuffix("lexicon/extra.tsv:2: frequency is not a non-negative integer: \"推动\tsixty\tv\""))
        }
    }

    @Test func missingDictionariesAreReported() {
        #expect(throws: ZhTextError.self) { try Lexicon.bundled(directory: nil, cacheDirectory: nil) }
    }

    @Test func inMemoryLexicon() {
        let lexicon = Lexicon(entries: [LexiconEntry(term: "甲乙", frequency: 10, pos: "n"), LexiconEntry(term: "丙", frequency: 5, pos: "v")])
        #expect(lexicon.count == 2 && !lexicon.hasUnknownWordModel)
        #expect(LexiconSegmenter(lexicon: lexicon).tokens(in: "甲乙丙丁").map(\.term) == ["甲乙", "丙", "丁"])
    }
}
