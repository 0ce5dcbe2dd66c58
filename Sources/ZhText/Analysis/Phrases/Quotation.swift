/// Which parts of a text are inside quotation marks: `“”`, `‘’`, `「」`, `『』` and straight `"`.
///
/// `《》` and `〈〉` are title marks (书名号), not quotation marks: `《中国制造2025》` names a document, and a phrase in
/// a title is reported with `quoted: false`. Quotes are closed at every line break (a quote left open at the end of a
/// paragraph — the Chinese convention for multi-paragraph quotations, or a typo — does not run on). A closing mark
/// without its opening one (`’` as an apostrophe) is ignored.
public struct Quotation: Sendable {
    /// For each scalar of the text, the index of the outermost open quotation mark around it (or -1), stored as the
    /// positions where that value changes (memory O(quotation marks), not O(n)).
    private let changes: [(at: Int32, outermost: Int32)]
    /// Length of the text.
    private let count: Int

    /// Scans `text`.
    /// - Complexity: O(n).
    public init(_ text: [Unicode.Scalar]) {
        var changes: [(at: Int32, outermost: Int32)] = [(0, -1)]
        func set(_ i: Int, _ value: Int32) {
            if changes[changes.count - 1].outermost != value { changes.append((Int32(i), value)) }
        }
        var stack: [(open: UInt32, at: Int32)] = []
        for (i, s) in text.enumerated() {
            let v = s.value
            if v == 0x0A { stack.removeAll(); set(i, -1); continue }
            if Self.closing(of: v) != nil {
                set(i, stack.first?.at ?? -1)
                stack.append((v, Int32(i)))
                continue
            }
            if v == 0x22 {
                if let top = stack.last, top.open == 0x22 {
                    set(i, stack.first!.at)
                    stack.removeLast()
                } else {
                    set(i, stack.first?.at ?? -1)
                    stack.append((v, Int32(i)))
                }
                continue
            }
            if let open = Self.opening(of: v), let k = stack.lastIndex(where: { $0.open == open }) {
                set(i, stack.first!.at)
                stack.removeSubrange(k...)
                continue
            }
            set(i, stack.first?.at ?? -1)
        }
        self.changes = changes
        self.count = text.count
    }

    /// The outermost open quotation mark around scalar `i`, or -1.
    /// - Complexity: O(log m) for m changes.
    private func outermost(_ i: Int) -> Int32 {
        var lo = 0, hi = changes.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if Int(changes[mid].at) <= i { lo = mid } else { hi = mid - 1 }
        }
        return changes[lo].outermost
    }

    /// The closing mark of an opening mark (`“` → `”`, `‘` → `’`, `「` → `」`, `『` → `』`).
    @inline(__always)
    static func closing(of v: UInt32) -> UInt32? {
        switch v {
        case 0x201C, 0x2018: return v + 1
        case 0x300C, 0x300E: return v + 1
        default: return nil
        }
    }

    /// The opening mark of a closing mark.
    @inline(__always)
    static func opening(of v: UInt32) -> UInt32? {
        switch v {
        case 0x201D, 0x2019, 0x300D, 0x300F: return v - 1
        default: return nil
        }
    }

    /// Whether the whole range lies inside one quotation (its first and last scalars share the outermost quote).
    public func isQuoted(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty, range.upperBound <= count else { return false }
        let a = outermost(range.lowerBound)
        return a >= 0 && a == outermost(range.upperBound - 1)
    }

    /// Whether the scalar at `index` is a quotation mark (opening or closing) that ``Quotation`` tracks.
    @inline(__always)
    public static func isQuotationMark(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x201C, 0x201D, 0x2018, 0x2019, 0x300C, 0x300D, 0x300E, 0x300F, 0x22, 0xFF02, 0x301D, 0x301E: return true
        default: return false
        }
    }
}
