import Foundation
import ZhTextData

/// Reads a bundled data file (relative to the `Dictionaries/` folder) as UTF-8 text.
enum BundledText {
    static func read(_ relativePath: String) throws -> String {
        guard let directory = BundledDictionaries.directory else {
            throw ZhTextError.missingData(what: relativePath, searched: BundledDictionaries.searchedPlaces)
        }
        return try readFile(directory.appendingPathComponent(relativePath).path)
    }

    /// Reads any file as UTF-8 text (data files are UTF-8 by definition); errors name the file.
    static func readFile(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ZhTextError.unreadable(file: path, reason: "no such file or not readable")
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
