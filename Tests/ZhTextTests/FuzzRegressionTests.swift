import Foundation
import Testing
import ZhTextTestSupport

/// Inputs found by the fuzzer (`Fuzz/run.sh`) and seeds: every invariant of `LosslessCheck` must hold on each.
@Suite struct FuzzRegressionTests {
    static let directory = TestSupport.fixture("fuzz", target: "ZhTextTests")

    /// The regression inputs; a missing or unreadable folder gives an empty list, which `theCasesExist` rejects.
    static let files: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()

    @Test func theCasesExist() throws {
        // Without this, moving the folder would make `invariantsHold` run zero cases and pass.
        let found = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path)
        #expect(!found.isEmpty, "no regression inputs in \(Self.directory.path)")
    }

    @Test(arguments: files)
    func invariantsHold(_ name: String) throws {
        let data = try Data(contentsOf: TestSupport.fixture("fuzz/\(name)", target: "ZhTextTests"))
        #expect(LosslessCheck.check([UInt8](data)) == nil)
    }
}
