import Foundation

/// The compiled form of the bundled lexicon and HMM: what start-up reads instead of parsing the TSV files.
///
/// Binary, little-endian, a header (`ZTLX`, format version, hash of the source files) followed by the trie's flat
/// arrays and the HMM tables. Derived from `Dictionaries/`, never edited; a different source hash means rebuild.
struct CompiledLexicon: Sendable {
    static let magic: UInt32 = 0x584C_545A  // "ZTLX"
    static let formatVersion: UInt32 = 1

    var trie: WordTrie
    /// Natural log of each word's probability: ln(max(freq, 1)) − ln(total).
    var logProb: [Float]
    /// Natural log of the total frequency of the general lexicon.
    var logTotal: Double
    var hmm: HMMModel

    init(trie: WordTrie, logTotal: Double, hmm: HMMModel) {
        self.trie = trie
        self.logTotal = logTotal
        self.hmm = hmm
        logProb = trie.frequencies.map { Float(log(Double(max($0, 1))) - logTotal) }
    }

    private init(trie: WordTrie, logProb: [Float], logTotal: Double, hmm: HMMModel) {
        self.trie = trie; self.logProb = logProb; self.logTotal = logTotal; self.hmm = hmm
    }

    // MARK: - Binary form

    func encoded(sourceHash: UInt64) -> [UInt8] {
        var w = BinaryWriter()
        w.put(Self.magic); w.put(Self.formatVersion); w.put(sourceHash)
        w.put(trie.firstEdge); w.put(trie.labels); w.put(trie.targets); w.put(trie.wordOfNode)
        w.put(trie.frequencies); w.put(trie.posIndex); w.put(trie.origins)
        w.put(Array(trie.posNames.joined(separator: "\n").utf8))
        w.put(logProb); w.put([logTotal])
        w.put(hmm.start); w.put(hmm.trans); w.put(hmm.chars); w.put(hmm.emit)
        return w.bytes
    }

    /// Decodes a compiled lexicon, or `nil` when the bytes are not one built from sources with `sourceHash`.
    static func decode(_ bytes: [UInt8], sourceHash: UInt64) -> CompiledLexicon? {
        var r = BinaryReader(bytes: bytes)
        guard r.get(UInt32.self) == magic, r.get(UInt32.self) == formatVersion, r.get(UInt64.self) == sourceHash,
              let firstEdge = r.array(UInt32.self), let labels = r.array(UInt32.self), let targets = r.array(UInt32.self),
              let wordOfNode = r.array(Int32.self), let frequencies = r.array(UInt32.self),
              let posIndex = r.array(UInt16.self), let origins = r.array(UInt8.self), let posBytes = r.array(UInt8.self),
              let logProb = r.array(Float.self), let total = r.array(Double.self), total.count == 1,
              let start = r.array(Double.self), let trans = r.array(Double.self), let chars = r.array(UInt32.self),
              let emit = r.array(Double.self), r.atEnd,
              firstEdge.count == wordOfNode.count + 1, labels.count == targets.count,
              frequencies.count == posIndex.count, frequencies.count == origins.count, frequencies.count == logProb.count,
              start.count == 4, trans.count == 16, emit.count == chars.count * 4
        else { return nil }
        let posNames = String(decoding: posBytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var rootTable = [UInt32](repeating: 0, count: 0x10000)
        if firstEdge.count > 1 {
            for e in Int(firstEdge[0])..<Int(firstEdge[1]) where labels[e] < 0x10000 { rootTable[Int(labels[e])] = targets[e] }
        }
        let trie = WordTrie(firstEdge: firstEdge, labels: labels, targets: targets, wordOfNode: wordOfNode, rootTable: rootTable,
                            frequencies: frequencies, posIndex: posIndex, origins: origins, posNames: posNames)
        return CompiledLexicon(trie: trie, logProb: logProb, logTotal: total[0],
                               hmm: HMMModel(start: start, trans: trans, chars: chars, emit: emit))
    }
}

/// Appends fixed-width values and counted arrays, little-endian (the only byte order Swift runs on here).
struct BinaryWriter {
    var bytes: [UInt8] = []

    mutating func put<T: FixedWidthInteger>(_ v: T) {
        withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func put<T: BitwiseCopyable>(_ a: [T]) {
        put(UInt64(a.count))
        a.withUnsafeBytes { bytes.append(contentsOf: $0) }
        while bytes.count % 8 != 0 { bytes.append(0) }
    }
}

/// Reads what ``BinaryWriter`` wrote; every read checks bounds.
struct BinaryReader {
    let bytes: [UInt8]
    var offset = 0

    var atEnd: Bool { offset == bytes.count }

    mutating func get<T: FixedWidthInteger>(_: T.Type) -> T? {
        let size = MemoryLayout<T>.size
        guard offset + size <= bytes.count else { return nil }
        var v: T = 0
        withUnsafeMutableBytes(of: &v) { dst in
            bytes.withUnsafeBytes { src in dst.copyMemory(from: UnsafeRawBufferPointer(rebasing: src[offset..<offset + size])) }
        }
        offset += size
        return T(littleEndian: v)
    }

    mutating func array<T: BitwiseCopyable>(_: T.Type) -> [T]? {
        guard let count64 = get(UInt64.self), count64 < UInt64(Int32.max) else { return nil }
        let count = Int(count64)
        let size = count * MemoryLayout<T>.stride
        guard offset + size <= bytes.count else { return nil }
        let start = offset
        let result = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            bytes.withUnsafeBytes { src in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: src[start..<start + size]))
            }
            initialized = count
        }
        offset += size
        while offset % 8 != 0 && offset < bytes.count { offset += 1 }
        return result
    }
}
