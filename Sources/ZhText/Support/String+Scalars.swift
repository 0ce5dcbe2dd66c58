extension String {
    /// A string of `scalars`, written as UTF-8 directly.
    ///
    /// `String(scalars: slice)` goes through a generic transcoding path with a repair pass; this
    /// encodes each scalar once into the string's own storage. Strings of up to 15 UTF-8 bytes (five Han characters)
    /// need no allocation at all.
    /// - Complexity: O(n) in the number of scalars.
    @inlinable
    init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        let capacity = scalars.count * 4
        guard capacity > 0 else { self = ""; return }
        self.init(unsafeUninitializedCapacity: capacity) { buffer in
            var i = 0
            for scalar in scalars {
                let v = scalar.value
                if v < 0x80 {
                    buffer[i] = UInt8(truncatingIfNeeded: v)
                    i += 1
                } else if v < 0x800 {
                    buffer[i] = UInt8(truncatingIfNeeded: 0xC0 | (v >> 6))
                    buffer[i + 1] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
                    i += 2
                } else if v < 0x1_0000 {
                    buffer[i] = UInt8(truncatingIfNeeded: 0xE0 | (v >> 12))
                    buffer[i + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
                    buffer[i + 2] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
                    i += 3
                } else {
                    buffer[i] = UInt8(truncatingIfNeeded: 0xF0 | (v >> 18))
                    buffer[i + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 12) & 0x3F))
                    buffer[i + 2] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
                    buffer[i + 3] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
                    i += 4
                }
            }
            return i
        }
    }
}

extension String {
    /// Whether this string comes before `other` in code-point order, the order that breaks ties between terms.
    /// Compared as UTF-8 bytes (which order alike): `<` gives the same order for normalized text but normalizes as it
    /// compares, which is slow on Han text.
    @inlinable
    public func precedesInCodePointOrder(_ other: String) -> Bool { utf8.lexicographicallyPrecedes(other.utf8) }
}

extension Array where Element == Unicode.Scalar {
    /// The scalars of the UTF-8 `bytes`, decoded in one pass into an array of the exact size.
    ///
    /// Ill-formed input gives what `String(decoding:as:)` gives (each maximal ill-formed subpart becomes U+FFFD): the
    /// fast path stops at the first ill-formed sequence and the standard library decodes the whole buffer instead.
    /// - Complexity: O(n) in the number of bytes.
    public init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        var count = 0
        for b in bytes where b & 0xC0 != 0x80 { count += 1 }
        var wellFormed = true
        let decoded = [Unicode.Scalar](unsafeUninitializedCapacity: count) { buffer, initialized in
            var i = 0, o = 0
            let end = bytes.count
            scan: while i < end {
                let b0 = UInt32(bytes[i])
                if b0 < 0x80 {
                    buffer[o] = Unicode.Scalar(UInt8(truncatingIfNeeded: b0))
                    o += 1
                    i += 1
                    continue
                }
                let length: Int
                var v: UInt32
                switch b0 {
                case 0xC2...0xDF: length = 2; v = b0 & 0x1F
                case 0xE0...0xEF: length = 3; v = b0 & 0x0F
                case 0xF0...0xF4: length = 4; v = b0 & 0x07
                default: wellFormed = false; break scan
                }
                guard i + length <= end, o < count else { wellFormed = false; break scan }
                for k in 1..<length {
                    let c = UInt32(bytes[i + k])
                    guard c & 0xC0 == 0x80 else { wellFormed = false; break scan }
                    v = v << 6 | (c & 0x3F)
                }
                // Overlong forms, surrogates and values beyond U+10FFFF are ill-formed.
                if (length == 3 && v < 0x800) || (length == 4 && (v < 0x1_0000 || v > 0x10_FFFF)) {
                    wellFormed = false
                    break scan
                }
                guard let scalar = Unicode.Scalar(v) else { wellFormed = false; break scan }
                buffer[o] = scalar
                o += 1
                i += length
            }
            initialized = o
        }
        if wellFormed && decoded.count == count {
            self = decoded
        } else {
            self = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
        }
    }
}
