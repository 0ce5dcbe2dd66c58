import Foundation
import Testing
import ZhText
@testable import ZhTextStore
import ZhTextTestSupport

/// The store answers every corpus query exactly as the same documents read from files do (the in-memory source),
/// and keeps its promises about identity, change detection, removal, integrity and foreign files. Documents are
/// written here (self-written sentences: full-width letters, CRLF line ends and spaces exercise the offset map).
@Suite struct CorpusStoreTests {
    static let texts: [(name: String, text: String)] = [
        ("2023-02-01_县报.txt", "今年要推动高质量发展，稳增长、稳就业。\r\n发展新质生产力，ＡＩ赋能产业。\r\n"),
        ("2023-09-12_县报.txt", "坚持稳中求进工作总基调。  新常态下经济平稳。\n推动高质量发展。\n"),
        ("2024-03-05_市报.txt", "因地制宜发展新质生产力，新质生产力是先进生产力。\n人工智能＋行动全面实施。\n"),
        ("2024-11-20_市报.txt", "全面深化改革，推动高质量发展，发展新质生产力。\r\n稳就业，促消费。\r\n"),
        ("2025-01-08_县报.txt", "新质生产力加快发展，高质量发展取得新成效。ＡＩ应用广泛。\n"),
        ("2025-06-30_市报.txt", "發展新質生產力，推動高質量發展，經濟穩定增長。發展是第一要務。\n"),
    ]

    /// Writes the fixture documents into a temporary folder; returns the folder and the loaded documents.
    static func fixture() throws -> (URL, [LoadedDocument]) {
        let dir = try TestSupport.temporaryDirectory()
        var docs: [LoadedDocument] = []
        let loader = DocumentLoader()
        for (name, text) in texts {
            let url = dir.appendingPathComponent(name)
            try Data(text.utf8).write(to: url)
            let item = InputItem(file: url.path, path: url.path)
            var doc = try loader.load(item, bytes: try InputReader.read(item))
            doc.record.fields["source"] = name.contains("县") ? "县报" : "市报"
            docs.append(doc)
        }
        return (dir, docs)
    }

    static func store(_ docs: [LoadedDocument], in dir: URL) throws -> CorpusStore {
        let store = try CorpusStore(path: dir.appendingPathComponent("corpus.db").path, create: true)
        _ = try store.write(docs.map { AnalyzedDocument($0) })
        return store
    }

    @Test func storeAndFilesGiveTheSameTrends() throws {
        let (dir, docs) = try Self.fixture()
        let store = try Self.store(docs, in: dir)
        let memory = InMemoryCorpus(documents: docs)
        let queries = [TrendQuery.term("新质生产力"), .term("高质量发展"), .term("ＡＩ"), TrendQuery(name: "稳", members: ["稳增长", "稳就业"])]
        for grouping in [CorpusGrouping.period(.year), .period(.month), .period(.quarter), .field("source")] {
            let g1 = try CorpusQueries.groups(in: store, where: DocumentFilter(), by: grouping)
            let g2 = try CorpusQueries.groups(in: memory, where: DocumentFilter(), by: grouping)
            #expect(g1.buckets.map(\.period) == g2.buckets.map(\.period))
            let t1 = try CorpusQueries.trend(of: queries, in: store, groups: g1)
            let t2 = try CorpusQueries.trend(of: queries, in: memory, groups: g2)
            #expect(t1 == t2, "\(grouping)")
            // ＡＩ is folded to AI by normalization: 2 occurrences in all.
            #expect(t1[2].points.reduce(0) { $0 + $1.count } == 2)
            let p1 = try CorpusQueries.trend(of: [], phrases: .default, in: store, groups: g1)
            let p2 = try CorpusQueries.trend(of: [], phrases: .default, in: memory, groups: g2)
            #expect(p1 == p2 && !p1.isEmpty)
            let r1 = try CorpusQueries.risingAndFalling(in: store, groups: g1, limit: 10, minimumCount: 1, model: try .content())
            let r2 = try CorpusQueries.risingAndFalling(in: memory, groups: g2, limit: 10, minimumCount: 1, model: try .content())
            #expect(r1.rising == r2.rising && r1.falling == r2.falling)
        }
    }

    @Test func storeAndFilesGiveTheSameKeynessCountsAndConcordance() throws {
        let (dir, docs) = try Self.fixture()
        let store = try Self.store(docs, in: dir)
        let memory = InMemoryCorpus(documents: docs)
        let filterA = try DocumentFilter(parsing: ["source=县报"]), filterB = try DocumentFilter(parsing: ["source=市报"])
        let c1 = try CorpusQueries.compare(a: "A", try store.entries(matching: filterA), b: "B", try store.entries(matching: filterB), in: store, model: try .content())
        let c2 = try CorpusQueries.compare(a: "A", memory.entries(matching: filterA), b: "B", memory.entries(matching: filterB), in: memory, model: try .content())
        #expect(c1.keyness == c2.keyness && c1.new == c2.new && c1.vanished == c2.vanished && c1.phrases == c2.phrases)
        #expect(c1.a == c2.a && c1.b == c2.b && c1.similarity == c2.similarity && !c1.keyness.isEmpty)

        let all1 = try store.entries(matching: DocumentFilter()), all2 = memory.entries(matching: DocumentFilter())
        #expect(all1.map(\.record) == all2.map(\.record))
        for filter in [TermFilter(), TermFilter(excludeNumbers: false, minimumLength: 2), TermFilter(includePOS: ["n", "vn"]), try .content(), .allTerms] {
            for ngram in [1, 2] {
                let f1 = try CorpusQueries.frequencies(of: all1, in: store, filter: filter, ngram: ngram)
                let f2 = try CorpusQueries.frequencies(of: all2, in: memory, filter: filter, ngram: ngram)
                #expect(f1 == f2)
                // And both equal what `freq` computes from the text directly.
                let direct = docs.map { TermCounts(text: $0.text, segmenter: LexiconSegmenter.shared, filter: filter, ngram: ngram) }
                #expect(f1 == direct)
                // Entries in another order (streamed counts come back in the store's order): each still gets its own.
                let reversed = try CorpusQueries.frequencies(of: all1.reversed(), in: store, filter: filter, ngram: ngram)
                #expect(reversed == f1.reversed())
                // A subset skipping documents: each entry gets its own counts, none shifted.
                let every2nd = all1.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
                #expect(try CorpusQueries.frequencies(of: every2nd, in: store, filter: filter, ngram: ngram)
                        == f1.enumerated().filter { $0.offset % 2 == 0 }.map(\.element))
            }
        }
        // The Traditional document's words are counted under their Simplified keys and show their written forms.
        let merged = FrequencyTable(documents: try CorpusQueries.frequencies(of: all1, in: store, filter: try .content()))
        #expect(merged.rows().first { $0.term == "新质生产力" }?.variants.contains("新質生產力") == true)
        for term in ["新质生产力", "AI", "发展", "不存在的词"] {
            let k1 = try CorpusQueries.concordance(of: term, in: all1, source: store, context: 8)
            let k2 = try CorpusQueries.concordance(of: term, in: all2, source: memory, context: 8)
            #expect(k1.map(\.hits) == k2.map(\.hits))
        }
        // Offsets lead to the original file: the hit at ＡＩ reports the full-width original characters.
        let ai = try CorpusQueries.concordance(of: "AI", in: all1, source: store).flatMap(\.hits)
        #expect(ai.map(\.text) == ["ＡＩ", "ＡＩ"])
    }

    @Test func profilesFromStoredTermsEqualTermCounting() throws {
        let (_, docs) = try Self.fixture()
        for model in [try TermModel.content(), .allTerms, try .keywords()] {
            let counting = TermCounting(segmenter: LexiconSegmenter.shared, units: PolicyPhrases.default, model: model)
            for doc in docs {
                #expect(DocumentTerms(text: doc.text).profile(model: model) == counting.profile(of: doc.text))
            }
        }
    }

    /// The store sums profiles per group from its term ids; the sum must be the per-document profiles' sum (what
    /// every other source computes), for each term model, for overlapping groups and for an empty one.
    @Test func mergedProfilesFromTermIDsEqualTheSumOfDocumentProfiles() throws {
        let (dir, _) = try Self.fixture()
        let store = try CorpusStore(path: dir.appendingPathComponent("m.db").path, create: true)
        let inputs = Self.texts.map { CorpusInput.file(InputItem(file: dir.appendingPathComponent($0.name).path, path: dir.appendingPathComponent($0.name).path)) }
        _ = try store.add(inputs, jobs: 2)
        let entries = try store.entries(matching: DocumentFilter())
        let keys = entries.map(\.key)
        let groups = [keys, Array(keys.prefix(2)), Array(keys.suffix(3)), [], [keys[0], keys[0 + 1]]]
        #expect(keys.count == 6)
        for model in [try TermModel.content(), .allTerms, try .series()] {
            let merged = try store.mergedProfiles(of: groups, model: model)
            for (g, group) in groups.enumerated() {
                let expected = TermProfile.merged(try CorpusQueries.profiles(of: entries.filter { group.contains($0.key) }, in: store, model: model))
                #expect(merged[g] == expected, "group \(g)")
            }
            #expect(merged[0].documents == 6 && merged[3] == TermProfile())
        }
    }

    @Test func addSkipsUnchangedReplacesChangedAndRemoves() throws {
        let (dir, _) = try Self.fixture()
        let store = try CorpusStore(path: dir.appendingPathComponent("c.db").path, create: true)
        let inputs = Self.texts.map { CorpusInput.file(InputItem(file: dir.appendingPathComponent($0.name).path, path: dir.appendingPathComponent($0.name).path)) }
        var first = try store.add(inputs, jobs: 2)
        #expect((first.added, first.updated, first.unchanged, first.failed, first.documents) == (6, 0, 0, 0, 6))
        first = try store.add(inputs, jobs: 2)
        #expect((first.added, first.updated, first.unchanged, first.documents) == (0, 0, 6, 6))
        try Data("改写后的文本，发展新质生产力。\n".utf8).write(to: dir.appendingPathComponent(Self.texts[0].name))
        let order = try store.entries(matching: DocumentFilter()).map(\.record.id)
        let third = try store.add(inputs, jobs: 1)
        #expect((third.added, third.updated, third.unchanged) == (0, 1, 5))
        #expect(try store.entries(matching: DocumentFilter()).map(\.record.id) == order)   // replaced in place
        #expect(try store.check().isEmpty)
        #expect(try store.remove(where: try DocumentFilter(parsing: ["date<=2023"])) == 2)
        #expect(try store.count() == 4)
        #expect(try store.check().isEmpty)
        #expect(try store.reindex(jobs: 2) == 4)
        #expect(try store.check().isEmpty)
    }

    @Test func rowsAreIdentifiedByIDOrTextHash() throws {
        let dir = try TestSupport.temporaryDirectory()
        let store = try CorpusStore(path: dir.appendingPathComponent("rows.db").path, create: true)
        let jsonl = """
            {"id": "a1", "date": "2025-03-05 08:00:00", "source": "新华社", "title": "甲", "text": "发展新质生产力。"}
            {"text": "没有编号的文本，推动高质量发展。", "published": "2024-12", "views": 12}
            not json
            {"id": "a2", "date": "2025-02-30", "text": "日期不对。"}
            """
        var rows: [CorpusInput] = []
        var errors: [String] = []
        DocumentRows.jsonl(Array(jsonl.utf8), file: "docs.jsonl", fields: RowFields()) { r in
            switch r {
            case let .success(row): rows.append(.row(row))
            case let .failure(e): errors.append(e.description)
            }
        }
        #expect(errors.count == 1 && errors[0].hasPrefix("docs.jsonl:3: not valid JSON"))
        var problems: [String] = []
        let s = try store.add(rows, problem: { problems.append($0.description) })
        #expect((s.added, s.failed) == (2, 1))
        #expect(problems.count == 1 && problems[0].hasPrefix("docs.jsonl:4: bad date"))
        let entries = try store.entries(matching: DocumentFilter())
        #expect(entries[0].record.id == "a1" && entries[0].record.fields == ["source": "新华社"] && entries[0].record.title == "甲")
        #expect(entries[0].record.date?.description == "2025-03-05")
        #expect(entries[1].record.id == SHA256.hex("没有编号的文本，推动高质量发展。") && entries[1].record.fields == ["views": "12"])
        #expect(try store.add(rows).unchanged == 2)
        #expect(try store.fieldNames() == ["source", "views"])
    }

    /// Narrowing by the trigram index leaves out only documents without the term, keeps the corpus order and the
    /// filter, and falls back to every entry for terms shorter than three characters.
    @Test func entriesThatMayContainATermKeepEveryDocumentThatDoes() throws {
        let (dir, docs) = try Self.fixture()
        let store = try Self.store(docs, in: dir)
        let memory = InMemoryCorpus(documents: docs)
        for term in ["新质生产力", "高质量发展", "ＡＩ赋能", "稳中求进", "没有的词语", "发展", "新质生產力"] {
            for filter in [DocumentFilter(), try DocumentFilter(parsing: ["source=市报"])] {
                let all = try store.entries(matching: filter)
                let narrowed = try store.entries(matching: filter, mayContain: term)
                let holding = try memory.entries(matching: filter).filter { e in
                    TermOccurrences(term).count(in: docs[e.key].text.scalars) > 0
                }.map(\.record.id)
                // Every document holding the term is kept, in corpus order; nothing outside the filter is.
                #expect(Set(holding).isSubset(of: Set(narrowed.map(\.record.id))), "\(term)")
                #expect(narrowed.map(\.record.id) == all.map(\.record.id).filter(Set(narrowed.map(\.record.id)).contains), "\(term)")
                // Terms of fewer than three characters cannot be narrowed: every entry.
                if term.unicodeScalars.count < 3 { #expect(narrowed.map(\.record.id) == all.map(\.record.id)) }
            }
        }
        // The index does narrow: 没有的词语 is in no document.
        #expect(try store.entries(matching: DocumentFilter(), mayContain: "没有的词语").isEmpty)
    }

    /// The same rows given twice in one add (a crawler delivering an article twice): the second copy is unchanged
    /// however far the writer thread has got, so the counts and the store are the same for any jobs and batch size.
    @Test(arguments: [(1, 1), (2, 1), (2, 3), (2, 64)])
    func aDocumentGivenTwiceInOneAddIsUnchangedTheSecondTime(jobs: Int, batchSize: Int) throws {
        let dir = try TestSupport.temporaryDirectory()
        let store = try CorpusStore(path: dir.appendingPathComponent("twice.db").path, create: true)
        let texts = (0..<20).map { "第\($0)篇：推动高质量发展，发展新质生产力。" }
        // Rows without an id (identity: the text's hash) and rows with one, each given twice, the copies 20 rows apart.
        var rows: [CorpusInput] = []
        for copy in 0..<2 {
            for (i, t) in texts.enumerated() {
                rows.append(.row(DocumentRow(file: "rows", line: copy * 20 + i + 1, id: i % 2 == 0 ? nil : "id\(i)", text: t, date: "2025-01-01", fields: [:])))
            }
        }
        let s = try store.add(rows, jobs: jobs, batchSize: batchSize)
        #expect((s.added, s.updated, s.unchanged, s.documents) == (20, 0, 20, 20))
        #expect(try store.check().isEmpty)
    }

    /// When reading the input fails part-way (a JSONL file that cannot be read further), the documents analysed
    /// before the failure are written, and the error is thrown.
    @Test func documentsReadBeforeAnInputFailureAreWritten() throws {
        let dir = try TestSupport.temporaryDirectory()
        let store = try CorpusStore(path: dir.appendingPathComponent("partial.db").path, create: true)
        var chunk = 0
        #expect(throws: CorpusStoreError.self) {
            _ = try store.add(next: { () throws(CorpusStoreError) -> [CorpusInput]? in
                chunk += 1
                if chunk == 3 { throw .failed(path: "input", reason: "read error") }
                return (0..<5).map { .row(DocumentRow(file: "rows", line: chunk * 10 + $0, id: "c\(chunk)-\($0)", text: "第\(chunk)批第\($0)篇，推动高质量发展。", date: "2025-01-01", fields: [:])) }
            }, jobs: 2, batchSize: 3)
        }
        #expect(try store.count() == 10)
        #expect(try store.check().isEmpty)
    }

    @Test func missingForeignAndDamagedFilesAreRefusedWithoutChangingThem() throws {
        let dir = try TestSupport.temporaryDirectory()
        let missing = dir.appendingPathComponent("none.db").path
        #expect(throws: CorpusStoreError.missing(path: missing)) { try CorpusStore(path: missing) }
        #expect(!FileManager.default.fileExists(atPath: missing))
        let text = dir.appendingPathComponent("notes.txt").path
        try Data("这是一份笔记，不是语料库。".utf8).write(to: URL(fileURLWithPath: text))
        #expect(throws: CorpusStoreError.notACorpus(path: text, reason: "not an SQLite database")) { try CorpusStore(path: text, create: true) }
        #expect(try String(contentsOfFile: text, encoding: .utf8) == "这是一份笔记，不是语料库。")
        // Another application's database: refused, and left in its journal mode.
        let other = dir.appendingPathComponent("other.db").path
        let queue = try GRDBTestDatabase.make(path: other)
        _ = queue
        let before = try Data(contentsOf: URL(fileURLWithPath: other))
        #expect(throws: CorpusStoreError.notACorpus(path: other, reason: "an SQLite database of something else")) { try CorpusStore(path: other, create: true) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: other)) == before)
    }

    @Test func storedTextDamageIsFoundByCheck() throws {
        let (dir, docs) = try Self.fixture()
        let store = try Self.store(docs, in: dir)
        #expect(try store.check().isEmpty)
        try store.pool.write { db in try db.execute(sql: "UPDATE texts SET original = x'ff' WHERE doc = 1") }
        try store.pool.write { db in try db.execute(sql: "UPDATE documents SET characters = 1 WHERE rowid = 2") }
        let problems = try store.check()
        #expect(problems.count == 2, "\(problems)")
    }
}

/// The trigram index query: every trigram of the string once, quotes doubled; nothing for strings the index cannot
/// narrow (fewer than three scalars).
@Suite struct TrigramQueryTests {
    @Test func queries() {
        let cases: [(String, String?, String)] = [
            ("新质", nil, "two characters: no trigram"),
            ("新质生", "\"新质生\"", "one trigram"),
            ("新质生产力", "\"新质生\" AND \"质生产\" AND \"生产力\"", "each trigram of the string"),
            ("哈哈哈哈", "\"哈哈哈\"", "a repeated trigram once"),
            ("a\"bc", "\"a\"\"b\" AND \"\"\"bc\"", "a quote doubled inside the FTS5 string"),
        ]
        for (pattern, expected, reason) in cases { #expect(CorpusStore.trigramQuery(pattern) == expected, "\(reason)") }
    }
}
