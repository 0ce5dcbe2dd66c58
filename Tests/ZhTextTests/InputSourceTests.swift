import Foundation
import Testing
import ZhTextTestSupport
@testable import ZhText

@Suite struct InputSourceTests {
    @Test func directoriesAreWalkedRecursivelyInOrderAndLoopsAreSkipped() throws {
        let dir = try TestSupport.temporaryDirectory()
        let fm = FileManager.default
        try fm.createDirectory(at: dir.appendingPathComponent("b/sub"), withIntermediateDirectories: true)
        for name in ["b/sub/z.md", "b/a.txt", "c.html", "ignored.pdf", ".hidden.txt"] {
            try "文本".write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("b/sub/loop").path, withDestinationPath: dir.appendingPathComponent("b").path)
        let items = InputCollector.collect([dir.path]).compactMap { try? $0.get() }
        #expect(items.map(\.file) == ["\(dir.path)/b/a.txt", "\(dir.path)/b/sub/z.md", "\(dir.path)/c.html"])
    }

    @Test func missingFilesAndEmptyDirectoriesAreErrorsInPlace() throws {
        let dir = try TestSupport.temporaryDirectory()
        let results = InputCollector.collect(["/no/such/file.txt", dir.path])
        #expect(results.count == 2)
        guard case let .failure(e1) = results[0], case let .failure(e2) = results[1] else { Issue.record("expected errors"); return }
        #expect(e1.description == "/no/such/file.txt: cannot read (no such file or directory)")
        #expect(e2.description.hasSuffix(": no text files (.txt, .md, .html, .htm) in this directory"))
    }

    @Test func noPathMeansStandardInput() {
        #expect(InputCollector.collect([]).compactMap { try? $0.get() } == [.standardInput])
    }
}
