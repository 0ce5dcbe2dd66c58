/// Which parts of a text are inside quotation marks: `“”`, `‘’`, `「」`, `『』` and straight `"`.
///
/// `《》` and `〈〉` are title marks (书名号), not quotation marks: `《中国制造2025》` names a document, and a phrase in
/// a title is reported with `quoted: false`. Quotes are closed at every line break (a quote left open at the end of a
/// paragraph — the Chinese convention for multi-paragraph quotations, or a typo — does not run on). A closing mark
/// without its opening one (`’` as an apostrophe) is ignored.
public struct Quotation: Sendable {
    /// For each scalar of the text: the index of the outermost open quotation mark around it, or -1.
    private let outermost: [Int32]

    /// Scans `text`.
    /// - Complexity: O(n).
    public init(_ text: [Unicode.Scalar]) {
        var result = [Int32](repeating: -1, count: text.count)
        var stack: [(open: UInt32, at: Int32)] = []
        for (i, s) in text.enumerated() {
            let v = s.value
            if v == 0x0A { stack.removeAll(); continue }
            if Self.pairs[v] != nil {
                result[i] = stack.first?.at ?? -1
                stack.append((v, Int32(i)))
                continue
            }
            if v == 0x22 {
                if let top = stack.last, top.open == 0x22 {
                    result[i] = stack.first!.at
                    stack.removeLast()
                } else {
                    result[i] = stack.first?.at ?? -1
                    stack.append((v, Int32(i)))
                }
                continue
            }
            if let open = Self.closers[v], let k = stack.lastIndex(where: { $0.open == open }) {
                result[i] = stack.first!.at
                stack.removeSubrange(k...)
                continue
            }
            result[i] = stack.first?.at ?? -1
        }
        outermost = result
    }

    /// Opening mark → closing mark.
    static let pairs: [UInt32: UInt32] = [0x201C: 0x201D, 0x2018: 0x2019, 0x300C: 0x300D, 0x300E: 0x300F]
    /// Closing mark → opening mark.
    static let closers: [UInt32: UInt32] = [0x201D: 0x201C, 0x2019: 0x2018, 0x300D: 0x300C, 0x300F: 0x300E]

    /// Whether the whole range lies inside one quotation (its first and last scalars share the outermost quote).
    public func isQuoted(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty, range.upperBound <= outermost.count else { return false }
        let a = outermost[range.lowerBound]
        return a >= 0 && a == outermost[range.upperBound - 1]
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
