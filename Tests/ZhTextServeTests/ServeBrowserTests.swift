import Foundation
import Testing
import ZhTextTestSupport

/// A real browser: headless Chromium driven by selenium (Tests/ZhTextServeTests/Browser/explore.py) types a term,
/// sees the chart drawn, clicks through to KWIC lines, and screenshots every page into
/// `.build/serve-screenshots/`. Skipped without Chromium or selenium (in `.build/selenium-venv`), except under
/// CI=true, where `.ci/run` installs them and the test is required.
@Suite(.serialized) struct ServeBrowserTests {
    static let python = TestSupport.packageRoot.appendingPathComponent(".build/selenium-venv/bin/python").path
    static var available: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium") && FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver")
            && FileManager.default.isExecutableFile(atPath: python)
    }
    static var required: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    @Test(.enabled(if: available || required, "needs chromium, chromedriver and .build/selenium-venv (CI=true requires them)"))
    func typeATermSeeTheChartClickThroughToKWIC() throws {
        try #require(Self.available, "CI=true: chromium, chromedriver and .build/selenium-venv with selenium are required")
        let store = try ServeFixture.makeStore()
        let server = try ServeProcess(store: store)
        defer { server.stop() }
        try #require(server.url.hasPrefix("http://127.0.0.1:"))
        let shots = TestSupport.packageRoot.appendingPathComponent(".build/serve-screenshots").path
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Self.python)
        p.arguments = [TestSupport.packageRoot.appendingPathComponent("Tests/ZhTextServeTests/Browser/explore.py").path, server.url, shots]
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "\(errors.suffix(3000))")
        #expect(output.contains("ok"))
        for name in ["trends", "kwic", "overview", "keyness", "phrases", "document", "add"] {
            #expect(FileManager.default.fileExists(atPath: shots + "/\(name).png"), "screenshot of \(name)")
        }
    }
}
