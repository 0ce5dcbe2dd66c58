import Foundation
import Testing
import ZhTextTestSupport

/// Every bundled data file is listed in Dictionaries/README.md's provenance table with its current row count
/// (Scripts/update_dictionary_provenance.py refreshes rows and sha256).
@Suite struct DictionaryProvenanceTests {
    static let root = TestSupport.packageRoot.appendingPathComponent("Dictionaries")

    static let dataFiles: [String] = {
        let fm = FileManager.default
        guard let walker = fm.enumerator(atPath: root.path) else { return [] }
        return walker.compactMap { $0 as? String }
            .filter { ($0.hasSuffix(".tsv") || $0.hasSuffix(".txt")) && !($0 as NSString).lastPathComponent.hasPrefix("LICENSE-") }
            .sorted()
    }()

    @Test(arguments: dataFiles)
    func listedWithItsRowCount(_ file: String) throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let data = try String(contentsOf: Self.root.appendingPathComponent(file), encoding: .utf8)
        let rows = data.split(separator: "\n", omittingEmptySubsequences: true).filter { !$0.hasPrefix("#") }.count
        let line = readme.split(separator: "\n").first { $0.hasPrefix("| `\(file)` |") }
        let listed = try #require(line, "\(file) is not in Dictionaries/README.md")
        let cells = listed.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(cells[2] == String(rows), "\(file): README says \(cells[2]) rows, the file has \(rows)")
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
