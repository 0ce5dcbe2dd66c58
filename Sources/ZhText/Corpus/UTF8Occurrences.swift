import Foundation

extension TermOccurrences {
    /// The pattern as UTF-8.
    public var utf8: [UInt8] {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: pattern)
        return Array(String(s).utf8)
    }

    /// The same count as ``count(in:)`` over the UTF-8 bytes of a text (as the corpus store keeps it): UTF-8 is
    /// self-synchronizing, so a byte match of a whole pattern always starts and ends on scalar boundaries, and the
    /// leftmost non-overlapping matches are the same.
    /// - Complexity: O(n) typical (memchr for the first byte, memcmp for the rest).
    public static func count(_ needle: [UInt8], inUTF8 haystack: UnsafeRawBufferPointer) -> Int {
        let m = needle.count
        guard m > 0, haystack.count >= m, let base = haystack.baseAddress else { return 0 }
        var count = 0
        var offset = 0
        let first = Int32(needle[0])
        needle.withUnsafeBytes { n in
            while offset <= haystack.count - m {
                guard let found = memchr(base + offset, first, haystack.count - m + 1 - offset) else { break }
                let at = base.distance(to: UnsafeRawPointer(found))
                if memcmp(found, n.baseAddress!, m) == 0 {
                    count += 1
                    offset = at + m
                } else {
                    offset = at + 1
                }
            }
        }
        return count
    }
}
