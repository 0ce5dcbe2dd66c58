/// Accumulates body text scalar by scalar, remembering each scalar's range in the original text.
///
/// Paragraphs are separated by one blank line; runs of white space inside a paragraph become one space; a paragraph's
/// leading and trailing white space is dropped.
struct BodyBuilder {
    private(set) var scalars: [Unicode.Scalar] = []
    private var starts: [Int32] = []
    private var ends: [Int32] = []
    /// Whether each scalar is link text.
    private var linked: [Bool] = []
    private var paragraphStart = 0
    private var pendingSpace: (Int32, Int32)?

    /// Appends one scalar that came from `start..<end` of the original.
    mutating func append(_ scalar: Unicode.Scalar, start: Int, end: Int, inLink: Bool = false) {
        if BodyBuilder.isSpace(scalar) {
            if scalars.count > paragraphStart, pendingSpace == nil { pendingSpace = (Int32(start), Int32(end)) }
            return
        }
        if let space = pendingSpace {
            scalars.append(" "); starts.append(space.0); ends.append(space.1); linked.append(inLink)
            pendingSpace = nil
        }
        scalars.append(scalar); starts.append(Int32(start)); ends.append(Int32(end)); linked.append(inLink)
    }

    /// A line break inside the paragraph (`<br>`): kept as a single space-like break.
    mutating func lineBreak(at offset: Int) {
        if scalars.count > paragraphStart, pendingSpace == nil { pendingSpace = (Int32(offset), Int32(offset)) }
    }

    /// Ends the current paragraph (no effect when it is empty).
    mutating func endParagraph(at offset: Int) {
        pendingSpace = nil
        guard scalars.count > paragraphStart else { return }
        for _ in 0..<2 {
            scalars.append("\n"); starts.append(Int32(offset)); ends.append(Int32(offset)); linked.append(false)
        }
        paragraphStart = scalars.count
    }

    /// Number of scalars in the paragraph being built.
    var currentParagraphLength: Int { scalars.count - paragraphStart }

    /// The paragraphs so far (without separators), with their scalar ranges in `scalars`.
    var paragraphs: [(text: String, range: Range<Int>)] {
        var out: [(text: String, range: Range<Int>)] = []
        var i = 0
        while i < scalars.count {
            var j = i
            while j < scalars.count, !(scalars[j] == "\n" && starts[j] == ends[j]) { j += 1 }
            if j > i {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[i..<j])
                out.append((String(view), i..<j))
            }
            i = j + 1
        }
        return out
    }

    /// Share of a paragraph's characters that are link text.
    func linkShare(_ range: Range<Int>) -> Double {
        range.isEmpty ? 0 : Double(linked[range].filter { $0 }.count) / Double(range.count)
    }

    /// Whether scalar `i` is link text.
    func isLinked(_ i: Int) -> Bool { i >= 0 && i < linked.count && linked[i] }

    /// The finished body and its map, keeping only the paragraphs `keep` accepts (given text and link share);
    /// `trimmed[k]`, when given, is the part of paragraph `k` (scalar indices) to keep.
    func finish(originalCount: Int, trimmed: [Int: Range<Int>] = [:], keep: (String, Double) -> Bool = { _, _ in true }) -> (String, OffsetMap) {
        var s: [Unicode.Scalar] = [], a: [Int32] = [], b: [Int32] = []
        for (k, paragraph) in paragraphs.enumerated() {
            var (text, range) = paragraph
            if let part = trimmed[k], part.lowerBound >= range.lowerBound, part.upperBound <= range.upperBound, !part.isEmpty {
                range = part
                text = String(scalars: scalars[range])
            }
            guard keep(text, linkShare(range)) else { continue }
            if !s.isEmpty {
                let at = a.isEmpty ? 0 : b[b.count - 1]
                for _ in 0..<2 { s.append("\n"); a.append(at); b.append(at) }
            }
            s += scalars[range]; a += starts[range]; b += ends[range]
        }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: s)
        return (String(text), OffsetMap(starts: a, ends: b, originalCount: originalCount))
    }

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1F, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }
}
