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

    public var length: Int { scalars.count }
    public var string: String { String(String.UnicodeScalarView(scalars)) }

    /// The n-gram of scalars `range` of this one.
    func slice(_ range: Range<Int>) -> Ngram { Ngram(Array(scalars[range])) }

    public static func < (x: Ngram, y: Ngram) -> Bool { x.scalars.map(\.value).lexicographicallyPrecedes(y.scalars.map(\.value)) }
}

/// Counts of n-grams in bounded memory by lossy counting (Manku & Motwani 2002, "Approximate frequency counts over
/// data streams"): when the table exceeds its capacity, every entry at or below the current prune level is dropped and
/// the level rises. A count that survives is low by at most ``pruneLevel``; an n-gram more frequent than
/// ``pruneLevel`` is never lost.
struct NgramTable {
    private(set) var counts: [Ngram: Int32] = [:]
    let capacity: Int
    private(set) var pruneLevel: Int32 = 0

    init(capacity: Int) { self.capacity = max(1024, capacity) }

    @inline(__always)
    mutating func add(_ key: Ngram) {
        counts[key, default: 0] += 1
    }

    /// Prunes when over capacity (call between chunks).
    mutating func pruneIfNeeded() {
        while counts.count > capacity {
            pruneLevel += 1
            let level = pruneLevel
            counts = counts.filter { $0.value > level }
        }
    }

    subscript(key: Ngram) -> Int { Int(counts[key] ?? 0) }
}
