import Foundation
import Testing
import ZhText
import ZhTextTestSupport

/// Every bundled data file is listed in Dictionaries/README.md's provenance table with its current row count and
/// sha256 (Scripts/update_dictionary_provenance.py refreshes both), and the notices its licence requires are in NOTICE.
@Suite struct DictionaryProvenanceTests {
    static let root = TestSupport.packageRoot.appendingPathComponent("Dictionaries")

    /// The data files, found by walking the folder (an empty list fails `theFolderHoldsTheDataFiles`).
    static let dataFiles: [String] = {
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { return [] }
        return walker.compactMap { $0 as? String }
            .filter { ($0.hasSuffix(".tsv") || $0.hasSuffix(".txt")) && !($0 as NSString).lastPathComponent.hasPrefix("LICENSE-") }
            .sorted()
    }()

    /// The provenance table's row for `file`, split into trimmed cells.
    static func listing(of file: String) throws -> [String] {
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let line = readme.split(separator: "\n").first { $0.hasPrefix("| `\(file)` |") }
        let listed = try #require(line, "\(file) is not in Dictionaries/README.md")
        return listed.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
    }

    @Test func theFolderHoldsTheDataFiles() {
        // The lexicon, IDF table and HMM are what every command needs; if the walk finds none of them, the
        // per-file tests below would run zero cases.
        for file in ["lexicon/words.tsv", "idf/zh.tsv", "hmm/emit.tsv", "stopwords/zh.txt", "policy/phrases.tsv"] {
            #expect(Self.dataFiles.contains(file), "\(file) not found under \(Self.root.path)")
        }
    }

    @Test(arguments: dataFiles)
    func listedWithItsRowCountAndHash(_ file: String) throws {
        let bytes = try Data(contentsOf: Self.root.appendingPathComponent(file))
        let data = String(decoding: bytes, as: UTF8.self)
        let rows = data.split(separator: "\n", omittingEmptySubsequences: true).filter { !$0.hasPrefix("#") }.count
        let cells = try Self.listing(of: file)
        #expect(cells[2] == String(rows), "\(file): README says \(cells[2]) rows, the file has \(rows)")
        // The README shows a prefix of the hash between backquotes, ending with "…".
        let listedHash = cells[3].trimmingCharacters(in: CharacterSet(charactersIn: "`…"))
        let actual = SHA256.hex(bytes)
        #expect(listedHash.count >= 16 && actual.hasPrefix(listedHash),
                "\(file): README says sha256 \(listedHash)…, the file's is \(actual) (run Scripts/update_dictionary_provenance.py)")
    }

    /// A file taken from an MIT-licensed project ("MIT (name)" in its licence cell) needs that project's copyright and
    /// permission notice in NOTICE.
    @Test(arguments: dataFiles)
    func mitLicensedSourcesHaveTheirNoticeInNOTICE(_ file: String) throws {
        let licence = try Self.listing(of: file)[5]
        guard licence.hasPrefix("MIT") else { return }
        let notice = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("NOTICE"), encoding: .utf8)
        let project = licence.drop { $0 != "(" }.dropFirst().prefix { $0 != ")" }
        #expect(!project.isEmpty, "\(file): licence cell \"\(licence)\" should name the project, as in \"MIT (jieba)\"")
        #expect(notice.localizedCaseInsensitiveContains(String(project)), "NOTICE has no section for \(project) (\(file))")
        #expect(notice.contains("Permission is hereby granted, free of charge"), "NOTICE lacks the MIT permission notice")
    }

    /// Data derived from a licensed source keeps the source's copyright and permission notice beside it.
    @Test func thuoclNoticeIsKept() throws {
        let notice = try String(contentsOf: Self.root.appendingPathComponent("lexicon/LICENSE-THUOCL.txt"), encoding: .utf8)
        #expect(notice.contains("Copyright (c) 2018 THUNLP") && notice.contains("Permission is hereby granted"))
        let head = try String(contentsOf: Self.root.appendingPathComponent("lexicon/thuocl.tsv"), encoding: .utf8).prefix(400)
        #expect(head.contains("THUOCL") && head.contains("MIT") && head.contains("LICENSE-THUOCL.txt"))
    }

    @Test func everyDataFileHasAHeaderNamingItsSource() throws {
        for file in Self.dataFiles where !file.hasPrefix("encoding/") {
            let head = try String(contentsOf: Self.root.appendingPathComponent(file), encoding: .utf8).prefix(400)
            #expect(head.hasPrefix("#"), "\(file) has no # header")
        }
    }
}
