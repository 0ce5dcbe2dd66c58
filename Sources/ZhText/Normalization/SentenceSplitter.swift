import ZhTextICU

/// Splits text into sentences: ICU's sentence rules plus Chinese ones — a sentence ends after `。！？；…` (a run of
/// them, e.g. `？！` or `……`) and any closing quotes or brackets that follow, and at every line break.
public enum SentenceSplitter {
    /// Sentence ranges (scalar offsets into `scalars`), white space at either end excluded, empty ones dropped.
    /// - Complexity: O(n).
    public static func sentences(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var cuts = Set<Int>()
        let n = scalars.count
        var i = 0
        while i < n {
            let s = scalars[i]
            if Script.isLineBreak(s) {
                cuts.insert(i); cuts.insert(i + 1)
            } else if Script.isSentenceFinal(s) && s.value >= 0x80 {
                var j = i + 1
                while j < n && (Script.isSentenceFinal(scalars[j]) || scalars[j].value == 0x2026) { j += 1 }
                while j < n && Script.isClosing(scalars[j]) { j += 1 }
                cuts.insert(j)
                i = j
                continue
            }
            i += 1
        }
        // ICU's rules for everything else (Latin sentences ending in ". ").
        if scalars.contains(where: { $0 == "." || $0 == "!" || $0 == "?" }) {
            var utf16: [UInt16] = []
            var scalarAt: [Int] = []  // utf16 offset → scalar offset
            utf16.reserveCapacity(n)
            for (k, s) in scalars.enumerated() {
                for u in UTF16.encode(s)! { utf16.append(u); scalarAt.append(k) }
            }
            scalarAt.append(n)
            if let it = try? BreakIterator(.sentence, locale: "zh") {
                for b in it.boundaries(of: utf16) { cuts.insert(scalarAt[b.offset]) }
            }
        }
        var result: [Range<Int>] = []
        var start = 0
        for cut in cuts.sorted() + [n] where cut > start && cut <= n {
            append(start..<cut, scalars, &result)
            start = cut
        }
        return result
    }

    /// Sentences of a string, as strings.
    public static func sentences(in text: String) -> [String] {
        let s = Array(text.unicodeScalars)
        return sentences(in: s).map { String(scalars: s[$0]) }
    }

    private static func append(_ range: Range<Int>, _ s: [Unicode.Scalar], _ result: inout [Range<Int>]) {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi && Script.isWhiteSpace(s[lo]) { lo += 1 }
        while hi > lo && Script.isWhiteSpace(s[hi - 1]) { hi -= 1 }
        if lo < hi { result.append(lo..<hi) }
    }
}
