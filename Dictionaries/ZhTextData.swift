import Foundation

/// Where ZhText's bundled dictionaries live.
///
/// Looked up in order: the `ZHTEXT_DICTIONARIES` environment variable; the resource bundle SwiftPM installs next to
/// the executable (`zhtext_ZhTextData.resources`); the `Dictionaries/` folder of the source tree this was built from.
/// (SwiftPM's generated `Bundle.module` is not used: it aborts the process when the bundle is missing.)
public enum BundledDictionaries {
    /// The environment variable that overrides the location.
    public static let environmentVariable = "ZHTEXT_DICTIONARIES"

    /// The dictionaries folder, or `nil` when none of the places holds one.
    public static let directory: URL? = locate()

    /// Every place looked at, in order (for error messages).
    public static var searchedPlaces: [String] { candidates().map(\.path) }

    private static func candidates() -> [URL] {
        var result: [URL] = []
        if let env = ProcessInfo.processInfo.environment[environmentVariable], !env.isEmpty {
            result.append(URL(fileURLWithPath: env, isDirectory: true))
        }
        let bundleName = "ZhText_ZhTextData.resources"
        var executableDirs: [URL] = []
        if let exe = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            executableDirs.append(exe.deletingLastPathComponent())
        }
        executableDirs.append(Bundle.main.bundleURL)
        for dir in executableDirs {
            result.append(dir.appendingPathComponent(bundleName, isDirectory: true))
            result.append(dir.appendingPathComponent("../share/zhtext/Dictionaries", isDirectory: true).standardizedFileURL)
        }
        // The source tree (swift run / swift test from a checkout).
        result.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent())
        var seen = Set<String>()
        return result.filter { seen.insert($0.standardizedFileURL.path).inserted }
    }

    private static func locate() -> URL? {
        let marker = "encoding/frequent-han.txt"
        for url in candidates() where FileManager.default.fileExists(atPath: url.appendingPathComponent(marker).path) {
            return url
        }
        return nil
    }
}
