/// A character n-gram of 1–6 scalars packed into two words (three 21-bit scalars each; unused slots are 0).
public struct Ngram: Hashable, Sendable, Comparable {
    var a: UInt64
    var b: UInt64

    /// The longest n-gram a key holds.
    public static let maxLength = 6

    @inline(__always)
    init(_ s: UnsafeBufferPointer<UInt32>, _ start: Int, _ length: Int) {
        var a: UInt64 = 0, b: UInt64 = 0
        for k in 0..<length {
            let v = UInt64(s[start + k])
            if k < 3 { a |= v << (21 * UInt64(k)) } else { b |= v << (21 * UInt64(k - 3)) }
        }
        self.a = a; self.b = b
    }

    init(a: UInt64, b: UInt64) { self.a = a; self.b = b }

    /// Puts `value` in slot `k` (0-based; the slot must be empty).
    @inline(__always)
    mutating func append(_ value: UInt32, at k: Int) {
        if k < 3 { a |= UInt64(value) << (21 * UInt64(k)) } else { b |= UInt64(value) << (21 * UInt64(k - 3)) }
    }

    init(_ scalars: [Unicode.Scalar]) {
        let values = scalars.map(\.value)
        self = values.withUnsafeBufferPointer { Ngram($0, 0, values.count) }
    }

    /// The scalars.
    public var scalars: [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        for k in 0..<Self.maxLength {
            let v = UInt32(((k < 3 ? a : b) >> (21 * UInt64(k % 3))) & 0x1F_FFFF)
            if v == 0 { break }
            out.append(Unicode.Scalar(v)!)
        }
        return out
    }

    /// Number of scalars.
    public var length: Int { scalars.count }
    /// The n-gram as a string.
    public var string: String { String(scalars: scalars) }

    /// The n-gram of scalars `range` of this one.
    func slice(_ range: Range<Int>) -> Ngram { Ngram(Array(scalars[range])) }

    public static func < (x: Ngram, y: Ngram) -> Bool { x.scalars.map(\.value).lexicographicallyPrecedes(y.scalars.map(\.value)) }
}

/// Counts of n-grams in bounded memory by lossy counting (Manku & Motwani 2002, "Approximate frequency counts over
/// data streams"): when the table is full, every entry at or below the prune level is dropped and the level rises
/// until at most half the capacity is used. A count that survives is low by at most ``pruneLevel``; an n-gram more
/// frequent than ``pruneLevel`` is never lost.
///
/// An open-addressing hash table (linear probing, multiplicative hashing) in three flat arrays: no per-entry
/// allocation, about 20 bytes a slot, at most two slots an entry.
struct NgramTable {
    private var keysA: [UInt64]
    private var keysB: [UInt64]
    private var values: [Int32]          // 0: empty slot
    private var mask: Int
    private(set) var count = 0
    /// Most entries kept.
    let capacity: Int
    private let maxSlots: Int
    private(set) var pruneLevel: Int32 = 0

    init(capacity: Int) {
        self.capacity = max(1024, capacity)
        var slots = 1
        while slots < self.capacity * 2 { slots <<= 1 }
        maxSlots = slots
        let initial = min(slots, 1 << 14)
        keysA = [UInt64](repeating: 0, count: initial)
        keysB = [UInt64](repeating: 0, count: initial)
        values = [Int32](repeating: 0, count: initial)
        mask = initial - 1
    }

    @inline(__always)
    private static func hash(_ a: UInt64, _ b: UInt64) -> Int {
        var h = a &* 0x9E37_79B9_7F4A_7C15 ^ (b &+ 0x632B_E59B_D9B4_E019) &* 0xC2B2_AE3D_27D4_EB4F
        h ^= h >> 31
        return Int(truncatingIfNeeded: h)
    }

    @inline(__always)
    private func find(_ a: UInt64, _ b: UInt64) -> Int {
        var i = Self.hash(a, b) & mask
        while values[i] != 0 && (keysA[i] != a || keysB[i] != b) { i = (i + 1) & mask }
        return i
    }

    /// Adds `delta` to the count of `key`.
    @inline(__always)
    mutating func add(_ key: Ngram, _ delta: Int32 = 1) {
        let i = find(key.a, key.b)
        if values[i] != 0 { values[i] &+= delta; return }
        keysA[i] = key.a; keysB[i] = key.b; values[i] = delta
        count += 1
        if count * 2 > values.count { makeRoom() }
    }

    /// Sets the value of `key` (a nonzero value).
    mutating func set(_ key: Ngram, _ value: Int32) {
        let i = find(key.a, key.b)
        if values[i] == 0 {
            keysA[i] = key.a; keysB[i] = key.b; count += 1
            values[i] = value
            if count * 2 > values.count { makeRoom() }
        } else {
            values[i] = value
        }
    }

    /// The count of `key` (0 when absent).
    @inline(__always)
    subscript(key: Ngram) -> Int { Int(values[find(key.a, key.b)]) }

    /// Every entry.
    func forEach(_ body: (Ngram, Int32) -> Void) {
        for i in values.indices where values[i] != 0 { body(Ngram(a: keysA[i], b: keysB[i]), values[i]) }
    }

    private mutating func makeRoom() {
        if values.count < maxSlots { rebuild(slots: values.count * 2, keepAbove: 0); return }
        var level = pruneLevel
        while true {
            level += 1
            var kept = 0
            for v in values where v > level { kept += 1 }
            if kept <= capacity / 2 { break }
        }
        pruneLevel = level
        rebuild(slots: values.count, keepAbove: level)
    }

    private mutating func rebuild(slots: Int, keepAbove level: Int32) {
        let (oldA, oldB, oldV) = (keysA, keysB, values)
        keysA = [UInt64](repeating: 0, count: slots)
        keysB = [UInt64](repeating: 0, count: slots)
        values = [Int32](repeating: 0, count: slots)
        mask = slots - 1
        count = 0
        for i in oldV.indices where oldV[i] > level {
            let j = find(oldA[i], oldB[i])
            keysA[j] = oldA[i]; keysB[j] = oldB[i]; values[j] = oldV[i]
            count += 1
        }
    }
}
