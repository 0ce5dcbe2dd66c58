/// A sorted `term<TAB>idf` file kept as bytes and searched by binary search, so that the bundled 270,000-row IDF
/// table loads in milliseconds instead of building a dictionary of strings.
struct SortedIDFLines: Sendable, Equatable {
    let bytes: [UInt8]
    let termStarts: [Int32]
    let termEnds: [Int32]
    let values: [Double]
    /// For each Han character U+4E00–U+9FFF, the rows whose term starts with it (`start..<end`, empty when none):
    /// lookups of Han terms search only those rows, which sit close together in memory.
    let hanStart: [Int32]
    let hanEnd: [Int32]

    static let hanBase: UInt32 = 0x4E00
    static let hanCount = 0x9FFF - 0x4E00 + 1

    var count: Int { values.count }

    /// Indexes `bytes`; `nil` unless every data line is `term<TAB>decimal`, terms strictly ascending in byte order
    /// (code-point order), so the caller can fall back to the general parser (which reports errors).
    /// - Complexity: O(n) in the number of bytes.
    init?(bytes: [UInt8]) {
        var starts: [Int32] = [], ends: [Int32] = [], values: [Double] = []
        let ok: Bool = bytes.withUnsafeBufferPointer { b in
            let n = b.count
            var i = 0
            var previous: Range<Int>? = nil
            while i < n {
                let lineStart = i
                while i < n && b[i] != 0x0A { i += 1 }
                let lineEnd = i
                i += 1
                if lineEnd == lineStart || b[lineStart] == 0x23 { continue }
                var tab = lineStart
                while tab < lineEnd && b[tab] != 0x09 { tab += 1 }
                guard tab > lineStart, tab < lineEnd, let v = Self.decimal(b, tab + 1, lineEnd) else { return false }
                if let p = previous, !Self.less(b, p, lineStart..<tab) { return false }
                previous = lineStart..<tab
                starts.append(Int32(lineStart)); ends.append(Int32(tab)); values.append(v)
            }
            return true
        }
        guard ok, bytes.count < Int32.max else { return nil }
        self.bytes = bytes
        self.termStarts = starts
        self.termEnds = ends
        self.values = values
        var hanStart = [Int32](repeating: 0, count: Self.hanCount)
        var hanEnd = [Int32](repeating: 0, count: Self.hanCount)
        bytes.withUnsafeBufferPointer { b in
            for k in starts.indices {
                guard let han = Self.leadingHan(UnsafeBufferPointer(rebasing: b[Int(starts[k])..<Int(ends[k])])) else { continue }
                if hanEnd[han] == 0 { hanStart[han] = Int32(k) }
                hanEnd[han] = Int32(k + 1)
            }
        }
        self.hanStart = hanStart
        self.hanEnd = hanEnd
    }

    /// The index (from U+4E00) of the Han character U+4E00–U+9FFF that `key` starts with, if it does.
    @inline(__always)
    static func leadingHan(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
        guard key.count >= 3, key[0] & 0xF0 == 0xE0 else { return nil }
        let scalar = UInt32(key[0] & 0x0F) << 12 | UInt32(key[1] & 0x3F) << 6 | UInt32(key[2] & 0x3F)
        guard scalar >= hanBase, scalar < hanBase + UInt32(hanCount) else { return nil }
        return Int(scalar - hanBase)
    }

    /// The IDF of `term`, or `nil`.
    /// - Complexity: O(log n) comparisons (n: rows starting with the same Han character, for Han terms).
    func lookup(_ term: String) -> Double? { index(of: term).map { values[$0] } }

    /// The row of `term`, or `nil`.
    func index(of term: String) -> Int? {
        var term = term
        return term.withUTF8 { key in
            bytes.withUnsafeBufferPointer { b in
                var lo = 0, hi = values.count
                if let han = Self.leadingHan(key) {
                    lo = Int(hanStart[han]); hi = Int(hanEnd[han])
                }
                while lo < hi {
                    let mid = (lo + hi) / 2
                    let c = Self.compare(b, Int(termStarts[mid])..<Int(termEnds[mid]), key)
                    if c == 0 { return mid }
                    if c < 0 { lo = mid + 1 } else { hi = mid }
                }
                return nil
            }
        }
    }

    /// Every term with its IDF (for materializing the table).
    func forEach(_ body: (String, Double) -> Void) {
        bytes.withUnsafeBufferPointer { b in
            for k in values.indices {
                body(String(decoding: UnsafeBufferPointer(rebasing: b[Int(termStarts[k])..<Int(termEnds[k])]), as: UTF8.self), values[k])
            }
        }
    }

    static func less(_ b: UnsafeBufferPointer<UInt8>, _ x: Range<Int>, _ y: Range<Int>) -> Bool {
        compare(b, x, UnsafeBufferPointer(rebasing: b[y])) < 0
    }

    /// Byte-wise comparison of `b[x]` with `key`: negative, zero or positive.
    @inline(__always)
    static func compare(_ b: UnsafeBufferPointer<UInt8>, _ x: Range<Int>, _ key: UnsafeBufferPointer<UInt8>) -> Int {
        let n = min(x.count, key.count)
        var i = 0
        while i < n {
            let p = b[x.lowerBound + i], q = key[i]
            if p != q { return Int(p) - Int(q) }
            i += 1
        }
        return x.count - key.count
    }

    /// `digits[.digits]` between `from` and `to`, else `nil`.
    static func decimal(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Double? {
        var end = to
        if end > from && b[end - 1] == 0x0D { end -= 1 }
        var i = from
        var mantissa: UInt64 = 0
        var divisor: Double = 1
        var digits = 0
        while i < end && b[i] >= 0x30 && b[i] <= 0x39 { mantissa = mantissa &* 10 &+ UInt64(b[i] - 0x30); i += 1; digits += 1 }
        if i < end && b[i] == 0x2E {
            i += 1
            while i < end && b[i] >= 0x30 && b[i] <= 0x39 { mantissa = mantissa &* 10 &+ UInt64(b[i] - 0x30); divisor *= 10; i += 1; digits += 1 }
        }
        guard digits <= 15 else { return nil }
        let whole = Double(mantissa) / divisor
        return i == end && digits > 0 ? whole : nil
    }
}
