import Foundation

/// The compiled form of the bundled lexicon and HMM: what start-up reads instead of parsing the TSV files.
///
/// Binary, little-endian, 8-byte aligned sections: a header (`ZTLX`, format version, hash of the source files,
/// ln of the total frequency), the trie's flat arrays (``WordTrie``) and the HMM tables. Derived from
/// `Dictionaries/`, never edited; a different source hash means rebuild.
struct CompiledLexicon: Sendable {
    static let magic: UInt32 = 0x584C_545A  // "ZTLX"
    static let formatVersion: UInt32 = 7

    var trie: WordTrie
    /// Natural log of the total frequency of the general lexicon.
    var logTotal: Double
    var hmm: HMMModel

    /// Compiles entries in memory.
    init(entries: [LexiconEntry], logTotal: Double, hmm: HMMModel) {
        let bytes = Self.encode(entries: entries, logTotal: logTotal, hmm: hmm, sourceHash: 0)
        self = Self.decode(TrieMemory(copying: bytes), sourceHash: 0)!
    }

    private init(trie: WordTrie, logTotal: Double, hmm: HMMModel) {
        self.trie = trie; self.logTotal = logTotal; self.hmm = hmm
    }

    static func encode(entries: [LexiconEntry], logTotal: Double, hmm: HMMModel, sourceHash: UInt64,
                       merge: (LexiconEntry, LexiconEntry) -> LexiconEntry = { $1 }) -> [UInt8] {
        var w = BinaryWriter()
        w.put(magic); w.put(formatVersion); w.put(sourceHash); w.put(logTotal.bitPattern)
        WordTrie.encode(entries: entries, logTotal: logTotal, into: &w, merge: merge)
        w.put(hmm.start); w.put(hmm.trans); w.put(hmm.chars); w.put(hmm.emit)
        return w.bytes
    }

    /// Decodes a compiled lexicon, or `nil` when the memory does not hold one built from sources with `sourceHash`.
    static func decode(_ memory: TrieMemory, sourceHash: UInt64) -> CompiledLexicon? {
        var r = BinaryReader(memory: memory, offset: 0)
        guard r.get(UInt32.self) == magic, r.get(UInt32.self) == formatVersion, r.get(UInt64.self) == sourceHash,
              let totalBits = r.get(UInt64.self), let trie = WordTrie.decode(&r),
              let start = r.view(Double.self), let trans = r.view(Double.self), let chars = r.view(UInt32.self),
              let emit = r.view(Double.self), r.atEnd,
              start.count == 4, trans.count == 16, emit.count == chars.count * 4
        else { return nil }
        return CompiledLexicon(trie: trie, logTotal: Double(bitPattern: totalBits),
                               hmm: HMMModel(start: Array(start), trans: Array(trans), chars: Array(chars), emit: Array(emit)))
    }
}

/// Appends fixed-width values and counted, 8-byte aligned arrays, little-endian.
struct BinaryWriter {
    var bytes: [UInt8] = []

    mutating func put<T: FixedWidthInteger>(_ v: T) {
        withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) }
        while bytes.count % 8 != 0 { bytes.append(0) }
    }

    mutating func put<T: BitwiseCopyable>(_ a: [T]) {
        put(UInt64(a.count))
        a.withUnsafeBytes { bytes.append(contentsOf: $0) }
        while bytes.count % 8 != 0 { bytes.append(0) }
    }
}

/// Reads what ``BinaryWriter`` wrote, as views into `memory` (no copies); every read checks bounds.
struct BinaryReader {
    let memory: TrieMemory
    var offset: Int

    var atEnd: Bool { offset == memory.size }

    mutating func get<T: FixedWidthInteger>(_: T.Type) -> T? {
        let size = MemoryLayout<T>.size
        guard offset + size <= memory.size else { return nil }
        let v = memory.base.loadUnaligned(fromByteOffset: offset, as: T.self)
        offset += (size + 7) & ~7
        return T(littleEndian: v)
    }

    mutating func view<T: BitwiseCopyable>(_: T.Type) -> UnsafeBufferPointer<T>? {
        guard let count64 = get(UInt64.self), count64 < UInt64(Int32.max) else { return nil }
        let count = Int(count64)
        let size = count * MemoryLayout<T>.stride
        guard offset + size <= memory.size, offset % MemoryLayout<T>.alignment == 0 else { return nil }
        let p = (memory.base + offset).bindMemory(to: T.self, capacity: count)
        offset += (size + 7) & ~7
        return UnsafeBufferPointer(start: p, count: count)
    }
}
