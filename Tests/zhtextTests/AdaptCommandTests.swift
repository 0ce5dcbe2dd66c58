import Foundation
import Testing
import ZhTextTestSupport

/// `--adapt` and `discover --format dict` end to end, through the built binary. The texts are written for these
/// tests: an invented name (青鸾星链) that only the run's own input can show to be a word.
@Suite(.serialized) struct AdaptCommandTests {
    static let first = "青鸾星链今天正式发布。\n专家认为青鸾星链值得关注。\n有人说青鸾星链太贵了。\n"
    static let second = "我们试用了青鸾星链，感觉不错。\n关于青鸾星链的讨论很多。\n"

    static func corpus() throws -> URL {
        let dir = try TestSupport.temporaryDirectory()
        try first.write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try second.write(to: dir.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        return dir
    }

    @Test func withoutAdaptAFileIsSegmentedOnItsOwn() throws {
        let dir = try Self.corpus()
        let alone = try TestSupport.run(["segment", "b.txt"], directory: dir)
        let together = try TestSupport.run(["segment", "a.txt", "b.txt"], directory: dir)
        #expect(alone.status == 0 && together.status == 0)
        #expect(together.stdout.hasSuffix(alone.stdout), "b.txt's tokens do not depend on a.txt")
        #expect(!alone.stdout.contains("青鸾星链 "), "the invented name is split without --adapt (else this test proves nothing)")
    }

    @Test func adaptKeepsTheRunsOwnWordsWholeWhateverTheOrder() throws {
        let dir = try Self.corpus()
        let ab = try TestSupport.run(["segment", "--adapt", "a.txt", "b.txt"], directory: dir)
        let ba = try TestSupport.run(["segment", "--adapt", "b.txt", "a.txt"], directory: dir)
        #expect(ab.status == 0 && ab.stderr.isEmpty)
        #expect(ab.stdout.components(separatedBy: "青鸾星链").count - 1 == 5, "all five occurrences are one token")
        #expect(ab.stdout.split(separator: "\n").allSatisfy { !$0.contains("青鸾") || $0.contains("青鸾星链") })
        let lines = { (s: String) in Set(s.split(separator: "\n")) }
        #expect(lines(ab.stdout) == lines(ba.stdout), "the same lines, in input order, whatever the order of the files")
    }

    @Test func adaptReadsStandardInputOnce() throws {
        let r = try TestSupport.run(["segment", "--adapt"], stdin: Data((Self.first + Self.second).utf8))
        #expect(r.status == 0)
        #expect(r.stdout.split(separator: "\n").count == 5, "one output line per input line")
        #expect(r.stdout.components(separatedBy: "青鸾星链").count - 1 == 5)
    }

    @Test func adaptOnTheCountingCommands() throws {
        let dir = try Self.corpus()
        let freq = try TestSupport.run(["freq", "--adapt", "--format", "csv", "a.txt", "b.txt"], directory: dir)
        #expect(freq.status == 0 && freq.stdout.contains("\n青鸾星链,5,"), "freq counts the adapted word as a token")
        let keywords = try TestSupport.run(["keywords", "--adapt", "--method", "tfidf", "--format", "csv", "a.txt"], directory: dir)
        #expect(keywords.status == 0)
        let icu = try TestSupport.run(["segment", "--adapt", "--engine", "icu"], stdin: Data("你好\n".utf8))
        #expect(icu.status == 64 && icu.stderr.contains("--adapt needs --engine lexicon"))
    }

    @Test func discoverWritesAUserDictionaryThatSegmentReads() throws {
        let dir = try Self.corpus()
        let d = try TestSupport.run(["discover", "--format", "dict", "a.txt", "b.txt"], directory: dir)
        #expect(d.status == 0 && d.stderr.isEmpty)
        #expect(d.stdout.hasPrefix("# ZhText user dictionary"))
        #expect(d.stdout.contains("\n青鸾星链\t"), "the new word is listed with its frequency and POS")
        try d.stdout.write(to: dir.appendingPathComponent("new.tsv"), atomically: true, encoding: .utf8)
        let s = try TestSupport.run(["segment", "--user-dict", "new.tsv", "b.txt"], directory: dir)
        #expect(s.status == 0 && s.stderr.isEmpty)
        #expect(s.stdout.components(separatedBy: "青鸾星链").count - 1 == 2)
    }
}
