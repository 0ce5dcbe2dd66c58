import Testing
@testable import ZhText

@Suite struct OrderedParallelTests {
    @Test(arguments: [1, 2, 3, 8])
    func resultsComeBackInInputOrder(jobs: Int) {
        let inputs = Array(0..<500)
        var seen: [Int] = []
        OrderedParallel.forEach(inputs, jobs: jobs, transform: { i -> Int in
            // Uneven work so that later inputs often finish first.
            var x = 0
            for k in 0..<((i * 7919) % 2000) { x &+= k }
            return i * 2 + (x & 0)
        }, consume: { index, value in
            #expect(value == index * 2)
            seen.append(index)
        })
        #expect(seen == inputs)
    }

    @Test func emptyInput() {
        var called = false
        OrderedParallel.forEach([Int](), jobs: 4, transform: { $0 }, consume: { _, _ in called = true })
        #expect(!called)
    }
}
