import Foundation

/// Where compiled lexicons are kept between runs, and how a stale one is recognised.
///
/// The cache folder is `$XDG_CACHE_HOME/zhtext`, else `~/.cache/zhtext`. A compiled file is named after a hash of
/// every source file's bytes and of the format version, so editing a source (or upgrading ZhText) builds a new one.
/// When the folder cannot be written, the lexicon is simply built in memory on every run (slower start-up, same
/// results).
public enum LexiconCache {
    /// The cache folder that would be used, or `nil` when neither `XDG_CACHE_HOME` nor `HOME` is set.
    public static var directory: URL? {
        let env = ProcessInfo.processInfo.environment
        if let xdg = env["XDG_CACHE_HOME"], !xdg.isEmpty {
            return URL(fileURLWithPath: xdg, isDirectory: true).appendingPathComponent("zhtext", isDirectory: true)
        }
        if let home = env["HOME"], !home.isEmpty {
            return URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".cache/zhtext", isDirectory: true)
        }
        return nil
    }

    /// A 64-bit hash of byte strings (8 bytes at a time; not cryptographic: it detects edits, not attacks).
    /// - Complexity: O(n).
    static func hash(_ parts: [[UInt8]]) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(CompiledLexicon.formatVersion)
        @inline(__always) func mix(_ v: UInt64) {
            h = (h ^ v) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 31
        }
        for part in parts {
            mix(UInt64(part.count))
            part.withUnsafeBytes { raw in
                let n = raw.count / 8
                for i in 0..<n { mix(raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)) }
                var tail: UInt64 = 0
                for i in (n * 8)..<raw.count { tail = tail << 8 | UInt64(raw[i]) }
                mix(tail)
            }
        }
        return h
    }

    /// The compiled file for sources with `hash`.
    static func file(for hash: UInt64, in directory: URL) -> URL {
        directory.appendingPathComponent("lexicon-v\(CompiledLexicon.formatVersion)-\(String(hash, radix: 16)).bin")
    }

    /// Reads a compiled lexicon for `hash`, or `nil`.
    static func load(hash: UInt64) -> CompiledLexicon? {
        guard let dir = directory, let data = FileManager.default.contents(atPath: file(for: hash, in: dir).path) else { return nil }
        return CompiledLexicon.decode([UInt8](data), sourceHash: hash)
    }

    /// Writes a compiled lexicon atomically; failures (read-only folder, full disk) are ignored.
    static func store(_ compiled: CompiledLexicon, hash: UInt64) {
        guard let dir = directory else { return }
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            let target = file(for: hash, in: dir)
            let temporary = dir.appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
            try Data(compiled.encoded(sourceHash: hash)).write(to: temporary)
            if rename(temporary.path, target.path) != 0 { try? FileManager.default.removeItem(at: temporary) }
        } catch {
            // An unwritable cache only costs start-up time.
        }
    }
}
