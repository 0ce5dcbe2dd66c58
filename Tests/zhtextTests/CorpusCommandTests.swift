import Foundation
import Testing
import ZhTextTestSupport

/// `zhtext corpus …` and `--corpus` through the real binary: the store gives byte-identical output to the same
/// documents read from files, reports what it did, refuses missing and foreign files, and survives `kill -9`.
@Suite struct CorpusCommandTests {
    static let series = "Tests/zhtextTests/Fixtures/series"
    static let manifest = "Tests/zhtextTests/Fixtures/series/manifested/manifest.csv"

    func run(_ arguments: [String], status: Int32 = 0) throws -> TestSupport.Run {
        let r = try TestSupport.run(arguments)
        #expect(r.status == status, "\(arguments): \(r.stderr)")
        return r
    }

    func seriesStore() throws -> String {
        let store = try TestSupport.temporaryDirectory().appendingPathComponent("series.db").path
        let r = try run(["corpus", "add", store, "--manifest", Self.manifest, Self.series, "--format", "json"])
        let o = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Int]
        #expect(o == ["added": 6, "updated": 0, "unchanged": 0, "failed": 0, "documents": 6])
        return store
    }

    @Test func storeOutputIsByteIdenticalToFiles() throws {
        let store = try seriesStore()
        let files = ["--manifest", Self.manifest, Self.series]
        let cases: [[String]] = [
            ["trend", "--term", "高质量发展", "--term", "新质生产力", "--group", "稳=稳增长,稳中求进", "--format", "csv"],
            ["trend", "--term", "高质量发展", "--by", "label", "--format", "json"],
            ["trend", "--term", "高质量发展", "--format", "md"],
            ["trend", "--format", "csv", "--min-count", "1"],                          // rising and falling terms
            ["trend", "--phrases", "--format", "csv"],
            ["compare", "--from", "2020", "--to", "2025", "--format", "json", "--min-count", "1"],
            ["freq", "--format", "csv"],
            ["freq", "--ngram", "2", "--format", "json", "--top", "20"],
            ["kwic", "发展", "--width", "6"],
            ["kwic", "新质生产力", "--format", "json"],
            // In one document only. JSON: an object for each of the six documents (zero counts included); text: the
            // store reads only the record and text of the one document its index names.
            ["kwic", "供给侧结构性", "--format", "json"],
            ["kwic", "供给侧结构性", "--format", "csv"],
            ["kwic", "新质生产力", "--sort", "L1"],
            ["phrases", "--format", "json"],
            ["keywords", "--format", "json"],                                          // offsets into the original input
            ["keywords", "--method", "tfidf", "--format", "csv", "--top", "5"],
            ["report", "--html", "-"],                                                 // rising terms and phrase charts
            ["report", "--html", "-", "--term", "高质量发展", "--by", "label"],
            ["report", "--html", "-", "--category", "economy-reform", "--category", "numbered-formulation"],  // phrases matched again
            ["report", "--html", "-", "--group", "稳=稳增长,稳中求进", "--from", "2020", "--to", "2024"],
        ]
        for c in cases {
            // freq and kwic take no manifest (they need no dates): the folder alone, in the same order.
            let fromFiles = try run(c + (["freq", "kwic", "phrases", "keywords"].contains(c[0]) ? [Self.series] : files))
            let fromStore = try run(c + ["--corpus", store])
            #expect(!fromFiles.stdout.isEmpty)
            #expect(fromStore.stdout == fromFiles.stdout, "\(c)")
        }
    }

    /// collocates, dispersion and matrix over `--corpus` give what they give over the same documents as paths (the
    /// store keeps each document's `file`, date and normalized text, so every byte must agree).
    @Test func corpusToolsFromTheStoreMatchFiles() throws {
        let store = try seriesStore()
        let files = ["--manifest", Self.manifest, Self.series]
        let cases: [[String]] = [
            ["collocates", "发展", "--format", "json"],
            ["collocates", "发展", "--by", "year", "--measure", "g2", "--format", "csv"],   // the record's date groups
            ["dispersion", "--term", "发展", "--term", "高质量发展", "--format", "json"],
            ["dispersion", "--term", "发展", "--by", "year", "--format", "json"],
            ["dispersion", "--term", "发展", "--format", "svg"],
        ]
        for c in cases {
            let fromFiles = try run(c + files)
            let fromStore = try run(c + ["--corpus", store])
            #expect(fromFiles.stdout.count > 100, "\(c)")
            #expect(fromStore.stdout == fromFiles.stdout, "\(c)")
        }
        // --where narrows the store's documents as paths would be narrowed by leaving files out.
        let recent = try run(["dispersion", "--term", "发展", "--format", "json", "--corpus", store, "--where", "date>=2024"])
        let all = try run(["dispersion", "--term", "发展", "--format", "json", "--corpus", store])
        #expect(recent.stdout.contains("\"part_count\" : 2") || recent.stdout.contains("\"part_count\": 2"), "\(recent.stdout)")
        #expect(recent.stdout != all.stdout)
        for format in ["csv", "mtx"] {
            let dir = try TestSupport.temporaryDirectory()
            let a = dir.appendingPathComponent("files.\(format)").path, b = dir.appendingPathComponent("store.\(format)").path
            _ = try run(["matrix", "--format", format, "-o", a] + files)
            _ = try run(["matrix", "--format", format, "-o", b, "--corpus", store])
            let sides = format == "csv" ? ["", ".documents.csv"] : ["", ".rows.txt", ".cols.txt"]
            for side in sides {
                let x = try Data(contentsOf: URL(fileURLWithPath: a + side)), y = try Data(contentsOf: URL(fileURLWithPath: b + side))
                #expect(x.count > 20 && x == y, "matrix \(format)\(side)")
            }
        }
        // Paths next to --corpus, or a manifest for the store, are refused with a clear line.
        let both = try run(["matrix", "-o", "/tmp/x.csv", "--corpus", store, Self.series], status: 64)
        #expect(both.stderr.contains("either --corpus CORPUS or paths"))
        let manifest = try run(["collocates", "发展", "--corpus", store, "--manifest", Self.manifest], status: 64)
        #expect(manifest.stderr.contains("--manifest and --date apply to paths"))
    }

    /// `analyze --corpus` analyses the stored normalized texts: statistics, script, keywords (with offsets), phrases and
    /// terms are those of the files, and so are `encoding`, `extraction` and `title` (recorded when the file was
    /// added; a plain text's first line is no title). The date is the store's record where a plain file states none
    /// (the manifest's dates, the file name's).
    @Test func analyzeFromTheStoreMatchesTheFiles() throws {
        let store = try seriesStore()
        let metadata: Set<String> = ["encoding", "extraction", "title", "date", "date_source"]
        func documents(_ r: TestSupport.Run) throws -> [[String: Any]] {
            try r.stdout.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        }
        let fromFiles = try documents(try run(["analyze", "--format", "jsonl", Self.series]))
        let fromStore = try documents(try run(["analyze", "--format", "jsonl", "--corpus", store]))
        #expect(fromFiles.count == 6 && fromStore.count == 6)
        for (f, s) in zip(fromFiles, fromStore) {
            let a = f.filter { !metadata.contains($0.key) }, b = s.filter { !metadata.contains($0.key) }
            #expect(NSDictionary(dictionary: a).isEqual(to: b), "\(f["file"] ?? "")")
            for key in ["encoding", "extraction", "title"] {
                #expect(f[key] as? String == s[key] as? String, "\(key) of \(f["file"] ?? "")")
            }
            #expect(s["encoding"] as? String == "UTF-8", "recorded, not a placeholder")
            #expect(s["date"] is String, "every series document is dated in the store")
        }
        // notes-a.txt has its date only in the manifest: the store knows it, a plain file analysed alone does not.
        let notes = try #require(fromStore.first { ($0["file"] as? String)?.hasSuffix("notes-a.txt") == true })
        #expect(notes["date"] as? String == "2024-02-20" && notes["date_source"] as? String == "manifest")
        // --where narrows the documents as on every other command.
        #expect(try documents(try run(["analyze", "--format", "jsonl", "--corpus", store, "--where", "date>=2024"])).count == 2)
        // Paths next to --corpus are refused.
        _ = try run(["analyze", "--corpus", store, Self.series], status: 64)
    }

    /// Pages, a saved page and a UTF-16 text: `analyze --corpus` reports the metadata `analyze` reports for the
    /// files (encoding, extraction, the page's title, date and its source, the site), recorded when they were added;
    /// JSONL rows report their own fields.
    @Test func analyzeMetadataFromTheStoreIsTheFilesOwn() throws {
        let dir = try TestSupport.temporaryDirectory()
        let fixtures = URL(fileURLWithPath: "Tests/zhtextTests/Fixtures")
        for (from, to) in [("dated-pages/county-meeting.html", "county-meeting.html"), ("pages/saved-portal.txt", "saved-portal.txt")] {
            try FileManager.default.copyItem(at: fixtures.appendingPathComponent(from), to: dir.appendingPathComponent(to))
        }
        // Written for this test: a plain text in UTF-16 (with its byte-order mark), dated by its name.
        let notes = "2023-05-06 工作笔记\n今天讨论了社区养老服务的安排。\n大家认为要把服务送到家门口。\n"
        try notes.data(using: .utf16)!.write(to: dir.appendingPathComponent("2023-05-06_notes.txt"))
        let store = dir.appendingPathComponent("c.db").path
        _ = try TestSupport.run(["corpus", "add", store, "."], directory: dir)
        func documents(_ args: [String]) throws -> [String: [String: Any]] {
            let r = try TestSupport.run(args, directory: dir)
            #expect(r.status == 0, "\(args): \(r.stderr)")
            var out: [String: [String: Any]] = [:]
            for line in r.stdout.split(separator: "\n") {
                let o = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
                out[o["file"] as! String] = o
            }
            return out
        }
        let files = try documents(["analyze", "--format", "jsonl", "."])
        let stored = try documents(["analyze", "--format", "jsonl", "--corpus", store])
        #expect(files.count == 3 && Set(files.keys) == Set(stored.keys))
        for (file, f) in files {
            let s = try #require(stored[file])
            for key in ["encoding", "extraction", "title", "source", "author"] {
                #expect(f[key] as? String == s[key] as? String, "\(key) of \(file): \(f[key] ?? "nil") vs \(s[key] ?? "nil")")
            }
            if f["date"] is String {
                // A page's own date and where on the page it was found.
                #expect(f["date"] as? String == s["date"] as? String && f["date_source"] as? String == s["date_source"] as? String, "\(file)")
            }
        }
        let page = try #require(stored["./county-meeting.html"])
        #expect(page["extraction"] as? String == "html" && page["date"] is String && (page["date_source"] as? String)?.isEmpty == false)
        #expect(stored["./saved-portal.txt"]?["extraction"] as? String == "saved-page")
        let utf16 = try #require(stored["./2023-05-06_notes.txt"])
        #expect((utf16["encoding"] as? String)?.hasPrefix("UTF-16") == true, "\(utf16["encoding"] ?? "nil")")
        #expect(utf16["title"] == nil || utf16["title"] is NSNull, "a plain text's first line is no title, as for the file")
        #expect(utf16["date"] as? String == "2023-05-06" && utf16["date_source"] as? String == "file-name",
                "the store knows the date of the file name, which analyze on the file does not report")
        // Rows: their own title, date and source; read as UTF-8 plain text.
        let rows = dir.appendingPathComponent("rows.jsonl")
        try #"{"id":"r1","title":"社区通讯","date":"2024-01-02","source":"街道办","text":"社区开展了养老服务活动。"}"#.write(to: rows, atomically: true, encoding: .utf8)
        let rowStore = dir.appendingPathComponent("rows.db").path
        _ = try TestSupport.run(["corpus", "add", rowStore, "--jsonl", rows.path])
        let row = try #require(try documents(["analyze", "--format", "jsonl", "--corpus", rowStore]).values.first)
        #expect(row["title"] as? String == "社区通讯" && row["date"] as? String == "2024-01-02" && row["source"] as? String == "街道办")
        #expect(row["encoding"] as? String == "UTF-8" && row["extraction"] as? String == "plain")
    }

    /// `corpus add --adapt` gives the store a lexicon of its own: an invented name (written for these tests, see
    /// AdaptCommandTests) that its documents show to be a word is counted whole, exactly as `--adapt` on the same
    /// files counts it; a later plain add keeps using that lexicon; `corpus reindex` without --adapt goes back to
    /// the bundled lexicon.
    @Test func addAdaptGivesTheStoreItsOwnLexiconUntilReindex() throws {
        let dir = try AdaptCommandTests.corpus()
        try "青鸾星链的新版本下周上线。\n用户期待青鸾星链更便宜。\n".write(to: dir.appendingPathComponent("c.txt"), atomically: true, encoding: .utf8)
        let store = dir.appendingPathComponent("s.db").path
        func sh(_ args: [String], status: Int32 = 0) throws -> TestSupport.Run {
            let r = try TestSupport.run(args, directory: dir)
            #expect(r.status == status, "\(args): \(r.stderr)")
            return r
        }
        func adaptedWords() throws -> Int {
            let info = try JSONSerialization.jsonObject(with: Data(try sh(["corpus", "info", store, "--format", "json"]).stdout.utf8)) as! [String: Any]
            return info["adapted_words"] as! Int
        }
        _ = try sh(["corpus", "add", store, "a.txt", "b.txt"])
        let plain = try sh(["freq", "--format", "csv", "--corpus", store]).stdout
        #expect(!plain.contains("\n青鸾星链,"), "the bundled lexicon splits the invented name (else this test proves nothing)")
        #expect(try adaptedWords() == 0)

        let adapted = try sh(["corpus", "add", store, "--adapt", "a.txt", "b.txt", "--format", "json"])
        #expect(adapted.stdout.contains("\"unchanged\": 2") && adapted.stderr.contains("adapted lexicon of"))
        #expect(try adaptedWords() >= 1)
        let stored = try sh(["freq", "--format", "csv", "--corpus", store]).stdout
        #expect(stored.contains("\n青鸾星链,5,"), "all five occurrences are one token")
        #expect(stored == (try sh(["freq", "--adapt", "--format", "csv", "a.txt", "b.txt"])).stdout,
                "the store's lexicon is the one --adapt finds over the same documents")
        #expect(try sh(["corpus", "info", store]).stderr.isEmpty, "the counts are current with the store's lexicon")

        // A later plain add segments with the store's lexicon.
        _ = try sh(["corpus", "add", store, "c.txt"])
        let withC = try sh(["freq", "--format", "csv", "--corpus", store, "--where", "file=c.txt"]).stdout
        #expect(withC.contains("\n青鸾星链,2,"), "\(withC)")
        #expect(try sh(["corpus", "check", store]).stdout == "ok: 3 documents\n")

        // reindex without --adapt: back to the bundled lexicon, as the files without --adapt.
        let reindex = try sh(["corpus", "reindex", store])
        #expect(reindex.stdout == "reindexed 3 documents with the bundled lexicon\n")
        #expect(try adaptedWords() == 0)
        let back = try sh(["freq", "--format", "csv", "--corpus", store]).stdout
        #expect(back == (try sh(["freq", "--format", "csv", "a.txt", "b.txt", "c.txt"])).stdout)
        #expect(!back.contains("\n青鸾星链,"))

        // reindex --adapt: adapted to all three documents now.
        let again = try sh(["corpus", "reindex", store, "--adapt"])
        #expect(again.stdout.hasPrefix("reindexed 3 documents with an adapted lexicon"))
        #expect(try sh(["freq", "--format", "csv", "--corpus", store]).stdout == (try sh(["freq", "--adapt", "--format", "csv", "a.txt", "b.txt", "c.txt"])).stdout)
    }

    /// Terms over a whole store (no --where) are answered from the per-day totals and the trigram index; the output
    /// and the warnings are those of the general path (which a --where that keeps every document takes), whatever
    /// the member's length (two characters: no trigram; a group; a string in no document) and the period (a
    /// year-only date cannot go into a month: left out with the same warning).
    @Test func wholeStoreTrendFromTheIndexesEqualsTheGeneralPath() throws {
        let store = try seriesStore()
        let all = ["--where", "id!=no-such-document"]
        for by in ["year", "quarter", "month", "week", "day"] {
            for format in ["csv", "json"] {
                let c = ["trend", "--term", "发展", "--term", "高质量发展", "--term", "不存在的说法", "--group", "稳=稳增长,稳中求进",
                         "--by", by, "--format", format, "--corpus", store]
                let fast = try TestSupport.run(c)
                let general = try TestSupport.run(c + all)
                #expect(fast.status == general.status && fast.stdout == general.stdout && fast.stderr == general.stderr, "\(by) \(format)")
                #expect(fast.stdout.contains("高质量发展"))
                if by != "year" { #expect(fast.stderr.contains("left out of --by \(by)"), "2019.txt has only a year") }
            }
        }
        // After a replacement and a removal the per-day totals still agree (check passes, the series too).
        _ = try run(["corpus", "remove", store, "--where", "date<=2020"])
        #expect(try run(["corpus", "check", store]).stdout.hasPrefix("ok: "))
        let c = ["trend", "--term", "高质量发展", "--format", "csv", "--corpus", store]
        #expect(try run(c).stdout == (try run(c + all)).stdout)
    }

    @Test func reAddingIsSkippedAndInfoDescribesTheStore() throws {
        let store = try seriesStore()
        let again = try run(["corpus", "add", store, "--manifest", Self.manifest, Self.series, "--format", "json"])
        #expect(again.stdout.contains("\"unchanged\": 6") && again.stdout.contains("\"added\": 0"))
        let info = try JSONSerialization.jsonObject(with: Data(try run(["corpus", "info", store, "--format", "json"]).stdout.utf8)) as! [String: Any]
        #expect(info["documents"] as? Int == 6)
        #expect(info["first_date"] as? String == "2019" && info["last_date"] as? String == "2025-02-18")
        #expect(Set(info.keys).isSuperset(of: ["documents", "characters", "first_date", "last_date", "fields", "bytes", "schema"]))
        #expect(try run(["corpus", "check", store]).stdout == "ok: 6 documents\n")
        let list = try run(["corpus", "list", store, "--where", "date>=2024", "--format", "csv"])
        #expect(list.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 3)   // header + 2024, 2025 notes
        #expect(try run(["corpus", "remove", store, "--where", "date<=2020"]).stdout.hasPrefix("removed 2 documents"))
    }

    @Test func csvRowsAreStreamedWithTheirFieldsAndErrorsNameTheLine() throws {
        let dir = try TestSupport.temporaryDirectory()
        let csv = dir.appendingPathComponent("docs.csv")
        // Line 1 header; the first row's quoted text spans lines 2–3; line 5 has too few fields; line 7 is not UTF-8
        // (0xFF), so it and everything after it is not read.
        var bytes = Array("""
            id,date,source,text
            1,2024-05-01,甲报,"发展新质生产力，
            推动高质量发展。"
            2,2024-06-01,乙报,高质量发展是首要任务。
            3,2025-01-01
            4,2025-02-01,甲报,新质生产力加快形成。

            """.utf8)
        bytes += Array("5,2025-03-01,乙报,".utf8) + [0xFF] + Array("\n6,2025-04-01,乙报,不会读到。\n".utf8)
        try Data(bytes).write(to: csv)
        let store = dir.appendingPathComponent("rows.db").path
        let add = try run(["corpus", "add", store, "--csv", csv.path, "--format", "json"], status: 1)
        #expect(add.stderr.contains("docs.csv:5: 2 fields, the header (line 1) has 4"), "\(add.stderr)")
        #expect(add.stderr.contains("docs.csv:7: not UTF-8"), "\(add.stderr)")
        #expect(add.stdout.contains("\"added\": 3") && add.stdout.contains("\"failed\": 2"), "\(add.stdout)")
        // 甲报 holds rows 1 and 4, one 新质生产力 each; 乙报 row 2, none.
        let bySource = try run(["trend", "--corpus", store, "--term", "新质生产力", "--by", "source", "--format", "csv"])
        #expect(bySource.stdout.contains("\r\n甲报,新质生产力,2,") && bySource.stdout.contains("\r\n乙报,新质生产力,0,"), "\(bySource.stdout)")
        // Adding the same file again: the three rows are unchanged (identity from the id column).
        let again = try run(["corpus", "add", store, "--csv", csv.path, "--format", "json"], status: 1)
        #expect(again.stdout.contains("\"unchanged\": 3") && again.stdout.contains("\"documents\": 3"), "\(again.stdout)")
    }

    @Test func jsonlRowsGroupByAnyField() throws {
        let dir = try TestSupport.temporaryDirectory()
        let jsonl = dir.appendingPathComponent("docs.jsonl")
        try Data("""
            {"id": "1", "date": "2024-05-01", "source": "甲报", "text": "发展新质生产力，推动高质量发展。"}
            {"id": "2", "date": "2024-06-01", "source": "乙报", "text": "高质量发展是首要任务。"}
            {"id": "3", "date": "2025-01-01", "source": "甲报", "text": "新质生产力加快形成。"}
            {"id": "4", "source": "乙报", "text": "没有日期的文档，新质生产力。"}
            {broken
            """.utf8).write(to: jsonl)
        let store = dir.appendingPathComponent("rows.db").path
        let add = try run(["corpus", "add", store, "--jsonl", jsonl.path, "--format", "json"], status: 1)
        #expect(add.stderr.contains("docs.jsonl:5: not valid JSON"))
        #expect(add.stdout.contains("\"added\": 4") && add.stdout.contains("\"failed\": 1"))
        let bySource = try run(["trend", "--corpus", store, "--term", "新质生产力", "--by", "source", "--format", "csv"])
        // 乙 (U+4E59) sorts before 甲 (U+7532). 乙报: 11 + 14 characters (the undated document counts here), one hit;
        // 甲报: 16 + 10 characters, two hits.
        #expect(bySource.stdout == "period,term,count,per_10k,documents\r\n乙报,新质生产力,1,400,1\r\n甲报,新质生产力,2,769.231,2\r\n")
        let byYear = try run(["trend", "--corpus", store, "--term", "新质生产力", "--format", "csv"])
        #expect(byYear.stderr.contains("1 document left out of --by year"))   // the undated one, with a warning
        #expect(byYear.stdout.contains("2024,新质生产力,1,") && byYear.stdout.contains("2025,新质生产力,1,"))
        let sides = try run(["compare", "--corpus", store, "--a", "source=乙报", "--b", "source=甲报", "--format", "json", "--min-count", "1"])
        #expect(sides.stdout.contains("\"name\": \"source=甲报\""))
        _ = try run(["trend", "--corpus", store, "--term", "x", "--by", "nosuchfield"], status: 64)
        // collocates --by FIELD: one list per source value (乙报 before 甲报, the undated row counted), each the list
        // that --where source=VALUE gives alone.
        let grouped = try JSONSerialization.jsonObject(with: Data(try run(["collocates", "新质生产力", "--corpus", store, "--by", "source", "--format", "json"]).stdout.utf8)) as! [String: Any]
        let periods = grouped["periods"] as! [[String: Any]]
        #expect(grouped["by"] as? String == "source")
        #expect(periods.map { $0["period"] as? String } == ["乙报", "甲报"])
        #expect(periods.map { $0["node_count"] as? Int } == [1, 2] && periods.map { $0["documents"] as? Int } == [2, 2])
        let alone = try JSONSerialization.jsonObject(with: Data(try run(["collocates", "新质生产力", "--corpus", store, "--where", "source=甲报", "--format", "json"]).stdout.utf8)) as! [String: Any]
        #expect(NSArray(array: alone["collocates"] as! [Any]).isEqual(to: periods[1]["collocates"] as! [Any]))
        #expect(!(alone["collocates"] as! [Any]).isEmpty)
        _ = try run(["collocates", "新质生产力", "--by", "source", jsonl.path], status: 64)   // fields need --corpus
        let whereRun = try run(["kwic", "新质生产力", "--corpus", store, "--where", "source=甲报", "--where", "date>=2025"])
        #expect(whereRun.stdout.components(separatedBy: "\n").filter { !$0.isEmpty }.count == 1)
    }

    @Test func missingForeignAndCorruptStoresFailWithOneLine() throws {
        let dir = try TestSupport.temporaryDirectory()
        let missing = dir.appendingPathComponent("none.db").path
        for args in [["trend", "--term", "x", "--corpus", missing], ["corpus", "info", missing], ["kwic", "x", "--corpus", missing]] {
            let r = try run(args, status: 1)
            #expect(r.stderr.components(separatedBy: "\n").filter { !$0.isEmpty }.count == 1, "\(r.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: missing))
        let foreign = dir.appendingPathComponent("notes.txt")
        try Data("一份笔记".utf8).write(to: foreign)
        let r = try run(["corpus", "check", foreign.path], status: 1)
        #expect(r.stderr == "zhtext: \(foreign.path): not a ZhText corpus (not an SQLite database)\n")
        _ = try run(["corpus", "add", foreign.path, Self.series], status: 1)
        #expect(try String(contentsOf: foreign, encoding: .utf8) == "一份笔记")
    }

    @Test func killDuringAddLeavesASoundStoreThatTheNextAddCompletes() throws {
        let dir = try TestSupport.temporaryDirectory()
        let docs = dir.appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        let sentences = ["推动高质量发展，", "发展新质生产力。", "稳就业、促消费，", "全面深化改革。", "因地制宜，", "加快建设现代化产业体系。"]
        for i in 0..<400 {
            let text = (0..<400).map { sentences[($0 * 7 + i) % sentences.count] }.joined() + "\n"
            try Data(text.utf8).write(to: docs.appendingPathComponent(String(format: "2024-%02d-%02d_%03d.txt", i % 12 + 1, i % 28 + 1, i)))
        }
        let store = dir.appendingPathComponent("k.db").path
        let process = Process()
        process.executableURL = TestSupport.binary
        process.arguments = ["corpus", "add", store, docs.path, "--jobs", "2"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 1.5)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(try run(["corpus", "check", store]).status == 0)
        let after = try run(["corpus", "add", store, docs.path, "--format", "json"])
        let o = try JSONSerialization.jsonObject(with: Data(after.stdout.utf8)) as! [String: Int]
        #expect(o["documents"] == 400 && o["added"]! + o["unchanged"]! == 400 && o["failed"] == 0)
        #expect(try run(["corpus", "check", store]).status == 0)
    }
}
