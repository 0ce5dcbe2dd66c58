/// Cuts a long text into pieces, so that very large inputs can be normalized, segmented and analysed piece by piece in
/// bounded memory.
public enum TextChunks {
    /// Ranges of about `size` scalars of normalized text, cut just after a line break or (with `insideLines`) between
    /// a full-width sentence end (。！？；) and a Han character: places where every segmenter has a token boundary, so
    /// segmenting range by range gives the tokens of one pass. A stretch without such a place stays whole.
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
                if cut > start { end = cut } else { while end < n && !isCut(end) { end += 1 } }
            }
            result.append(start..<end)
            start = end
        }
        return result
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
