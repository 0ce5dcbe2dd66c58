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
