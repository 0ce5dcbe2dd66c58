/// Reads a Markdown file (`.md`, `.markdown`) as its text: markup is not text, and every kept character keeps its
/// place in the file.
///
/// - YAML front matter (`---` … `---` at the top): `title`, `date`, `source`, `author` become metadata; the block is
///   not text.
/// - HTML comments (`<!-- … -->`, also across lines), HTML tags and autolinks (`<https://…>`) are dropped.
/// - Heading marks (`#`…`######`, closing `#`s, setext underlines) are dropped; the first heading is the title
///   (unless the front matter gives one). Heading text stays in the body.
/// - Links keep their text without the URL (`[text](url)`, `[text][ref]`; reference definitions are dropped);
///   images (`![alt](url)`) are dropped whole.
/// - Code is kept as text: fenced blocks without their fence lines, inline code without its backticks.
/// - Emphasis markers (`**`, `__`, `~~`, paired `*`/`_`), block-quote and list markers, table pipes and delimiter
///   rows, horizontal rules and backslash escapes are dropped.
///
/// Line breaks are kept as in the file (normalization re-joins wrapped lines as for plain text); a line left empty
/// only because its markup was dropped disappears with its line break. Nothing recurses: lines are read once, with
/// a little state (front matter, fenced code, open comment).
struct MarkdownExtractor {
    /// Front matter keys that become metadata.
    static let metadataKeys: Set<String> = ["title", "date", "source", "author"]

    func extract(_ source: SourceText, scalars s: [Unicode.Scalar]) -> ExtractionResult {
        var out = Output()
        var warnings: [String] = []
        var document = Document(file: source.file, body: "", bodyMap: .identity(count: 0), encoding: source.encoding, kind: .markdown)
        let lines = Self.lines(s)
        var index = 0
        // Front matter.
        if let first = lines.first, Self.trimmed(s, first.content) == ["-", "-", "-"] {
            var k = 1
            while k < lines.count, k < 400 {
                let t = Self.trimmed(s, lines[k].content)
                if t == ["-", "-", "-"] || t == [".", ".", "."] { break }
                k += 1
            }
            if k < lines.count, k < 400 {
                for line in lines[1..<k] {
                    guard let (key, value) = Self.keyValue(s, line.content), Self.metadataKeys.contains(key), !value.isEmpty else { continue }
                    switch key {
                    case "title": document.title = value; document.titleSource = "front-matter"
                    case "source": document.source = value; document.sourceSource = "front-matter"
                    case "author": document.author = value
                    default:
                        if let date = DateParser.parseValue(value) {
                            document.date = date.formatted; document.dateSource = "front-matter"
                        } else if let (month, end) = DateParser.parseMonth(Array(value.unicodeScalars), at: 0), end == value.unicodeScalars.count {
                            document.date = month; document.dateSource = "front-matter"
                        } else {
                            warnings.append("\(source.file):\(line.number): front matter date \"\(value)\" is not a date; ignored")
                        }
                    }
                }
                index = k + 1
            }
        }
        var fence: (marker: Unicode.Scalar, length: Int)?
        var inComment = false
        var previousText: (line: Int, text: String)?
        while index < lines.count {
            let line = lines[index]
            index += 1
            let content = line.content
            // Fenced code: kept verbatim, fences dropped.
            if let f = fence {
                if let close = Self.fence(s, content), close.marker == f.marker, close.length >= f.length, close.rest.isEmpty {
                    fence = nil
                } else {
                    out.emit(s, content); out.emit(s, line.newline)
                }
                continue
            }
            if !inComment, let open = Self.fence(s, content) {
                fence = (open.marker, open.length)
                continue
            }
            var a = content.lowerBound
            let b = content.upperBound
            if !inComment {
                // Blank line: kept as a paragraph break.
                if Self.trimmed(s, content).isEmpty { out.emit(s, content); out.emit(s, line.newline); previousText = nil; continue }
                let t = Self.trimmed(s, content)
                // Horizontal rule, setext underline, table delimiter row, reference definition: no text.
                if Self.isRule(t) || Self.isTableDelimiter(t) || Self.isReferenceDefinition(t) {
                    if Self.isSetextUnderline(t), let p = previousText, document.title == nil {
                        document.title = p.text; document.titleSource = "heading"
                    }
                    previousText = nil
                    continue
                }
                // Block markers: indentation, `>`, list markers, heading marks.
                var heading = false
                while a < b, s[a] == " " || s[a] == "\t" { a += 1 }
                while a < b, s[a] == ">" {
                    a += 1
                    while a < b, s[a] == " " || s[a] == "\t" { a += 1 }
                }
                if let after = Self.listMarker(s, a, b) { a = after }
                if let after = Self.headingMarks(s, a, b) { a = after; heading = true }
                var end = b
                if heading {
                    // Closing `#`s (`## 标题 ##`).
                    var e = end
                    while e > a, s[e - 1] == " " || s[e - 1] == "\t" { e -= 1 }
                    var h = e
                    while h > a, s[h - 1] == "#" { h -= 1 }
                    if h < e, h == a || s[h - 1] == " " { end = h }
                    while end > a, s[end - 1] == " " || s[end - 1] == "\t" { end -= 1 }
                }
                let before = out.count
                inComment = Self.inline(s, a, end, into: &out, inComment: false)
                let text = out.text(from: before).trimmingSpaces()
                if heading, document.title == nil, !text.isEmpty { document.title = text; document.titleSource = "heading" }
                if out.count == before || text.isEmpty {
                    out.truncate(to: before)
                    previousText = nil
                    continue
                }
                previousText = heading ? nil : (index - 1, text)
                out.emit(s, line.newline)
            } else {
                let before = out.count
                inComment = Self.inline(s, a, b, into: &out, inComment: true)
                if out.text(from: before).trimmingSpaces().isEmpty { out.truncate(to: before); continue }
                out.emit(s, line.newline)
            }
        }
        document.body = out.string
        document.bodyMap = OffsetMap(starts: out.starts, ends: out.ends, originalCount: s.count)
        return ExtractionResult(document: document, warnings: warnings)
    }

    // MARK: - Output

    /// Kept scalars with their original ranges.
    struct Output {
        var scalars: [Unicode.Scalar] = []
        var starts: [Int32] = []
        var ends: [Int32] = []

        var count: Int { scalars.count }

        mutating func emit(_ s: [Unicode.Scalar], _ range: Range<Int>) {
            for i in range { scalars.append(s[i]); starts.append(Int32(i)); ends.append(Int32(i + 1)) }
        }

        mutating func emit(_ s: [Unicode.Scalar], at i: Int) {
            scalars.append(s[i]); starts.append(Int32(i)); ends.append(Int32(i + 1))
        }

        mutating func truncate(to n: Int) {
            scalars.removeSubrange(n...); starts.removeSubrange(n...); ends.removeSubrange(n...)
        }

        func text(from n: Int) -> String { String(scalars: scalars[n...]) }

        var string: String { String(scalars: scalars) }
    }

    // MARK: - Lines

    struct Line {
        /// 1-based line number (for warnings).
        var number: Int
        /// The line without its line break.
        var content: Range<Int>
        /// The line break (`\n`, `\r\n`, `\r`, or empty at the end).
        var newline: Range<Int>
    }

    static func lines(_ s: [Unicode.Scalar]) -> [Line] {
        var out: [Line] = []
        var start = 0, i = 0
        while i < s.count {
            if s[i] == "\n" || s[i] == "\r" {
                let nl = s[i] == "\r" && i + 1 < s.count && s[i + 1] == "\n" ? 2 : 1
                out.append(Line(number: out.count + 1, content: start..<i, newline: i..<(i + nl)))
                i += nl
                start = i
            } else {
                i += 1
            }
        }
        if start < s.count { out.append(Line(number: out.count + 1, content: start..<s.count, newline: s.count..<s.count)) }
        return out
    }

    static func trimmed(_ s: [Unicode.Scalar], _ r: Range<Int>) -> ArraySlice<Unicode.Scalar> {
        var a = r.lowerBound, b = r.upperBound
        while a < b, BodyBuilder.isSpace(s[a]) { a += 1 }
        while b > a, BodyBuilder.isSpace(s[b - 1]) { b -= 1 }
        return s[a..<b]
    }

    /// `key: value` of a front matter line (key lower-cased, value without quotes).
    static func keyValue(_ s: [Unicode.Scalar], _ r: Range<Int>) -> (String, String)? {
        let line = String(scalars: s[r])
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let key = line[..<colon].trimmingSpaces().lowercased()
        var value = line[line.index(after: colon)...].trimmingSpaces()
        if value.count >= 2, let f = value.first, let l = value.last, (f == "\"" && l == "\"") || (f == "'" && l == "'") {
            value = String(value.dropFirst().dropLast())
        }
        return (key, value)
    }

    /// A fence line (three or more backticks or tildes, up to three spaces of indentation): marker, length, and the
    /// info string after it.
    static func fence(_ s: [Unicode.Scalar], _ r: Range<Int>) -> (marker: Unicode.Scalar, length: Int, rest: ArraySlice<Unicode.Scalar>)? {
        var a = r.lowerBound
        var indent = 0
        while a < r.upperBound, s[a] == " ", indent < 3 { a += 1; indent += 1 }
        guard a < r.upperBound, s[a] == "`" || s[a] == "~" else { return nil }
        let marker = s[a]
        var n = 0
        while a < r.upperBound, s[a] == marker { a += 1; n += 1 }
        guard n >= 3 else { return nil }
        let rest = trimmed(s, a..<r.upperBound)
        if marker == "`", rest.contains("`") { return nil }
        return (marker, n, rest)
    }

    /// `---`, `***`, `___`, `===` (three or more, spaces allowed): a rule or a setext underline.
    static func isRule(_ t: ArraySlice<Unicode.Scalar>) -> Bool {
        let marks = t.filter { $0 != " " && $0 != "\t" }
        guard marks.count >= 3, let first = marks.first, first == "-" || first == "*" || first == "_" || first == "=" else { return false }
        return marks.allSatisfy { $0 == first }
    }

    static func isSetextUnderline(_ t: ArraySlice<Unicode.Scalar>) -> Bool {
        t.count >= 3 && (t.allSatisfy { $0 == "=" } || t.allSatisfy { $0 == "-" })
    }

    /// `|---|:---:|` (pipes, dashes, colons and spaces only, with a dash and a pipe).
    static func isTableDelimiter(_ t: ArraySlice<Unicode.Scalar>) -> Bool {
        t.contains("-") && t.contains("|") && t.allSatisfy { "|-: \t".unicodeScalars.contains($0) }
    }

    /// `[label]: url`.
    static func isReferenceDefinition(_ t: ArraySlice<Unicode.Scalar>) -> Bool {
        guard t.first == "[", let close = t.firstIndex(of: "]"), close > t.startIndex + 1, close + 2 < t.endIndex, t[close + 1] == ":" else { return false }
        return !trimmed(Array(t[(close + 2)...]), 0..<(t.endIndex - close - 2)).isEmpty
    }

    /// After `-`, `*`, `+` or `1.`/`1)` and a space at `a`, if there is one.
    static func listMarker(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> Int? {
        guard a < b else { return nil }
        if s[a] == "-" || s[a] == "*" || s[a] == "+", a + 1 < b, s[a + 1] == " " || s[a + 1] == "\t" {
            var k = a + 1
            while k < b, s[k] == " " || s[k] == "\t" { k += 1 }
            // Task list box.
            if k + 2 < b, s[k] == "[", s[k + 2] == "]", s[k + 1] == " " || s[k + 1] == "x" || s[k + 1] == "X" { k += 3; while k < b, s[k] == " " { k += 1 } }
            return k
        }
        var k = a
        while k < b, k - a < 9, DateParser.isDigit(s[k]) { k += 1 }
        if k > a, k + 1 < b, s[k] == "." || s[k] == ")", s[k + 1] == " " || s[k + 1] == "\t" {
            k += 1
            while k < b, s[k] == " " || s[k] == "\t" { k += 1 }
            return k
        }
        return nil
    }

    /// After `#`…`######` and a space (or the end of the line) at `a`, if there are heading marks.
    static func headingMarks(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> Int? {
        var k = a
        while k < b, s[k] == "#", k - a < 7 { k += 1 }
        let n = k - a
        guard n >= 1, n <= 6, k == b || s[k] == " " || s[k] == "\t" else { return nil }
        while k < b, s[k] == " " || s[k] == "\t" { k += 1 }
        return k
    }

    // MARK: - Inline

    /// Emits the text of `a..<b` without inline markup; returns whether an HTML comment is still open at the end.
    static func inline(_ s: [Unicode.Scalar], _ a: Int, _ b: Int, into out: inout Output, inComment startInComment: Bool) -> Bool {
        var inComment = startInComment
        var i = a
        // Where a link's text ends and its destination to skip: `](…)` or `][…]`.
        var linkEnds: [Int: Int] = [:]
        let asterisks = s[a..<b].filter { $0 == "*" }.count
        let underscores = s[a..<b].filter { $0 == "_" }.count
        while i < b {
            if inComment {
                if i + 2 < b, s[i] == "-", s[i + 1] == "-", s[i + 2] == ">" { inComment = false; i += 3 } else { i += 1 }
                continue
            }
            if let skip = linkEnds[i] { i = skip; continue }
            let c = s[i]
            switch c {
            case "\\":
                if i + 1 < b, isASCIIPunctuation(s[i + 1]) {
                    out.emit(s, at: i + 1); i += 2; continue
                }
                // A backslash ending the line is a hard line break, not text.
                if i + 1 == b { i += 1; continue }
            case "<":
                if i + 3 < b, s[i + 1] == "!", s[i + 2] == "-", s[i + 3] == "-" { inComment = true; i += 4; continue }
                if let end = tagEnd(s, i, b) { i = end; continue }
            case "`":
                var n = 0
                while i + n < b, s[i + n] == "`" { n += 1 }
                if let close = closingBackticks(s, i + n, b, count: n) {
                    // Code: kept as text, no markup inside.
                    out.emit(s, (i + n)..<close)
                    i = close + n
                    continue
                }
                out.emit(s, i..<(i + n)); i += n; continue
            case "!":
                if i + 1 < b, s[i + 1] == "[", let (_, after) = link(s, i + 1, b) { i = after; continue }
            case "[":
                if let (textEnd, after) = link(s, i, b) { linkEnds[textEnd] = after; i += 1; continue }
            case "*", "_", "~":
                var n = 0
                while i + n < b, s[i + n] == c { n += 1 }
                if n >= 2 && (c != "_" || isFlank(s, i, n, a, b)) { i += n; continue }
                if c == "*", n == 1, asterisks >= 2, isFlank(s, i, n, a, b) { i += 1; continue }
                if c == "_", n == 1, underscores >= 2, isFlank(s, i, n, a, b) { i += 1; continue }
                if c == "~", n == 1 { break }
            case "|":
                // Table cell separator: a space keeps the cells apart.
                if s[a..<b].filter({ $0 == "|" }).count >= 2 { i += 1; continue }
            default:
                break
            }
            out.emit(s, at: i)
            i += 1
        }
        return inComment
    }

    static func isASCIIPunctuation(_ c: Unicode.Scalar) -> Bool {
        "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars.contains(c)
    }

    /// An emphasis run at `i` of length `n` that opens (followed by a non-space, not preceded by an ASCII letter or
    /// digit) or closes (preceded by a non-space, not followed by one).
    static func isFlank(_ s: [Unicode.Scalar], _ i: Int, _ n: Int, _ a: Int, _ b: Int) -> Bool {
        let before: Unicode.Scalar? = i > a ? s[i - 1] : nil
        let after: Unicode.Scalar? = i + n < b ? s[i + n] : nil
        func alnum(_ c: Unicode.Scalar?) -> Bool { c.map { $0.value < 0x80 && $0.properties.isAlphabetic || DateParser.isDigit($0) } ?? false }
        func space(_ c: Unicode.Scalar?) -> Bool { c.map(BodyBuilder.isSpace) ?? true }
        let opens = !space(after) && !alnum(before)
        let closes = !space(before) && !alnum(after)
        return opens || closes
    }

    /// The end of an HTML tag or autolink starting at `i` (`<p>`, `</div>`, `<br/>`, `<span class="x">`,
    /// `<https://…>`), on this line.
    static func tagEnd(_ s: [Unicode.Scalar], _ i: Int, _ b: Int) -> Int? {
        var k = i + 1
        if k < b, s[k] == "/" { k += 1 }
        guard k < b, s[k].value < 0x80, s[k].properties.isAlphabetic else { return nil }
        while k < b, s[k] != ">" {
            if s[k] == "<" { return nil }
            k += 1
        }
        return k < b ? k + 1 : nil
    }

    static func closingBackticks(_ s: [Unicode.Scalar], _ from: Int, _ b: Int, count: Int) -> Int? {
        var k = from
        while k < b {
            if s[k] == "`" {
                var n = 0
                while k + n < b, s[k + n] == "`" { n += 1 }
                if n == count { return k }
                k += n
            } else {
                k += 1
            }
        }
        return nil
    }

    /// A link at `i` (`[`): where its text ends (the `]`) and where the link ends (after `(…)` or `[…]`).
    static func link(_ s: [Unicode.Scalar], _ i: Int, _ b: Int) -> (Int, Int)? {
        var k = i + 1, depth = 0
        while k < b {
            if s[k] == "\\" { k += 2; continue }
            if s[k] == "[" { depth += 1 } else if s[k] == "]" { if depth == 0 { break }; depth -= 1 }
            k += 1
        }
        guard k < b, k + 1 < b else { return nil }
        let close = k
        if s[close + 1] == "(" {
            var m = close + 2, parens = 0
            while m < b {
                if s[m] == "\\" { m += 2; continue }
                if s[m] == "(" { parens += 1 } else if s[m] == ")" { if parens == 0 { return (close, m + 1) }; parens -= 1 }
                m += 1
            }
            return nil
        }
        if s[close + 1] == "[" {
            var m = close + 2
            while m < b, s[m] != "]" { m += 1 }
            return m < b ? (close, m + 1) : nil
        }
        return nil
    }
}
