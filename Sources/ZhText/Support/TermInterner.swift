/// Small integer ids for strings, compared by their UTF-8 bytes: an open-addressing hash table that avoids `String`
/// hashing (which normalizes non-ASCII text to NFC on every call) in per-token loops.
///
/// Two strings get the same id exactly when their UTF-8 bytes are equal. Canonically equivalent strings with
/// different bytes (a precomposed `é` and `e` + U+0301) get different ids; callers that need `String` equality
/// merge ids through a dictionary keyed by ``terms``, once per distinct string instead of once per token.
struct TermInterner {
    /// The strings by id, in order of first appearance.
    private(set) var terms: [String] = []
    private var hashes: [UInt64] = []
    /// Ids by slot; -1 when empty.
    private var slots: [Int32]
    private var mask: Int

    /// An empty table sized for about `capacity` distinct strings.
    init(capacity: Int = 1024) {
        var size = 16
        while size < 2 * capacity { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        mask = size - 1
    }

    /// Number of distinct strings.
    var count: Int { terms.count }

    /// The id of `term`, adding it when new.
    /// - Complexity: O(length of `term`) expected.
    @inline(__always)
    mutating func intern(_ term: String) -> (id: Int, isNew: Bool) {
        let hash = Self.hash(term)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let id = Int(slots[slot])
            if id < 0 { break }
            if hashes[id] == hash && Self.sameBytes(terms[id], term) { return (id, false) }
            slot = (slot + 1) & mask
        }
        let id = terms.count
        terms.append(term)
        hashes.append(hash)
        slots[slot] = Int32(id)
        if 2 * terms.count > slots.count { grow() }
        return (id, true)
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = Array(repeating: -1, count: size)
        mask = size - 1
        for (id, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id)
        }
    }

    /// FNV-1a over the UTF-8 bytes, with a final mix so that the low bits used for the slot depend on every byte.
    @inline(__always)
    static func hash(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        if let done = s.utf8.withContiguousStorageIfAvailable({ bytes -> UInt64 in
            var h = h
            for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
            return h
        }) {
            h = done
        } else {
            for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        }
        h ^= h >> 29
        h = h &* 0xbf58_476d_1ce4_e5b9
        return h ^ (h >> 32)
    }

    @inline(__always)
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && a.utf8.elementsEqual(b.utf8)
    }
}
