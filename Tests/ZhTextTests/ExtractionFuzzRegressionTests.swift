import Foundation
import Testing
import ZhTextTestSupport

/// Structure-aware seeds of the extraction fuzz path (deep nesting, huge attributes, entity definitions, unclosed
/// tags, Markdown) and any crash it finds: `ExtractionCheck`'s invariants hold on each. The folder must not be empty.
@Suite struct ExtractionFuzzRegressionTests {
    static let folder = TestSupport.fixture("fuzz-extraction", target: "ZhTextTests")

    @Test func folderHoldsTheSeeds() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
        #expect(names.count >= 6)
    }

    @Test(arguments: ["html-deep-nesting.html", "html-huge-attribute.html", "html-entities.html", "html-unclosed.html",
                      "html-portal.html", "markdown-transcript.md",
                      // Found by the fuzzer: `<斜体` (a `<` libxml2 gives back as text) mapped to a `>`.
                      "crash-lt-as-text.html",
                      // Found by the fuzzer: `<;&gt;` amid hundreds of `<b>`: the `<` mapped to the `>` before it.
                      "crash-lt-among-deep-inline.html"])
    func invariantsHold(_ name: String) throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent(name))
        #expect(ExtractionCheck.check([UInt8](data)) == nil)
    }
}
