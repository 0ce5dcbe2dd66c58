/// A keyword-in-context query: what to find (a term, a term with `*` wildcards, or a regular expression), how much
/// context to keep, and how to order the lines. One definition for the `kwic` command, the corpus store and the
/// server, so the same query gives the same lines everywhere.
///
/// Matching runs on normalized text (so `ＡＩ` finds `AI` and a term broken across a line in the original is
/// found), left to right, without overlaps; every hit maps back to its original range.
///
/// ```swift
/// let query = try KWICQuery(term: "加强*建设", context: 10, sort: .left(1))
/// let lines = query.lines(in: Normalizer.default.normalize(text), document: 0)
/// ```
public struct KWICQuery: Sendable, Equatable {
    /// What the query looks for.
    public enum Pattern: Sendable, Equatable {
        /// A string; each `*` stands for up to ``KWICQuery/wildcardLimit`` characters within one sentence: inside
        /// the term as few as fit (`加强*建设`), at either end as many letters and digits as there are (`*强国`).
        case term(String)
        /// A regular expression (Swift `Regex` syntax, close to ICU/PCRE), matched on Unicode scalars.
        case regex(String)
    }

    /// How far a `*` reaches: at most this many characters.
    public static let wildcardLimit = 10

    /// What to find.
    public let pattern: Pattern
    /// Characters of context kept on each side.
    public var context: Int
    /// Order of the lines: `nil` keeps text order; otherwise by the token at that position (ties by position).
    public var sort: KWICSort?

    private let literalParts: [[Unicode.Scalar]]  // the normalized term cut at each `*`

    /// A query for `term` (normalized with the default normalizer); `*` is a wildcard. Throws
    /// ``ZhTextError/invalidArgument(_:)`` when the term has no characters other than `*` and white space.
    public init(term: String, context: Int = 20, sort: KWICSort? = nil) throws {
        let normalized = Normalizer.default.normalize(term).scalars
        let parts = normalized.split(separator: "*", omittingEmptySubsequences: false).map(Array.init)
        guard parts.contains(where: { part in part.contains { !Script.isWhiteSpace($0) } }) else {
            throw ZhTextError.invalidArgument("the term \"\(term)\" has nothing to find (only white space or *)")
        }
        self.pattern = .term(term)
        self.context = max(0, context)
        self.sort = sort
        self.literalParts = parts
    }

    /// A query for the regular expression `pattern`. Throws ``ZhTextError/invalidArgument(_:)`` naming the pattern
    /// and the reason when it does not compile.
    public init(regex pattern: String, context: Int = 20, sort: KWICSort? = nil) throws {
        guard !pattern.isEmpty else { throw ZhTextError.invalidArgument("--regex: the pattern is empty") }
        do {
            _ = try Regex(pattern)
        } catch {
            throw ZhTextError.invalidArgument("--regex \"\(pattern)\": not a valid regular expression (\(error))")
        }
        self.pattern = .regex(pattern)
        self.context = max(0, context)
        self.sort = sort
        self.literalParts = []
    }

    /// Every hit in `text`, left to right, without overlaps. Contexts are normalized text and keep line breaks
    /// (renderers that need one line per hit show them, e.g. as ⏎).
    /// - Complexity: O(n × m) for a term of m scalars (wildcards: × 11 per `*`); a regex as Swift's engine does.
    public func hits(in text: NormalizedText) -> [ConcordanceHit] {
        ranges(in: text).map { hit(at: $0, in: text) }
    }

    /// The normalized range of every hit in `text`, left to right, without overlaps: ``hits(in:)`` without making
    /// the strings (16 bytes a hit), for texts with millions of hits that are written one at a time.
    public func ranges(in text: NormalizedText) -> [Range<Int>] {
        switch pattern {
        case .term: return literalParts.count == 1 ? Self.literalMatches(literalParts[0], in: text.scalars) : wildcardMatches(in: text.scalars)
        case let .regex(source): return Self.regexMatches(source, in: text)
        }
    }

    /// The hit at normalized range `r` of `text` (one of ``ranges(in:)``), with its context.
    public func hit(at r: Range<Int>, in text: NormalizedText) -> ConcordanceHit {
        let hay = text.scalars
        let lo = max(0, r.lowerBound - context), hi = min(hay.count, r.upperBound + context)
        return ConcordanceHit(range: text.originalRange(of: r), normalizedRange: r, text: text.originalText(of: r),
                              left: String(scalars: hay[lo..<r.lowerBound]), right: String(scalars: hay[r.upperBound..<hi]))
    }

    /// The hits of one document as lines, each with its sort key when ``sort`` is set (tokens from `segmenter`).
    public func lines(in text: NormalizedText, document: Int, segmenter: any Segmenter = LexiconSegmenter.default) -> [KWICLine] {
        hits(in: text).map { hit in
            KWICLine(document: document, hit: hit, sortKey: sort.map { $0.key(of: hit, in: text, segmenter: segmenter) } ?? "")
        }
    }

    /// Lines of several documents in the query's order: text order (document, then position) without ``sort``;
    /// otherwise by sort key (a missing token sorts first), ties by document and position.
    public func ordered(_ lines: [KWICLine]) -> [KWICLine] {
        lines.sorted { a, b in
            if sort != nil, a.sortKey != b.sortKey { return a.sortKey.unicodeScalars.lexicographicallyPrecedes(b.sortKey.unicodeScalars) }
            if a.document != b.document { return a.document < b.document }
            return a.hit.normalizedRange.lowerBound < b.hit.normalizedRange.lowerBound
        }
    }

    // MARK: Matching

    static func literalMatches(_ needle: [Unicode.Scalar], in hay: [Unicode.Scalar]) -> [Range<Int>] {
        guard !needle.isEmpty, needle.count <= hay.count else { return [] }
        var result: [Range<Int>] = []
        let first = needle[0], last = hay.count - needle.count
        var i = 0
        while i <= last {
            if hay[i] == first && hay[i..<(i + needle.count)].elementsEqual(needle) {
                result.append(i..<(i + needle.count))
                i += needle.count
            } else {
                i += 1
            }
        }
        return result
    }

    /// Characters a `*` may stand for: anything but a sentence end or a line break.
    @inline(__always)
    static func wildcardAccepts(_ s: Unicode.Scalar) -> Bool { !Script.isSentenceFinal(s) && !Script.isLineBreak(s) }

    /// Characters a leading or trailing `*` may take: letters (Han included) and digits.
    @inline(__always)
    static func isWordCharacter(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic || s.properties.numericType != nil }

    /// Interior `*`s take as few characters as they can (the first fit, left to right); a leading or trailing `*`
    /// as many letters and digits as it can (up to the limit, never punctuation or white space), since taking none
    /// would make it meaningless.
    func wildcardMatches(in hay: [Unicode.Scalar]) -> [Range<Int>] {
        var parts = literalParts
        let leading = parts.first!.isEmpty, trailing = parts.last!.isEmpty
        if leading { parts.removeFirst() }
        if trailing { parts.removeLast() }
        // Consecutive stars (`a**b`) leave empty interior parts: each is one more wildcard of the same gap.
        var gaps: [Int] = []  // gaps[k]: stars between parts[k] and the next non-empty part
        var core: [[Unicode.Scalar]] = []
        for part in parts {
            if part.isEmpty, !core.isEmpty { gaps[gaps.count - 1] += 1; continue }
            core.append(part)
            gaps.append(1)
        }
        guard let first = core.first else { return [] }
        var result: [Range<Int>] = []
        var floor = 0  // no hit starts before the end of the previous one
        var i = 0
        while i + first.count <= hay.count {
            guard hay[i..<(i + first.count)].elementsEqual(first), let end = matchRest(core, gaps, from: 1, at: i + first.count, in: hay) else {
                i += 1
                continue
            }
            var lo = i, hi = end
            if leading {
                while lo > floor && i - lo < Self.wildcardLimit && Self.isWordCharacter(hay[lo - 1]) { lo -= 1 }
            }
            if trailing {
                while hi < hay.count && hi - end < Self.wildcardLimit && Self.isWordCharacter(hay[hi]) { hi += 1 }
            }
            result.append(lo..<hi)
            floor = hi
            i = max(hi, i + 1)
        }
        return result
    }

    /// The end of the shortest match of `core[k...]` starting at `position`, each part after a gap of up to
    /// `gaps[k-1] × limit` accepted characters.
    private func matchRest(_ core: [[Unicode.Scalar]], _ gaps: [Int], from k: Int, at position: Int, in hay: [Unicode.Scalar]) -> Int? {
        guard k < core.count else { return position }
        let part = core[k]
        let reach = gaps[k - 1] * Self.wildcardLimit
        var skip = 0
        while skip <= reach {
            let start = position + skip
            if start + part.count > hay.count { return nil }
            if hay[start..<(start + part.count)].elementsEqual(part), let end = matchRest(core, gaps, from: k + 1, at: start + part.count, in: hay) {
                return end
            }
            guard Self.wildcardAccepts(hay[start]) else { return nil }
            skip += 1
        }
        return nil
    }

    static func regexMatches(_ source: String, in text: NormalizedText) -> [Range<Int>] {
        guard let regex = try? Regex(source).matchingSemantics(.unicodeScalar) else { return [] }
        let string = text.text
        let scalars = string.unicodeScalars
        var result: [Range<Int>] = []
        var index = string.startIndex, offset = 0  // a scalar offset and its index, walked forward only
        func advance(to target: String.Index) -> Int {
            offset += scalars.distance(from: index, to: target)
            index = target
            return offset
        }
        for match in string.matches(of: regex) where !match.range.isEmpty {
            let lo = advance(to: match.range.lowerBound)
            let hi = advance(to: match.range.upperBound)
            result.append(lo..<hi)
        }
        return result
    }
}

/// Which token orders KWIC lines, as AntConc names them: `L1` is the first word left of the hit, `R2` the second
/// word right of it. Punctuation and white space are not words.
public struct KWICSort: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// Left or right of the hit.
    public enum Side: Sendable, Equatable, Hashable { case left, right }

    /// The side of the hit.
    public let side: Side
    /// 1 for the nearest word, 2 for the one after it, ….
    public let distance: Int

    /// The `distance`-th word to the left.
    public static func left(_ distance: Int) -> KWICSort { KWICSort(side: .left, distance: distance) }
    /// The `distance`-th word to the right.
    public static func right(_ distance: Int) -> KWICSort { KWICSort(side: .right, distance: distance) }

    private init(side: Side, distance: Int) {
        self.side = side
        self.distance = max(1, distance)
    }

    /// Parses `L1`…`L3`, `R1`…`R3` (case-insensitive); `nil` for anything else.
    public init?(_ label: String) {
        let u = label.uppercased()
        guard u.count == 2, let n = Int(u.dropFirst()), (1...3).contains(n) else { return nil }
        switch u.first {
        case "L": self.init(side: .left, distance: n)
        case "R": self.init(side: .right, distance: n)
        default: return nil
        }
    }

    public var description: String { (side == .left ? "L" : "R") + String(distance) }

    /// How far from the hit the words are looked for (scalars); enough for three words of any length in practice.
    static let window = 48

    /// The normalized text of the word at this position, or "" when there is none (start or end of the text).
    public func key(of hit: ConcordanceHit, in text: NormalizedText, segmenter: any Segmenter) -> String {
        let r = hit.normalizedRange
        let n = text.scalars.count
        let range = side == .left ? max(0, r.lowerBound - Self.window)..<r.lowerBound : r.upperBound..<min(n, r.upperBound + Self.window)
        guard !range.isEmpty else { return "" }
        let words = segmenter.spans(in: text, range: range).filter { $0.kind != .space && $0.kind != .punctuation }
        guard words.count >= distance else { return "" }
        let span = side == .left ? words[words.count - distance] : words[distance - 1]
        return text.normalizedText(of: span.range)
    }
}

/// One line of a concordance: a hit, the document it is in (its position among the inputs) and its sort key.
public struct KWICLine: Sendable, Equatable {
    /// Index of the document among those queried.
    public var document: Int
    /// The hit.
    public var hit: ConcordanceHit
    /// The word the lines are sorted by ("" when unsorted or when there is no word there).
    public var sortKey: String

    /// A line of document `document`.
    public init(document: Int, hit: ConcordanceHit, sortKey: String = "") {
        self.document = document
        self.hit = hit
        self.sortKey = sortKey
    }
}

extension ConcordanceHit {
    /// `s` on one line for terminal, table and Markdown output: each line break (CR LF counts as one) as `⏎`, each
    /// tab as a space.
    public static func oneLine(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var previousCR = false
        for c in s.unicodeScalars {
            if c == "\n" && previousCR { previousCR = false; continue }
            previousCR = c == "\r"
            if Script.isLineBreak(c) { out.append("⏎") } else if c == "\t" { out.append(" ") } else { out.append(c) }
        }
        return String(out)
    }
}
