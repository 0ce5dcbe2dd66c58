import Foundation
import Testing
@testable import ZhText

/// "What a text is about" on long, self-written policy-style documents (Fixtures/keywords/long): the words every
/// government text uses (建设, 发展, 推进 …) must not crowd out the subjects.
@Suite struct LongDocumentKeywordsTests {
    static func text(_ name: String) throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/keywords/long/\(name)")
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// Generic words of policy prose (a few of our own judgement list, Benchmarks/keywords/generic-policy-words.txt).
    static let generic: Set<String> = ["发展", "建设", "推进", "推动", "加强", "完善", "实施", "促进", "深化", "提升", "提高",
                                       "支持", "工作", "政策", "体系", "机制", "服务", "保障", "高质量发展", "创新", "管理", "建成"]

    static func keywords(_ name: String, genre: Double = KeywordOptions().genreWeight,
                         dispersion: Double = KeywordOptions().dispersionWeight) throws -> [String] {
        var options = KeywordOptions()
        options.genreWeight = genre
        options.dispersionWeight = dispersion
        return try PhraseKeywords(options: options).extract(from: try text(name), limit: 10).map(\.term)
    }

    @Test(arguments: [
        // 青禾河: the river whose basin the report treats in two sections; 冷链物流: a section of its own, 9 times;
        // 青禾云雾茶: the county's tea brand, the main industry; 茶叶: the industry the report returns to most.
        ("qinghe-county-report.txt", ["青禾河", "冷链物流", "青禾云雾茶", "茶叶"]),
        // 海上风电 and 低空经济: the two industries the plan is about (titles of its first two tasks, repeated in the
        // yearly schedule); 海洋牧场: its own task; 人工鱼礁: what the plan builds for it.
        ("lanzhou-city-plan.txt", ["海上风电", "低空经济", "海洋牧场", "人工鱼礁"]),
    ])
    func subjectsAreKeywordsAndGenreWordsAreNot(_ c: (String, [String])) throws {
        let k = try Self.keywords(c.0)
        for term in c.1 { #expect(k.contains(term), "\(c.0): \(term) missing from \(k)") }
        #expect(k.filter(Self.generic.contains).isEmpty, "\(c.0): generic words in \(k)")
    }

    /// Which signal helps on these texts: keyness against the policy genre removes the genre words that TF-IDF
    /// alone lists (建设 in both texts); clustering alone does not.
    @Test func genreKeynessIsTheSignalThatRemovesGenreWords() throws {
        for name in ["qinghe-county-report.txt", "lanzhou-city-plan.txt"] {
            let plain = try Self.keywords(name, genre: 0, dispersion: 0).filter(Self.generic.contains)
            let clustering = try Self.keywords(name, genre: 0, dispersion: 0.3).filter(Self.generic.contains)
            let genre = try Self.keywords(name, genre: 1.5, dispersion: 0).filter(Self.generic.contains)
            #expect(!plain.isEmpty, "\(name): TF-IDF alone should list a genre word")
            #expect(clustering.count >= plain.count)
            #expect(genre.isEmpty)
        }
    }

    /// A document's keywords do not depend on the other documents of the run.
    @Test func keywordsDoNotDependOnOtherDocuments() throws {
        let alone = try Keywords.phrase.extract(from: try Self.text("qinghe-county-report.txt"), limit: 10)
        _ = try Keywords.phrase.extract(from: try Self.text("lanzhou-city-plan.txt"), limit: 10)
        #expect(try Keywords.phrase.extract(from: try Self.text("qinghe-county-report.txt"), limit: 10) == alone)
    }
}
