import Foundation
import Testing
import ZhTextTestSupport

@Suite struct CompareCommandTests {
    static let series = "Tests/zhtextTests/Fixtures/series"
    static let manifest = "Tests/zhtextTests/Fixtures/series/manifested/manifest.csv"

    @Test func twoDocumentsAsJSON() throws {
        let run = try TestSupport.run(["compare", "--format", "json", "\(Self.series)/2019.txt", "\(Self.series)/manifested/notes-b.txt"])
        #expect(run.status == 0 && run.stderr.isEmpty)
        if let problem = TestSupport.snapshot(run.stdout, named: "compare-2019-2025.json", target: "zhtextTests") { Issue.record("\(problem)") }
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        let keyness = object["keyness"] as! [[String: Any]]
        let g2 = keyness.map { $0["g2"] as! Double }
        #expect(g2 == g2.sorted(by: >))
        let byTerm = Dictionary(uniqueKeysWithValues: keyness.map { ($0["term"] as! String, $0) })
        // A formulation twice in B and never in A is reported (default --min-count 2 across both sides).
        #expect((byTerm["新质生产力"]?["g2"] as? Double ?? 0) > 0 && byTerm["新质生产力"]?["count_a"] as? Int == 0)
        #expect((byTerm["新常态"]?["g2"] as? Double ?? 0) < 0)
        let new = (object["new"] as! [[String: Any]]).map { $0["term"] as! String }
        let vanished = (object["vanished"] as! [[String: Any]]).map { $0["term"] as! String }
        #expect(new.contains("新质生产力") && vanished.contains("新常态"))
        #expect(Set(["a", "b", "keyness", "new", "vanished", "similarity", "rank_changes", "phrases"]).isSubset(of: object.keys))
    }

    @Test func periodsOfOneCorpusAsTable() throws {
        let run = try TestSupport.run(["compare", "--manifest", Self.manifest, "--from", "2019", "--to", "2025", "--top", "8", Self.series])
        #expect(run.status == 0)
        if let problem = TestSupport.snapshot(run.stdout, named: "compare-periods.txt", target: "zhtextTests") { Issue.record("\(problem)") }
        #expect(run.stdout.hasPrefix("A: 2019 — 1 document"))
    }

    @Test func foldersAsMarkdownAndCSV() throws {
        let md = try TestSupport.run(["compare", "--format", "md", "--top", "5", "\(Self.series)/manifested", Self.series + "/2019.txt"])
        #expect(md.status == 0)
        if let problem = TestSupport.snapshot(md.stdout, named: "compare-folder.md", target: "zhtextTests") { Issue.record("\(problem)") }
        let csv = try TestSupport.run(["compare", "--format", "csv", "\(Self.series)/2019.txt", "\(Self.series)/x_2023-03.txt"])
        #expect(csv.stdout.hasPrefix("term,count_a,count_b,per_10k_a,per_10k_b,g2,p,log_ratio,percent_diff,status\r\n"))
    }

    @Test func aDocumentAgainstItselfHasNoKeyness() throws {
        let f = "\(Self.series)/20210308.md"
        let run = try TestSupport.run(["compare", "--format", "json", f, f])
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        #expect((object["keyness"] as! [Any]).isEmpty && (object["new"] as! [Any]).isEmpty && (object["vanished"] as! [Any]).isEmpty)
        #expect(abs(((object["similarity"] as! [String: Any])["cosine"] as! Double) - 1) < 1e-9)
    }

    @Test func badUse() throws {
        #expect(try TestSupport.run(["compare", "\(Self.series)/2019.txt"]).status == 64)
        #expect(try TestSupport.run(["compare", "--from", "2019", Self.series]).status == 64)
        let missing = try TestSupport.run(["compare", "--manifest", Self.manifest, "--from", "2019", "--to", "2030", Self.series])
        #expect(missing.status == 64 && missing.stderr.contains("no documents in period 2030"))
        let absent = try TestSupport.run(["compare", "\(Self.series)/none.txt", "\(Self.series)/2019.txt"])
        #expect(absent.status == 1 && absent.stderr.contains("none.txt"))
    }

    @Test func tinyPValuesKeepTheirMagnitude() throws {
        // A: 经济发展 2000×, 文化繁荣 10×, 生态保护 60× (4140 tokens); B: 文化繁荣 2000×, 经济发展 10×, 生态保护 5× (4030).
        // 生态: a = 60, b = 5 → G² = −53.746671, p = erfc(√(G²/2)) = 2.2808e-13 (log10 −12.641912): a double, not 0.
        // 文化: a = 10, b = 2000 → G² = 3389.418395, p below the double range → p 0, log10 p = −737.866104.
        let dir = try TestSupport.temporaryDirectory()
        let a = dir.appendingPathComponent("a.txt"), b = dir.appendingPathComponent("b.txt")
        try (String(repeating: "经济发展。", count: 2000) + String(repeating: "文化繁荣。", count: 10) + String(repeating: "生态保护。", count: 60))
            .write(to: a, atomically: true, encoding: .utf8)
        try (String(repeating: "文化繁荣。", count: 2000) + String(repeating: "经济发展。", count: 10) + String(repeating: "生态保护。", count: 5))
            .write(to: b, atomically: true, encoding: .utf8)
        let run = try TestSupport.run(["compare", "--format", "json", a.path, b.path])
        #expect(run.status == 0)
        #expect(run.stdout.contains("\"p\": 2.2808e-13,\n      \"log10_p\": -12.641912,"))
        #expect(run.stdout.contains("\"p\": 0,\n      \"log10_p\": -737.866104,"))
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        for row in object["keyness"] as! [[String: Any]] {
            let p = row["p"] as! Double, log10p = row["log10_p"] as! Double
            #expect(p > 0 ? abs(Foundation.log10(p) - log10p) < 1e-5 : log10p < -307, "\(row)")
        }
        let table = try TestSupport.run(["compare", a.path, b.path])
        #expect(table.stdout.contains("1.36e-738") && table.stdout.contains("2.28e-13"))
    }
}
