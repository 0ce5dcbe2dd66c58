/// Cuts a long text into pieces, so that very large inputs can be normalized, segmented and analysed piece by piece in
/// bounded memory.
public enum TextChunks {
    /// The longest stretch (in scalars) kept whole when it has no line break or sentence end: beyond it a range is cut
    /// at ``weakCut(in:start:end:)``, so that memory stays bounded on pathological input (one 30 MB line of a single
    /// letter, ten million 的). Ordinary text never has such a stretch.
    public static let longestStretch = 1 << 20

    /// Ranges of about `size` scalars of normalized text, cut just after a line break or (with `insideLines`) between
    /// a full-width sentence end (。！？；) and a Han character: places where every segmenter has a token boundary, so
    /// segmenting range by range gives the tokens of one pass. A stretch without such a place is kept whole up to
    /// ``longestStretch`` scalars (or `size`, if larger), then cut at a weaker place (tokens there may differ).
    /// - Complexity: O(n).
    public static func ranges(of scalars: [Unicode.Scalar], size: Int, insideLines: Bool = true) -> [Range<Int>] {
        func isCut(_ k: Int) -> Bool {
            scalars[k - 1] == "\n" || (insideLines && Script.isFullWidthSentenceEnd(scalars[k - 1]) && Script.isHan(scalars[k]))
        }
        var result: [Range<Int>] = []
        var start = 0
        let n = scalars.count
        while start < n {
            var end = min(n, start + max(size, 1))
            if end < n {
                var cut = end
                while cut > start && !isCut(cut) { cut -= 1 }
                if cut > start {
                    end = cut
                } else {
                    let limit = min(n, start + max(size, longestStretch))
                    while end < limit && !isCut(end) { end += 1 }
                    if end == limit && end < n && !isCut(end) { end = weakCut(in: scalars, start: start, end: limit) }
                }
            }
            result.append(start..<end)
            start = end
        }
        return result
    }

    /// A place to cut `scalars[start..<end]` where no line break or sentence end is: the last change between white
    /// space and text or between Han and other characters in the second half, else `end`; never before a combining
    /// mark, a joiner or a variation selector, nor between CR and LF.
    /// - Complexity: O(end − start).
    public static func weakCut(in scalars: [Unicode.Scalar], start: Int, end: Int) -> Int {
        guard end - start > 1 else { return end }
        let half = start + (end - start) / 2
        var k = end - 1
        while k > half {
            let a = scalars[k - 1], b = scalars[k]
            if Script.isWhiteSpace(a) != Script.isWhiteSpace(b) || Script.isHan(a) != Script.isHan(b) { return k }
            k -= 1
        }
        k = end
        while k > start + 1 && k < scalars.count && (attaches(scalars[k]) || (scalars[k - 1] == "\r" && scalars[k] == "\n")) {
            k -= 1
        }
        return k
    }

    /// Whether `s` belongs with the scalar before it (combining marks, ZWJ, variation selectors).
    static func attaches(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return s.value == 0x200D || (0xFE00...0xFE0F).contains(s.value) || (0xE0100...0xE01EF).contains(s.value)
        }
    }

    /// Calls `body` with consecutive pieces of `text` of at most about `maxScalars` scalars each, cut after a line
    /// break where there is one in the second half of the piece (otherwise at the limit). The pieces, joined, are the
    /// text; `body` also receives the offset of the piece's first scalar.
    /// - Complexity: O(n); memory O(maxScalars).
    public static func forEach(in text: String, maxScalars: Int = 1 << 20, _ body: ([Unicode.Scalar], Int) -> Void) {
        let limit = max(1, maxScalars)
        var piece: [Unicode.Scalar] = []
        piece.reserveCapacity(min(limit, 1 << 22))
        var offset = 0
        for s in text.unicodeScalars {
            piece.append(s)
            if piece.count >= limit {
                let cut = (piece.lastIndex(of: "\n").map { $0 + 1 }).flatMap { $0 > limit / 2 ? $0 : nil } ?? piece.count
                body(Array(piece[..<cut]), offset)
                offset += cut
                piece.removeFirst(cut)
            }
        }
        if !piece.isEmpty { body(piece, offset) }
    }
}
