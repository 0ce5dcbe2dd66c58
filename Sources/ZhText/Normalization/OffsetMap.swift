/// Maps positions in normalized text back to the original text, in Unicode scalars.
///
/// Each normalized scalar remembers the original range it came from (usually one scalar; CR LF → LF covers two; a
/// removed character belongs to no normalized scalar; an expansion gives several scalars the same range).
public struct OffsetMap: Sendable, Equatable {
    @usableFromInline let starts: [Int32]
    @usableFromInline let ends: [Int32]
    /// Length of the original text in scalars.
    public let originalCount: Int

    /// Number of normalized scalars mapped.
    public var count: Int { starts.count }

    init(starts: [Int32], ends: [Int32], originalCount: Int) {
        precondition(starts.count == ends.count)
        self.starts = starts
        self.ends = ends
        self.originalCount = originalCount
    }

    /// The identity map over `count` scalars.
    public static func identity(count: Int) -> OffsetMap {
        let idx = (0..<count).map { Int32($0) }
        return OffsetMap(starts: idx, ends: idx.map { $0 + 1 }, originalCount: count)
    }

    /// The original range covered by the normalized range `range` (end exclusive).
    /// An empty range maps to an empty range at the original position of its start.
    /// - Complexity: O(1).
    @inlinable
    public func originalRange(of range: Range<Int>) -> Range<Int> {
        if range.isEmpty {
            let at = range.lowerBound < starts.count ? Int(starts[range.lowerBound]) : originalCount
            return at..<at
        }
        let lo = Int(starts[range.lowerBound])
        let hi = Int(ends[range.upperBound - 1])
        return lo..<max(lo, hi)
    }

    /// The original offset where normalized scalar `index` starts (`originalCount` past the end).
    @inlinable
    public func originalOffset(of index: Int) -> Int {
        index < starts.count ? Int(starts[index]) : originalCount
    }

    /// Composes two maps: `self` maps A → original, `inner` maps B → A; the result maps B → original.
    public func composed(after inner: OffsetMap) -> OffsetMap {
        var s = [Int32](), e = [Int32]()
        s.reserveCapacity(inner.count); e.reserveCapacity(inner.count)
        for i in 0..<inner.count {
            let a = Int(inner.starts[i]), b = Int(inner.ends[i])
            let r = originalRange(of: a..<max(a, b))
            s.append(Int32(r.lowerBound)); e.append(Int32(b > a ? r.upperBound : r.lowerBound))
        }
        return OffsetMap(starts: s, ends: e, originalCount: originalCount)
    }
}
