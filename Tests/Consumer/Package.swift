// swift-tools-version:6.0
// A package that depends on ZhText as a user's would (a path dependency on this checkout); `.ci/run` builds it from an
// empty build folder, debug and release, so that a consumer's first build keeps working.
import Foundation
import PackageDescription

// A path dependency's identity is its folder's name, whatever the checkout is called.
let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

let package = Package(
    name: "Consumer",
    platforms: [.macOS(.v14)],
    dependencies: [.package(path: checkout.path)],
    targets: [
        .executableTarget(
            name: "Consumer",
            dependencies: [.product(name: "ZhText", package: checkout.lastPathComponent)]
        ),
    ],
    swiftLanguageModes: [.v6]
)
