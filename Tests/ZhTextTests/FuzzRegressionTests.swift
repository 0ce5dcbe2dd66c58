import Foundation
import Testing
import ZhTextTestSupport

/// Inputs found by the fuzzer (`Fuzz/run.sh`) and seeds: every invariant of `LosslessCheck` must hold on each.
@Suite struct FuzzRegressionTests {
    static let files: [String] = {
        let dir = TestSupport.fixture("fuzz", target: "ZhTextTests")
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted()
    }()

    @Test(arguments: files)
    func invariantsHold(_ name: String) throws {
        let data = try Data(contentsOf: TestSupport.fixture("fuzz/\(name)", target: "ZhTextTests"))
        #expect(LosslessCheck.check([UInt8](data)) == nil)
    }
}
