/// A map from 64-bit keys to non-negative `Int` values: open addressing with linear probing and a multiplicative
/// hash, for hot loops where `Dictionary`'s seeded SipHash is the main cost.
struct IntegerTable {
    private var keys: [UInt64]
    /// Values by slot; -1 when the slot is empty.
    private var values: [Int]
    private var mask: Int
    /// Number of entries.
    private(set) var count = 0

    /// An empty table sized for about `capacity` entries.
    init(capacity: Int = 1024) {
        var size = 16
        while size < 2 * capacity { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: -1, count: size)
        mask = size - 1
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 29) & mask
    }

    /// The value stored for `key`, if any.
    @inline(__always)
    func value(for key: UInt64) -> Int? {
        var slot = Self.slot(key, mask)
        while values[slot] >= 0 {
            if keys[slot] == key { return values[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Stores `value` (which must not be negative) for `key`.
    @inline(__always)
    mutating func set(_ value: Int, for key: UInt64) {
        precondition(value >= 0, "IntegerTable values are non-negative")
        var slot = Self.slot(key, mask)
        while values[slot] >= 0 {
            if keys[slot] == key { values[slot] = value; return }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        values[slot] = value
        count += 1
        if 2 * count > values.count { grow() }
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        let size = values.count * 2
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: -1, count: size)
        mask = size - 1
        for i in oldValues.indices where oldValues[i] >= 0 {
            var slot = Self.slot(oldKeys[i], mask)
            while values[slot] >= 0 { slot = (slot + 1) & mask }
            keys[slot] = oldKeys[i]
            values[slot] = oldValues[i]
        }
    }
}
