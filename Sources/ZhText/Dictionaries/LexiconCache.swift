import Foundation

/// Where compiled lexicons are kept between runs, and how a stale one is recognised.
///
/// The cache folder is `$XDG_CACHE_HOME/zhtext`, else `~/.cache/zhtext`. A compiled file is named after a hash of
/// every source file's bytes and of the format version, so editing a source (or upgrading ZhText) builds a new one.
/// Hashing 5 MB of sources on every start would cost more than the rest of start-up, so the content hash is also
/// recorded in a small stamp file named after the sources' file-system identity (path, size, modification time,
/// inode): while those are unchanged, the recorded hash is used; any change re-reads and re-hashes the contents.
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
    static func hash(_ parts: [Data]) -> UInt64 {
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

    /// A hash of the files' identity (path, size, modification time in nanoseconds, inode), or `nil` when one
    /// cannot be examined.
    static func identity(of paths: [String]) -> UInt64? {
        var parts: [Data] = []
        for path in paths {
            var st = stat()
            guard stat(path, &st) == 0 else { return nil }
            let numbers = [Int64(st.st_size), Int64(st.st_mtim.tv_sec), Int64(st.st_mtim.tv_nsec), Int64(st.st_ino)]
            parts.append(Data(path.utf8))
            parts.append(numbers.withUnsafeBytes { Data($0) })
        }
        return hash(parts)
    }

    /// The content hash recorded for sources with this identity, or `nil`.
    static func recordedHash(identity: UInt64, in directory: URL?) -> UInt64? {
        guard let dir = directory,
              let data = FileManager.default.contents(atPath: dir.appendingPathComponent("sources-\(String(identity, radix: 16)).hash").path),
              let text = String(data: data, encoding: .utf8) else { return nil }
        return UInt64(text.trimmingCharacters(in: .whitespacesAndNewlines), radix: 16)
    }

    /// Records the content hash for sources with this identity (failures ignored).
    static func record(hash: UInt64, identity: UInt64, in directory: URL?) {
        guard let dir = directory else { return }
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try? Data((String(hash, radix: 16) + "\n").utf8).write(to: dir.appendingPathComponent("sources-\(String(identity, radix: 16)).hash"), options: .atomic)
    }

    /// The compiled file for sources with `hash`.
    static func file(for hash: UInt64, in directory: URL) -> URL {
        directory.appendingPathComponent("lexicon-v\(CompiledLexicon.formatVersion)-\(String(hash, radix: 16)).bin")
    }

    /// Maps the compiled lexicon for `hash`, or `nil` when there is none (or it is not valid).
    static func load(hash: UInt64, from directory: URL?) -> CompiledLexicon? {
        guard let dir = directory, let memory = TrieMemory(mapping: file(for: hash, in: dir).path) else { return nil }
        return CompiledLexicon.decode(memory, sourceHash: hash)
    }

    /// Writes a compiled lexicon atomically and returns whether it worked (a read-only folder or full disk only
    /// costs start-up time).
    @discardableResult
    static func store(_ bytes: [UInt8], hash: UInt64, in directory: URL?) -> Bool {
        guard let dir = directory else { return false }
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            let target = file(for: hash, in: dir)
            let temporary = dir.appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
            try Data(bytes).write(to: temporary)
            if rename(temporary.path, target.path) != 0 {
                try? FileManager.default.removeItem(at: temporary)
                return false
            }
            return true
        } catch {
            return false
        }
    }
}
