/// A normalized text in a compact form for storage (the corpus store, `analyze --full` records): the normalized text
/// as UTF-8, the original as a patch against it, and the offset map as runs.
///
/// Most of a normalized text is its original unchanged, one scalar for one scalar; only the differences are kept:
/// ``original`` copies runs of normalized scalars and spells out the rest, ``map`` stores identity runs as one
/// entry. Both are `nil` when the text needed no normalization at all. ``decode()`` gives back the exact
/// ``NormalizedText`` (original, scalars and map).
public struct StoredText: Sendable, Equatable {
    /// The normalized text, UTF-8.
    public var normalized: [UInt8]
    /// The original as copy/literal operations against the normalized scalars; `nil` when equal to them.
    public var original: [UInt8]?
    /// The offset map as runs; `nil` for the identity map.
    public var map: [UInt8]?

    /// Stored parts as read back.
    public init(normalized: [UInt8], original: [UInt8]?, map: [UInt8]?) {
        self.normalized = normalized
        self.original = original
        self.map = map
    }

    /// Encodes `text`.
    /// - Complexity: O(n + m) for n normalized and m original scalars.
    public init(_ text: NormalizedText) {
        normalized = Array(String(scalars: text.scalars).utf8)
        let n = text.scalars.count
        var isIdentity = text.map.originalCount == n
        if isIdentity {
            for i in 0..<n where text.map.start(i) != Int32(i) || text.map.end(i) != Int32(i) + 1 {
                isIdentity = false
                break
            }
        }
        if isIdentity && text.original == text.scalars {
            original = nil
            map = nil
            return
        }
        map = isIdentity ? nil : Self.encodeMap(text.map)
        original = Self.encodeOriginal(text)
    }

    /// The text as it was encoded.
    /// - Throws: ``ZhTextError/invalidArgument(_:)`` when the stored parts are damaged.
    public func decode() throws(ZhTextError) -> NormalizedText {
        let scalars = normalized.withUnsafeBufferPointer { [Unicode.Scalar](utf8: $0) }
        let originalScalars: [Unicode.Scalar]
        if let original {
            originalScalars = try Self.decodeOriginal(original, scalars: scalars)
        } else {
            originalScalars = scalars
        }
        let offsetMap: OffsetMap
        if let map {
            offsetMap = try Self.decodeMap(map, count: scalars.count, originalCount: originalScalars.count)
        } else {
            guard originalScalars.count == scalars.count else { throw .invalidArgument("stored text: map missing") }
            offsetMap = .identity(count: scalars.count)
        }
        return NormalizedText(original: originalScalars, scalars: scalars, map: offsetMap)
    }

    // MARK: map: runs of (header = length << 1 | identity), then the first start (zigzag delta from the previous end)
    // and, for explicit runs, each entry's start delta and length.

    static func encodeMap(_ map: OffsetMap) -> [UInt8] {
        var out: [UInt8] = []
        Varint.put(UInt64(map.originalCount), &out)
        let n = map.count
        var i = 0
        var previousEnd: Int32 = 0
        while i < n {
            var j = i
            while j < n && map.end(j) == map.start(j) + 1 && (j == i || map.start(j) == map.start(j - 1) + 1) { j += 1 }
            if j - i >= 2 {
                Varint.put(UInt64(j - i) << 1 | 1, &out)
                Varint.putSigned(Int64(map.start(i) - previousEnd), &out)
                previousEnd = map.end(j - 1)
                i = j
                continue
            }
            j = i + 1
            while j < n && !(j + 1 < n && map.end(j) == map.start(j) + 1 && map.end(j + 1) == map.start(j + 1) + 1
                             && map.start(j + 1) == map.start(j) + 1) { j += 1 }
            Varint.put(UInt64(j - i) << 1, &out)
            for k in i..<j {
                Varint.putSigned(Int64(map.start(k) - previousEnd), &out)
                Varint.put(UInt64(map.end(k) - map.start(k)), &out)
                previousEnd = map.end(k)
            }
            i = j
        }
        return out
    }

    static func decodeMap(_ bytes: [UInt8], count: Int, originalCount: Int) throws(ZhTextError) -> OffsetMap {
        var reader = Varint.Reader(bytes)
        let oc = try reader.next()
        guard Int(oc) == originalCount else { throw .invalidArgument("stored text: map and original disagree") }
        var starts: [Int32] = [], ends: [Int32] = []
        starts.reserveCapacity(count); ends.reserveCapacity(count)
        var previousEnd: Int64 = 0
        while !reader.atEnd {
            let header = try reader.next()
            let length = Int(header >> 1)
            guard starts.count + length <= count else { throw .invalidArgument("stored text: map too long") }
            if header & 1 == 1 {
                let s = previousEnd + (try reader.nextSigned())
                for k in 0..<length { starts.append(Int32(s) + Int32(k)); ends.append(Int32(s) + Int32(k) + 1) }
                previousEnd = s + Int64(length)
            } else {
                for _ in 0..<length {
                    let s = previousEnd + (try reader.nextSigned())
                    let e = s + Int64(try reader.next())
                    starts.append(Int32(s)); ends.append(Int32(e))
                    previousEnd = e
                }
            }
        }
        guard starts.count == count, starts.allSatisfy({ $0 >= 0 && Int($0) <= originalCount }),
              ends.allSatisfy({ $0 >= 0 && Int($0) <= originalCount }) else { throw .invalidArgument("stored text: map damaged") }
        return OffsetMap(starts: starts, ends: ends, originalCount: originalCount)
    }

    // MARK: original: operations (header = length << 1 | copy); a copy gives the normalized index it starts at
    // (zigzag delta from where the previous copy ended), a literal its scalars.

    static func encodeOriginal(_ text: NormalizedText) -> [UInt8] {
        let m = text.original.count
        var cover = [Int32](repeating: -1, count: m)
        for i in 0..<text.scalars.count {
            let s = Int(text.map.start(i))
            if text.map.end(i) == text.map.start(i) + 1, s < m, cover[s] < 0, text.original[s] == text.scalars[i] { cover[s] = Int32(i) }
        }
        var out: [UInt8] = []
        var p = 0
        var expected: Int64 = 0
        while p < m {
            var q = p + 1
            if cover[p] >= 0 {
                while q < m && cover[q] == cover[q - 1] + 1 { q += 1 }
                Varint.put(UInt64(q - p) << 1 | 1, &out)
                Varint.putSigned(Int64(cover[p]) - expected, &out)
                expected = Int64(cover[q - 1]) + 1
            } else {
                while q < m && cover[q] < 0 { q += 1 }
                Varint.put(UInt64(q - p) << 1, &out)
                for k in p..<q { Varint.put(UInt64(text.original[k].value), &out) }
            }
            p = q
        }
        return out
    }

    static func decodeOriginal(_ bytes: [UInt8], scalars: [Unicode.Scalar]) throws(ZhTextError) -> [Unicode.Scalar] {
        var reader = Varint.Reader(bytes)
        var out: [Unicode.Scalar] = []
        var expected: Int64 = 0
        while !reader.atEnd {
            let header = try reader.next()
            let length = Int(header >> 1)
            if header & 1 == 1 {
                let start = expected + (try reader.nextSigned())
                guard start >= 0, Int(start) + length <= scalars.count else { throw .invalidArgument("stored text: original damaged") }
                out.append(contentsOf: scalars[Int(start)..<(Int(start) + length)])
                expected = start + Int64(length)
            } else {
                for _ in 0..<length {
                    guard let s = Unicode.Scalar(UInt32(truncatingIfNeeded: try reader.next())) else {
                        throw .invalidArgument("stored text: original damaged")
                    }
                    out.append(s)
                }
            }
        }
        return out
    }
}

/// LEB128 variable-length integers (and zigzag for signed values), for compact stored counts and maps.
public enum Varint {
    /// Appends `v`.
    @inline(__always)
    public static func put(_ v: UInt64, _ out: inout [UInt8]) {
        var v = v
        while v >= 0x80 { out.append(UInt8(v & 0x7F) | 0x80); v >>= 7 }
        out.append(UInt8(v))
    }

    /// Appends `v` zigzag-encoded.
    @inline(__always)
    public static func putSigned(_ v: Int64, _ out: inout [UInt8]) {
        put(UInt64(bitPattern: (v << 1) ^ (v >> 63)), &out)
    }

    /// Reads varints from bytes.
    public struct Reader {
        let bytes: [UInt8]
        var index = 0

        /// A reader at the start of `bytes`.
        public init(_ bytes: [UInt8]) { self.bytes = bytes }

        /// Whether every byte was read.
        public var atEnd: Bool { index >= bytes.count }

        /// The next value.
        /// - Throws: ``ZhTextError/invalidArgument(_:)`` when the bytes end inside a value.
        public mutating func next() throws(ZhTextError) -> UInt64 {
            var v: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                guard index < bytes.count, shift < 64 else { throw .invalidArgument("stored value damaged") }
                let b = bytes[index]
                index += 1
                v |= UInt64(b & 0x7F) << shift
                if b < 0x80 { return v }
                shift += 7
            }
        }

        /// The next zigzag-encoded value.
        public mutating func nextSigned() throws(ZhTextError) -> Int64 {
            let u = try next()
            return Int64(bitPattern: u >> 1) ^ -Int64(bitPattern: u & 1)
        }
    }
}
