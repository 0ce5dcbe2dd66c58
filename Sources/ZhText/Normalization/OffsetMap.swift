/// Maps positions in normalized text back to the original text, in Unicode scalars.
///
/// Each normalized scalar remembers the original range it came from (usually one scalar; CR LF → LF covers two; a
/// removed character belongs to no normalized scalar; an expansion gives several scalars the same range).
///
/// A map whose first `count` entries are scalar `i` → original `i..<i+1` (the common case: text that normalization
/// left alone) is stored without arrays, so it costs nothing per character.
public struct OffsetMap: Sendable, Equatable {
    /// Explicit starts and ends; both empty when `isIdentity`.
    @usableFromInline let starts: [Int32]
    @usableFromInline let ends: [Int32]
    /// Number of entries of an identity map (`nil` when the arrays hold the map).
    @usableFromInline let identityCount: Int?
    /// Length of the original text in scalars.
    public let originalCount: Int

    /// Number of normalized scalars mapped.
    public var count: Int { identityCount ?? starts.count }

    /// Whether entry `i` is `i..<i+1` for every `i` (stored without arrays).
    public var isIdentity: Bool { identityCount != nil }

    init(starts: [Int32], ends: [Int32], originalCount: Int) {
        precondition(starts.count == ends.count)
        self.starts = starts
        self.ends = ends
        self.identityCount = nil
        self.originalCount = originalCount
    }

    /// The identity map over the first `count` of `originalCount` original scalars.
    init(identityCount count: Int, originalCount: Int) {
        precondition(count <= originalCount)
        self.starts = []
        self.ends = []
        self.identityCount = count
        self.originalCount = originalCount
    }

    /// The identity map over `count` scalars.
    public static func identity(count: Int) -> OffsetMap {
        OffsetMap(identityCount: count, originalCount: count)
    }

    /// Original start of entry `index` (`0 ..< count`).
    @inlinable
    public func start(_ index: Int) -> Int32 {
        identityCount == nil ? starts[index] : Int32(index)
    }

    /// Original end (exclusive) of entry `index` (`0 ..< count`).
    @inlinable
    public func end(_ index: Int) -> Int32 {
        identityCount == nil ? ends[index] : Int32(index + 1)
    }

    /// The original range covered by the normalized range `range` (end exclusive).
    /// An empty range maps to an empty range at the original position of its start.
    /// - Complexity: O(1).
    @inlinable
    public func originalRange(of range: Range<Int>) -> Range<Int> {
        if range.isEmpty {
            let at = range.lowerBound < count ? Int(start(range.lowerBound)) : originalCount
            return at..<at
        }
        let lo = Int(start(range.lowerBound))
        let hi = Int(end(range.upperBound - 1))
        return lo..<max(lo, hi)
    }

    /// The original offset where normalized scalar `index` starts (`originalCount` past the end).
    @inlinable
    public func originalOffset(of index: Int) -> Int {
        index < count ? Int(start(index)) : originalCount
    }

    /// Composes two maps: `self` maps A → original, `inner` maps B → A; the result maps B → original.
    public func composed(after inner: OffsetMap) -> OffsetMap {
        if let n = inner.identityCount, inner.originalCount == count {
            // inner is B = a prefix of A unchanged.
            if let m = identityCount { return OffsetMap(identityCount: min(n, m), originalCount: originalCount) }
            return OffsetMap(starts: Array(starts[0..<n]), ends: Array(ends[0..<n]), originalCount: originalCount)
        }
        var s = [Int32](), e = [Int32]()
        s.reserveCapacity(inner.count); e.reserveCapacity(inner.count)
        for i in 0..<inner.count {
            let a = Int(inner.start(i)), b = Int(inner.end(i))
            let r = originalRange(of: a..<max(a, b))
            s.append(Int32(r.lowerBound)); e.append(Int32(b > a ? r.upperBound : r.lowerBound))
        }
        return OffsetMap(starts: s, ends: e, originalCount: originalCount)
    }

    /// Maps are equal when they map every entry alike, however they are stored.
    public static func == (a: OffsetMap, b: OffsetMap) -> Bool {
        guard a.count == b.count, a.originalCount == b.originalCount else { return false }
        if a.identityCount == nil && b.identityCount == nil { return a.starts == b.starts && a.ends == b.ends }
        for i in 0..<a.count where a.start(i) != b.start(i) || a.end(i) != b.end(i) { return false }
        return true
    }
}
