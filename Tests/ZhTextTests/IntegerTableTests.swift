import Testing
@testable import ZhText

@Suite struct IntegerTableTests {
    @Test(arguments: [
        ([(UInt64(1), 10), (2, 20), (1, 11)], [(UInt64(1), Optional(11)), (2, 20), (3, nil)]),
        ([(0, 0), (UInt64.max, 5)], [(0, 0), (UInt64.max, 5), (1, nil)]),
        ([], [(UInt64(7), Optional<Int>.none)]),
    ] as [([(UInt64, Int)], [(UInt64, Int?)])])
    func setThenLookUp(writes: [(UInt64, Int)], reads: [(UInt64, Int?)]) {
        var table = IntegerTable(capacity: 1)
        for (k, v) in writes { table.set(v, for: k) }
        for (k, v) in reads { #expect(table.value(for: k) == v) }
        #expect(table.count == Set(writes.map(\.0)).count)
    }

    /// Keys that differ only in their high bits (the phrase trie's parent ids) must not collide into one entry.
    @Test func agreesWithDictionaryThroughGrowth() {
        var table = IntegerTable(capacity: 1)
        var reference: [UInt64: Int] = [:]
        var rng = SeededGenerator(seed: 42)
        for k in 0..<30_000 {
            let key = k % 3 == 0 ? UInt64(k) << 32 : UInt64.random(in: 0...UInt64.max, using: &rng)
            table.set(k, for: key)
            reference[key] = k
        }
        #expect(table.count == reference.count)
        for (key, value) in reference { #expect(table.value(for: key) == value) }
    }
}
