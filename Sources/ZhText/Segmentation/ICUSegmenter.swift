import ZhTextICU

/// ICU's word-break iterator with Chinese rules (a dictionary of words, maximal matching): a baseline, and for
/// users who want ICU's behaviour. Part of speech comes from `lexicon` when given (else `x`, `eng`, `m` by kind).
public struct ICUSegmenter: Segmenter {
    /// Looks up parts of speech; `nil` for none.
    public let lexicon: Lexicon?

    public init(lexicon: Lexicon? = nil) {
        self.lexicon = lexicon
    }

    public func spans(in text: NormalizedText, range: Range<Int>) -> [TokenSpan] {
        guard !range.isEmpty else { return [] }
        // UTF-16 for ICU, and the scalar index of every UTF-16 offset.
        var utf16: [UInt16] = []
        var scalarAt: [Int] = []
        utf16.reserveCapacity(range.count + 16)
        scalarAt.reserveCapacity(range.count + 17)
        for i in range {
            for unit in UTF16.encode(text.scalars[i])! {
                utf16.append(unit)
                scalarAt.append(i)
            }
        }
        scalarAt.append(range.upperBound)
        guard let iterator = try? BreakIterator(.word, locale: "zh") else {
            return [TokenSpan(range: range, kind: .other, pos: "x")]
        }
        var out: [TokenSpan] = []
        var start = range.lowerBound
        for boundary in iterator.boundaries(of: utf16) {
            let end = scalarAt[boundary.offset]
            guard end > start else { continue }
            // ICU keeps a line break with spaces around it; lines are never joined, so cut at each break.
            var a = start
            for p in start..<end where text.scalars[p] == "\n" {
                if p > a { out.append(span(text, a..<p, status: boundary.status)) }
                out.append(TokenSpan(range: p..<(p + 1), kind: .space, pos: "x"))
                a = p + 1
            }
            if end > a { out.append(span(text, a..<end, status: boundary.status)) }
            start = end
        }
        return out
    }

    func span(_ text: NormalizedText, _ r: Range<Int>, status: Int) -> TokenSpan {
        let first = text.scalars[r.lowerBound]
        let kind: TokenKind
        switch status {
        case 100..<200: kind = .number
        case 200..<300: kind = Atomizer.isLatinScript(first.value) ? .latin : .other
        case 300..<400: kind = .other
        case 400..<500: kind = .han
        default:
            if text.scalars[r].allSatisfy(Script.isWhiteSpace) { kind = .space }
            else if Atomizer.isPunctuation(first) { kind = .punctuation }
            else { kind = .other }
        }
        var pos = LexiconSegmenter.defaultPOS(kind)
        if kind == .han, let entry = lexicon?.entry(for: text.normalizedText(of: r)) { pos = entry.pos }
        return TokenSpan(range: r, kind: kind, pos: pos)
    }
}
