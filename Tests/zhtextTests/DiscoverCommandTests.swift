import Foundation
import Testing
import ZhTextTestSupport

@Suite struct DiscoverCommandTests {
    /// A self-written text: a planted term 青鸾算力 between varied ordinary words.
    static let text: String = {
        let words = ["我们", "工作", "城市", "乡村", "企业", "学校", "道路", "河流", "居民", "家庭", "产品", "项目"]
        var state: UInt64 = 12345
        func pick() -> String {   // a linear congruential generator: varied, reproducible neighbours
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return words[Int((state >> 33) % UInt64(words.count))]
        }
        var out = ""
        for i in 0..<240 {
            out += pick() + pick() + pick()
            if i % 4 == 0 { out += "青鸾算力" + pick() }
            out += i % 6 == 5 ? "。\n" : "，"
        }
        return out
    }()

    @Test func findsPlantedTermAndReportsMissingFiles() throws {
        let dir = try TestSupport.temporaryDirectory()
        let good = dir.appendingPathComponent("good.txt")
        try Self.text.write(to: good, atomically: true, encoding: .utf8)
        let list = dir.appendingPathComponent("known.txt")
        try "我们\n工作\n城市\n乡村\n企业\n学校\n道路\n河流\n居民\n家庭\n产品\n项目\n".write(to: list, atomically: true, encoding: .utf8)
        let run = try TestSupport.run(["discover", "--format", "jsonl", "--known", list.path, "--top", "3",
                                       dir.appendingPathComponent("missing.txt").path, good.path])
        #expect(run.status == 1 && run.stderr.contains("missing.txt"))
        let first = try JSONSerialization.jsonObject(with: Data(run.stdout.split(separator: "\n")[0].utf8)) as! [String: Any]
        #expect(first["term"] as? String == "青鸾算力" && first["count"] as? Int == 60)
        for key in ["pmi", "left_entropy", "right_entropy", "score"] { #expect(first[key] is Double) }
        let all = try TestSupport.run(["discover", "--format", "json", "--all", "--top", "50", good.path])
        #expect(all.status == 0 && all.stdout.contains("\"min_count\": 3"))
    }
}
