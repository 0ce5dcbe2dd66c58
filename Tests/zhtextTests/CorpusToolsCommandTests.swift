import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import ZhTextTestSupport

/// `collocates`, `dispersion`, `matrix`, `freq --min-range` and `trend --spikes` through the real binary, on documents
/// written here.
@Suite struct CorpusToolsCommandTests {
    static let documents: [(String, String)] = [
        ("2023-03-01_a.txt", "各地推动绿色发展，建设美丽乡村。城市更新稳步推进。\n新质生产力加快形成，绿色发展成效明显。\n"),
        ("2024-03-01_b.txt", "我们推动高质量发展，发展新质生产力。乡村振兴取得新进展。\n"),
        ("2025-03-01_c.txt", "绿色发展理念深入人心。各地推动绿色发展，培育新质生产力，促进城乡融合发展。\n"),
    ]

    static func corpus() throws -> URL {
        let dir = try TestSupport.temporaryDirectory()
        for (name, text) in documents { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return dir
    }

    static func json(_ text: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
    }

    // MARK: collocates

    @Test func collocatesCountTheNodeAsKwicDoes() throws {
        let dir = try Self.corpus()
        let run = try TestSupport.run(["collocates", "绿色发展", "--format", "json", dir.path])
        #expect(run.status == 0 && run.stderr.isEmpty, "\(run.stderr)")
        let object = try Self.json(run.stdout)
        let kwic = try TestSupport.run(["kwic", "绿色发展", "--format", "csv", dir.path])
        let hits = kwic.stdout.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }.count
        #expect(object["node_count"] as? Int == hits && hits == 4)
        #expect(object["documents"] as? Int == 3 && object["measure"] as? String == "logdice" && object["window"] as? Int == 5)
        let rows = object["collocates"] as! [[String: Any]]
        // 推动 stands right before 绿色发展 twice (2023, 2025).
        let push = rows.first { $0["term"] as? String == "推动" }
        #expect(push?["cooccurrence"] as? Int == 2)
        let scores = rows.map { $0["score"] as! Double }
        #expect(scores == scores.sorted(by: >))
        for r in rows { #expect((r["score"] as! Double) <= 14) }   // logDice never exceeds 14
    }

    @Test func collocatesByPeriodAndFormats() throws {
        let dir = try Self.corpus()
        let run = try TestSupport.run(["collocates", "新质生产力", "--by", "year", "--format", "csv", "--measure", "mi", dir.path])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.components(separatedBy: "\r\n")
        #expect(lines.first == "period,term,cooccurrence,node_count,term_count,expected,score")
        #expect(Set(lines.dropFirst().compactMap { $0.split(separator: ",").first.map(String.init) }) == ["2023", "2024", "2025"])
        let jsonl = try TestSupport.run(["collocates", "新质生产力", "--by", "year", "--format", "jsonl", dir.path])
        #expect(jsonl.stdout.split(separator: "\n").count == 3)
        let md = try TestSupport.run(["collocates", "新质生产力", "--format", "md", dir.path])
        #expect(md.stdout.hasPrefix("| term |"))
    }

    @Test func collocatesRejectBadFlags() throws {
        for args in [["collocates", " ", "x.txt"], ["collocates", "a", "--window", "0", "x.txt"], ["collocates", "a", "--measure", "dice", "x.txt"],
                     ["collocates", "a", "--min-count", "0", "x.txt"]] {
            #expect(try TestSupport.run(args).status == 64, "\(args)")
        }
        let missing = try TestSupport.run(["collocates", "发展", "/nonexistent/file.txt", "--format", "json"])
        #expect(missing.status == 1 && missing.stderr.contains("/nonexistent/file.txt"))
    }

    // MARK: dispersion

    @Test func dispersionJSONAndSVG() throws {
        let dir = try Self.corpus()
        let run = try TestSupport.run(["dispersion", "--term", "绿色发展", "--term", "乡村", "--term", "量子", "--format", "json", dir.path])
        #expect(run.status == 0 && run.stderr.isEmpty, "\(run.stderr)")
        let object = try Self.json(run.stdout)
        #expect(object["parts"] as? String == "documents" && object["part_count"] as? Int == 3)
        let terms = object["terms"] as! [[String: Any]]
        #expect(terms.map { $0["term"] as! String } == ["绿色发展", "乡村", "量子"])
        #expect(terms[0]["count"] as? Int == 4 && terms[0]["range"] as? Int == 2)   // 2023 twice, 2025 twice
        #expect(terms[1]["count"] as? Int == 2 && terms[1]["range"] as? Int == 2)
        #expect(terms[2]["count"] as? Int == 0 && terms[2]["juilland_d"] is NSNull && terms[2]["gries_dp"] is NSNull)
        let d = terms[0]["juilland_d"] as! Double, dp = terms[0]["gries_dp"] as! Double
        #expect(d >= 0 && d <= 1 && dp >= 0 && dp <= 1)
        let svg = try TestSupport.run(["dispersion", "--term", "绿色发展", "--format", "svg", dir.path])
        #expect(svg.stdout.hasPrefix("<svg") && svg.stdout.components(separatedBy: "<line ").count - 1 == 4)
        #expect(svg.stdout.components(separatedBy: "<rect ").count - 1 == 3)
        #expect(XMLParser(data: Data(svg.stdout.utf8)).parse(), "the plot must be well-formed XML")
        let one = try TestSupport.run(["dispersion", "--term", "发展", "--format", "json", dir.appendingPathComponent("2025-03-01_c.txt").path])
        #expect(try Self.json(one.stdout)["parts"] as? String == "equal")
        #expect(try TestSupport.run(["dispersion", dir.path]).status == 64)   // no --term
    }

    // MARK: freq --min-range

    @Test func freqMinRangeKeepsTermsOfSeveralDocuments() throws {
        let dir = try Self.corpus()
        let run = try TestSupport.run(["freq", "--min-range", "3", "--format", "json", dir.path])
        let terms = (try Self.json(run.stdout)["terms"] as! [[String: Any]])
        #expect(!terms.isEmpty && terms.allSatisfy { $0["documents"] as? Int == 3 })
        #expect(terms.contains { $0["term"] as? String == "推动" })
        let bigrams = try TestSupport.run(["freq", "--ngram", "2", "--min-range", "2", "--format", "csv", dir.path])
        #expect(bigrams.stdout.contains("推动 绿色,"))   // in 2023 and 2025
        #expect(try TestSupport.run(["freq", "--min-range", "2", "--format", "jsonl", dir.path]).status == 64)
    }

    // MARK: trend --spikes

    /// Twelve monthly notes; an international games is mentioned in August only (and once in September).
    static func games() throws -> URL {
        let dir = try TestSupport.temporaryDirectory()
        for month in 1...12 {
            var text = "本月全市交通运行平稳，市民出行有序。公园绿地开放，居民健身活动丰富。\n气温正常，农业生产稳定。\n"
            if month == 8 { text += "奥运会在北京开幕，奥运会赛事精彩。市民观看奥运会，奥运会志愿者服务周到。奥运会圆满成功。\n" }
            if month == 9 { text += "奥运会留下宝贵经验。\n" }
            try text.write(to: dir.appendingPathComponent("2008-\(month < 10 ? "0" : "")\(month)-20_note.txt"), atomically: true, encoding: .utf8)
        }
        return dir
    }

    @Test func aOneOffEventShowsAsASpike() throws {
        let dir = try Self.games()
        let run = try TestSupport.run(["trend", "--term", "奥运会", "--term", "交通", "--by", "month", "--spikes", "--format", "json", dir.path])
        #expect(run.status == 0, "\(run.stderr)")
        let spikes = try Self.json(run.stdout)["spikes"] as! [[String: Any]]
        #expect(spikes.count == 1)
        #expect(spikes.first?["term"] as? String == "奥运会" && spikes.first?["period"] as? String == "2008-08")
        #expect(spikes.first?["count"] as? Int == 5 && spikes.first?["baseline"] as? Double == 0.5)
        #expect(abs((spikes.first?["score"] as? Double ?? 0) - log2(10)) < 1e-6)
        // Without --term, every term of the corpus is looked at.
        let auto = try TestSupport.run(["trend", "--by", "month", "--spikes", "--format", "json", dir.path])
        let autoSpikes = try Self.json(auto.stdout)["spikes"] as! [[String: Any]]
        #expect(autoSpikes.contains { ($0["term"] as? String)?.contains("奥运") == true && $0["period"] as? String == "2008-08" })
        #expect(!autoSpikes.contains { $0["term"] as? String == "交通" })
        let csv = try TestSupport.run(["trend", "--term", "奥运会", "--by", "month", "--spikes", "--format", "csv", dir.path])
        #expect(csv.stdout.hasPrefix("period,term,count,per_10k,documents,spike\r\n"))
        #expect(csv.stdout.contains("2008-08,奥运会,5,") && csv.stdout.contains(",3.322\r\n"))
        let table = try TestSupport.run(["trend", "--term", "奥运会", "--by", "month", "--spikes", dir.path])
        #expect(table.stdout.contains("spikes:"))
    }

    // MARK: matrix

    static func readCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var it = Array(text.unicodeScalars), i = 0
        if it.first == "\u{FEFF}" { it.removeFirst() }
        while i < it.count {
            let c = it[i]
            if quoted {
                if c == "\"" { if i + 1 < it.count && it[i + 1] == "\"" { field.unicodeScalars.append("\""); i += 1 } else { quoted = false } }
                else { field.unicodeScalars.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { row.append(field); field = "" }
            else if c == "\r" {}
            else if c == "\n" { row.append(field); rows.append(row); row = []; field = "" }
            else { field.unicodeScalars.append(c) }
            i += 1
        }
        return rows
    }

    /// freq's per-document counts (jsonl), the reference the matrix must agree with.
    static func freqCounts(_ dir: URL) throws -> [String: [String: Int]] {
        let run = try TestSupport.run(["freq", "--format", "jsonl", dir.path])
        var out: [String: [String: Int]] = [:]
        for line in run.stdout.split(separator: "\n") {
            let o = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            out[o["file"] as! String] = Dictionary(uniqueKeysWithValues: (o["terms"] as! [[String: Any]]).map { ($0["term"] as! String, $0["count"] as! Int) })
        }
        return out
    }

    @Test func matrixCSVAgreesWithFreq() throws {
        let dir = try Self.corpus()
        let out = try TestSupport.temporaryDirectory().appendingPathComponent("dtm.csv").path
        let run = try TestSupport.run(["matrix", "--format", "csv", "-o", out, "--no-phrases", dir.path])
        #expect(run.status == 0 && run.stderr.isEmpty, "\(run.stderr)")
        let rows = Self.readCSV(try String(contentsOfFile: out, encoding: .utf8))
        #expect(rows.first == ["document", "term", "count"])
        var matrix: [String: [String: Int]] = [:]
        for r in rows.dropFirst() { matrix[r[0], default: [:]][r[1]] = Int(r[2]) }
        #expect(matrix == (try Self.freqCounts(dir)))
        let documents = Self.readCSV(try String(contentsOfFile: out + ".documents.csv", encoding: .utf8))
        #expect(documents.first == ["document", "title", "date", "date_source", "label", "characters", "terms"])
        #expect(documents.dropFirst().map { $0[2] } == ["2023-03-01", "2024-03-01", "2025-03-01"])
        // With policy phrases (the default), every other term keeps freq's count and the phrases are counted whole.
        let withPhrases = try TestSupport.run(["matrix", "--format", "csv", "-o", out, dir.path])
        #expect(withPhrases.status == 0)
        var phrased: [String: [String: Int]] = [:]
        for r in Self.readCSV(try String(contentsOfFile: out, encoding: .utf8)).dropFirst() { phrased[r[0], default: [:]][r[1]] = Int(r[2]) }
        let first = dir.appendingPathComponent("2023-03-01_a.txt").path
        #expect(phrased[first]?["美丽乡村"] == 1 && phrased[first]?["新质生产力"] == 1 && phrased[first]?["发展"] == 2)
    }

    @Test func matrixMarketReadsBackInSwift() throws {
        let dir = try Self.corpus()
        let out = try TestSupport.temporaryDirectory().appendingPathComponent("dtm.mtx").path
        let run = try TestSupport.run(["matrix", "--format", "mtx", "-o", out, "--no-phrases", dir.path])
        #expect(run.status == 0, "\(run.stderr)")
        let parsed = try MatrixMarketText.parse(try String(contentsOfFile: out, encoding: .utf8))
        let rowNames = try String(contentsOfFile: out + ".rows.txt", encoding: .utf8).split(separator: "\n").map(String.init)
        let colNames = try String(contentsOfFile: out + ".cols.txt", encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(parsed.rows == rowNames.count && parsed.columns == colNames.count)
        var matrix: [String: [String: Int]] = [:]
        for (i, j, v) in parsed.entries { matrix[rowNames[i - 1], default: [:]][colNames[j - 1]] = v }
        #expect(matrix == (try Self.freqCounts(dir)))
    }

    /// The same files read by scipy and pandas (the venv `.ci/run` makes). Outside CI without the venv: skipped.
    @Test(.enabled(if: PythonReaders.python != nil || ProcessInfo.processInfo.environment["CI"] == "true",
                   "needs .build/pyvenv with scipy and pandas (made by .ci/run) or ZHTEXT_PYTHON"))
    func matrixReadsBackInScipyAndPandas() throws {
        guard let python = PythonReaders.python else {
            Issue.record("CI=true but no Python with scipy and pandas at .build/pyvenv/bin/python or $ZHTEXT_PYTHON (.ci/run makes it)")
            return
        }
        let dir = try Self.corpus()
        let tmp = try TestSupport.temporaryDirectory()
        let mtx = tmp.appendingPathComponent("dtm.mtx").path, csv = tmp.appendingPathComponent("dtm.csv").path
        #expect(try TestSupport.run(["matrix", "--format", "mtx", "-o", mtx, "--no-phrases", dir.path]).status == 0)
        #expect(try TestSupport.run(["matrix", "--format", "csv", "-o", csv, "--no-phrases", dir.path]).status == 0)
        let script = """
        import json, sys, scipy.io, pandas as pd
        m = scipy.io.mmread(sys.argv[1]).tocsr()
        rows = open(sys.argv[1] + '.rows.txt', encoding='utf-8').read().splitlines()
        cols = open(sys.argv[1] + '.cols.txt', encoding='utf-8').read().splitlines()
        assert m.shape == (len(rows), len(cols)), m.shape
        coo = m.tocoo()
        fromMtx = {}
        for i, j, v in zip(coo.row, coo.col, coo.data):
            fromMtx.setdefault(rows[i], {})[cols[j]] = int(v)
        df = pd.read_csv(sys.argv[2], keep_default_na=False)
        assert list(df.columns) == ['document', 'term', 'count'], list(df.columns)
        fromCsv = {}
        for d, t, c in df.itertuples(index=False):
            fromCsv.setdefault(d, {})[t] = int(c)
        docs = pd.read_csv(sys.argv[2] + '.documents.csv', keep_default_na=False, dtype=str)
        print(json.dumps({'mtx': fromMtx, 'csv': fromCsv, 'documents': list(docs['document'])}, ensure_ascii=False))
        """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: python)
        p.arguments = ["-c", script, mtx, csv]
        let pipe = Pipe(), err = Pipe()
        p.standardOutput = pipe
        p.standardError = err
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        let errText = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "\(errText)")
        let object = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        let freq = try Self.freqCounts(dir)
        #expect(object["mtx"] as? [String: [String: Int]] == freq)
        #expect(object["csv"] as? [String: [String: Int]] == freq)
        #expect(object["documents"] as? [String] == freq.keys.sorted())
    }

    @Test func matrixRejectsBadOutputs() throws {
        #expect(try TestSupport.run(["matrix", "x.txt"]).status == 64)                  // -o is required
        #expect(try TestSupport.run(["matrix", "-o", "-", "x.txt"]).status == 64)
        let dir = try Self.corpus()
        let run = try TestSupport.run(["matrix", "-o", "/nonexistent-dir/m.csv", dir.path])
        #expect(run.status == 1 && run.stderr.contains("/nonexistent-dir/m.csv"))
    }
}

/// A minimal independent Matrix Market reader (coordinate, integer), so the test does not trust the library's parser.
enum MatrixMarketText {
    struct Parsed { var rows: Int; var columns: Int; var entries: [(Int, Int, Int)] }
    struct Bad: Error { var line: String }

    static func parse(_ text: String) throws -> Parsed {
        var lines = text.split(separator: "\n").map(String.init)
        guard lines.first == "%%MatrixMarket matrix coordinate integer general" else { throw Bad(line: lines.first ?? "") }
        lines = lines.filter { !$0.hasPrefix("%") }
        let size = lines[0].split(separator: " ").compactMap { Int($0) }
        guard size.count == 3 else { throw Bad(line: lines[0]) }
        let entries = try lines.dropFirst().map { l -> (Int, Int, Int) in
            let f = l.split(separator: " ").compactMap { Int($0) }
            guard f.count == 3 else { throw Bad(line: l) }
            return (f[0], f[1], f[2])
        }
        guard entries.count == size[2] else { throw Bad(line: "count") }
        return Parsed(rows: size[0], columns: size[1], entries: entries)
    }
}

/// Where the Python with scipy and pandas is: `$ZHTEXT_PYTHON`, else the venv `.ci/run` makes.
enum PythonReaders {
    static let python: String? = {
        let candidates = [ProcessInfo.processInfo.environment["ZHTEXT_PYTHON"],
                          TestSupport.packageRoot.appendingPathComponent(".build/pyvenv/bin/python").path].compactMap { $0 }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()
}
