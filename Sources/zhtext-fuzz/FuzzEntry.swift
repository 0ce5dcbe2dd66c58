// The fuzz target: decode → normalize → segment → phrases, checking the invariants of ZhTextTestSupport.LosslessCheck,
// then the extraction paths (HTML and Markdown) with ExtractionCheck. Seeds in Fuzz/corpus include structure-aware
// HTML (deep nesting, huge attributes, entity definitions, unclosed tags) and Markdown. Build and run with libFuzzer: `Fuzz/run.sh SECONDS` (coverage instrumentation
// plus libFuzzer's no-main runtime, driven by LLVMFuzzerRunDriver under -DFUZZING).
// Built normally it is a regression runner: `zhtext-fuzz FILE…` checks each file and exits 1 on a broken invariant.
import Foundation
import ZhTextTestSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let broken = LosslessCheck.check(bytes) ?? ExtractionCheck.check(bytes) {
        fatalError("invariant broken: \(broken)")
    }
    return 0
}

#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt

/// SwiftPM links an executable target's entry point as `<module>_main`; under FUZZING it hands over to libFuzzer.
@_cdecl("zhtext_fuzz_main")
func fuzzDriverMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzOne(data, size) }
}
#else
@main
struct FuzzRegressionRunner {
    static func main() {
        var failed = false
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("zhtext-fuzz: \(path): cannot read\n".utf8)); failed = true; continue
            }
            if let broken = LosslessCheck.check([UInt8](data)) ?? ExtractionCheck.check([UInt8](data)) {
                FileHandle.standardError.write(Data("zhtext-fuzz: \(path): \(broken)\n".utf8)); failed = true
            }
        }
        exit(failed ? 1 : 0)
    }
}
#endif
