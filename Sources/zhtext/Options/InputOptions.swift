import ArgumentParser
import Foundation
import ZhText

/// Inputs shared by every subcommand.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Files or directories to read (standard input when none, or `-`).", valueName: "path"))
    var paths: [String] = []

    @Option(help: ArgumentHelp("Decode every input with this encoding (e.g. GB18030, Big5, UTF-16LE) instead of detecting it.", valueName: "name"))
    var encoding: String?

    @Option(help: ArgumentHelp("Read bundled dictionaries from this folder (default: next to the binary, or $ZHTEXT_DICTIONARIES).", valueName: "dir"))
    var dictionaries: String?

    @Flag(help: "Keep Traditional and Simplified characters apart when counting (by default a text written in Traditional characters is folded to Simplified, so 發展 and 发展 are one term; what is shown stays as written).")
    var keepScript = false

    /// The normalizer of the analysis commands (``NormalizationOptions/foldScript`` unless `--keep-script`).
    var normalizer: Normalizer { keepScript ? Normalizer(options: NormalizationOptions(foldScript: false)) : .default }

    func validate() throws {
        if let encoding, !TextDecoder.isKnownEncoding(encoding) {
            throw ValidationError("unknown encoding \"\(encoding)\"")
        }
        if let dictionaries {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: dictionaries, isDirectory: &isDir), isDir.boolValue else {
                throw ValidationError("--dictionaries \(dictionaries): no such directory")
            }
        }
    }

    /// Applies `--dictionaries` (before any dictionary is loaded) and returns the decoder to use.
    func prepare() -> TextDecoder {
        if let dictionaries { setenv("ZHTEXT_DICTIONARIES", dictionaries, 1) }
        return TextDecoder(encoding: encoding)
    }
}
