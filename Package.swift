// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "ZhText",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "ZhText", targets: ["ZhText"]),
        // The corpus store (SQLite through GRDB) in a product of its own: a consumer of `ZhText` does not build GRDB.
        .library(name: "ZhTextStore", targets: ["ZhTextStore"]),
        // `zhtext serve`: the browser explorer and JSON API (Hummingbird) in a product of its own, so that a consumer of
        // `ZhText` or `ZhTextStore` does not build the HTTP server.
        .library(name: "ZhTextServe", targets: ["ZhTextServe"]),
        .executable(name: "zhtext", targets: ["zhtext"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // No default traits: swift-configuration and full-Foundation form coding are not used (less to build).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        // Already dependencies of Hummingbird: named for the logger (to standard error) and the listening channel.
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        // `swift package generate-documentation --target ZhText` (DocC catalog in Sources/ZhText/ZhText.docc).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // System ICU with stable-named `static inline` wrappers (ICU renames its C symbols per version).
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-i18n",
            providers: [.apt(["libicu-dev", "pkg-config"])]
        ),
        // Own C functions over ICU's C API; its public header exposes no ICU type, so no Swift module loads the system
        // ICU headers next to Foundation's _FoundationICU (whose UErrorCode differs: a consumer's build would fail).
        .target(name: "CICUShim", dependencies: ["CICU"]),
        // The only Swift code that touches ICU (through CICUShim).
        .target(name: "ZhTextICU", dependencies: ["CICUShim"]),
        // libxml2's HTML parser: its headers include ICU's, so only the plain C shim below includes them.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // Own C functions over libxml2's HTML parser; its public header exposes no libxml2 type.
        .target(name: "CLibXML2Shim", dependencies: ["CLibXML2"]),
        // HTML parse tree as Swift values (no Foundation).
        .target(name: "ZhTextHTML", dependencies: ["CLibXML2Shim"]),
        // The top-level Dictionaries/ folder as a resource target with one accessor file.
        .target(
            name: "ZhTextData",
            path: "Dictionaries",
            exclude: ["README.md"],
            sources: ["ZhTextData.swift"],
            resources: [.copy("normalization"), .copy("encoding"), .copy("policy"), .copy("lexicon"), .copy("hmm"), .copy("stopwords"), .copy("idf"), .copy("reference")]
        ),
        .target(name: "ZhText", dependencies: ["ZhTextICU", "ZhTextData", "ZhTextHTML"]),
        // The corpus store: one SQLite file (GRDB) answering every corpus query without segmenting again.
        .target(name: "ZhTextStore", dependencies: ["ZhText", .product(name: "GRDB", package: "GRDB.swift")]),
        // The corpus explorer: HTTP server, JSON API and server-rendered pages over a corpus store.
        .target(
            name: "ZhTextServe",
            dependencies: [
                "ZhText", "ZhTextStore", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"), .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"), .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .executableTarget(
            name: "zhtext",
            dependencies: ["ZhText", "ZhTextStore", "ZhTextServe", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .target(name: "ZhTextTestSupport", dependencies: ["ZhText"]),
        // libFuzzer target (built with -sanitize=fuzzer -DFUZZING); a regression runner when built normally.
        .executableTarget(name: "zhtext-fuzz", dependencies: ["ZhTextTestSupport"]),
        .testTarget(name: "ZhTextICUTests", dependencies: ["ZhTextICU"]),
        .testTarget(name: "ZhTextTests", dependencies: ["ZhText", "ZhTextTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "zhtextTests", dependencies: ["ZhTextTestSupport"], exclude: ["Fixtures", "Snapshots"]),
        .testTarget(name: "ZhTextHTMLTests", dependencies: ["ZhTextHTML"]),
        .testTarget(
            name: "ZhTextServeTests",
            dependencies: [
                "ZhTextServe", "ZhTextStore", "ZhTextTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"), .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .testTarget(name: "ZhTextStoreTests", dependencies: ["ZhTextStore", "ZhTextTestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
    ],
    swiftLanguageModes: [.v6]
)

// Swift 6 language mode per target too (strict concurrency: `Sendable` promises are checked), including targets added
// later; `.ci/run` checks `swift package dump-package` for it.
for target in package.targets where target.type != .system && target.type != .binary && target.type != .plugin {
    target.swiftSettings = (target.swiftSettings ?? []) + [.swiftLanguageMode(.v6)]
}
