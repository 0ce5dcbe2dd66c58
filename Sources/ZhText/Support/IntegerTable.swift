/// A map from 64-bit keys to non-negative `Int` values: open addressing with linear probing and a multiplicative
/// hash, for hot loops where `Dictionary`'s seeded SipHash is the main cost.
struct IntegerTable {
    /// A key and its value side by side (one cache line per probe); value -1 marks an empty slot.
    private struct Slot {
        var key: UInt64
        var value: Int
    }
    private var slots: [Slot]
    private var mask: Int
    /// Number of entries.
    private(set) var count = 0

    /// An empty table sized for about `capacity` entries.
    init(capacity: Int = 1024) {
        var size = 16
        while size < 2 * capacity { size <<= 1 }
        slots = Array(repeating: Slot(key: 0, value: -1), count: size)
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
        while slots[slot].value >= 0 {
            if slots[slot].key == key { return slots[slot].value }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Stores `value` (which must not be negative) for `key`.
    @inline(__always)
    mutating func set(_ value: Int, for key: UInt64) {
        precondition(value >= 0, "IntegerTable values are non-negative")
        var slot = Self.slot(key, mask)
        while slots[slot].value >= 0 {
            if slots[slot].key == key { slots[slot].value = value; return }
            slot = (slot + 1) & mask
        }
        slots[slot] = Slot(key: key, value: value)
        count += 1
        if 2 * count > slots.count { grow() }
    }

    private mutating func grow() {
        let old = slots
        let size = old.count * 2
        slots = Array(repeating: Slot(key: 0, value: -1), count: size)
        mask = size - 1
        for entry in old where entry.value >= 0 {
            var slot = Self.slot(entry.key, mask)
            while slots[slot].value >= 0 { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
    }
}
