/// Cuts a long text into pieces at line breaks, so that very large inputs can be normalized and analysed piece by
/// piece in bounded memory.
public enum TextChunks {
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
