/// Source, author and editor credits found in a byline or a credit line (`来源：新华社 作者：张三 责任编辑：李四`).
struct Credits: Sendable, Equatable {
    var source: String?
    var authors: [String] = []
    var editors: [String] = []
    /// Share of the line's non-space characters taken by labels and their values (1 = a pure credit line).
    var coverage: Double = 0

    var isEmpty: Bool { source == nil && authors.isEmpty && editors.isEmpty }

    enum Role { case source, author, editor }

    /// Labels, longest first so that `责任编辑` wins over `编辑`.
    static let labels: [(String, Role)] = [
        ("责任编辑", .editor), ("值班编辑", .editor), ("实习编辑", .editor), ("网络编辑", .editor), ("编辑部", .source),
        ("稿件来源", .source), ("文章来源", .source), ("信息来源", .source), ("新闻来源", .source), ("本文来源", .source),
        ("责编", .editor), ("主编", .editor), ("审校", .editor), ("校对", .editor), ("审核", .editor), ("终审", .editor),
        ("监制", .editor), ("统筹", .editor), ("编审", .editor), ("编辑", .editor), ("美编", .editor), ("来源", .source),
        ("出处", .source), ("作者", .author), ("记者", .author), ("撰文", .author), ("撰稿", .author), ("通讯员", .author),
        ("文", .author), ("发布者", .author), ("发布人", .author), ("发帖人", .author), ("楼主", .author),
    ]

    static let separators: Set<Unicode.Scalar> = [":", "：", "丨", "|", "｜", "/", "／"]

    /// Parses `line`. A label counts when it starts the line or follows a space or bracket, and is followed by a
    /// separator (`：`, `|`, `丨`, `/`), or by a space for the longer labels (`记者 张三`).
    static func parse(_ line: String) -> Credits {
        let s = Array(line.unicodeScalars)
        var credits = Credits()
        var found: [(start: Int, valueStart: Int, role: Role)] = []
        var i = 0
        while i < s.count {
            let boundary = i == 0 || BodyBuilder.isSpace(s[i - 1]) || "(（【[|｜丨/，,;；".unicodeScalars.contains(s[i - 1])
            if boundary {
                for (label, role) in labels {
                    let l = Array(label.unicodeScalars)
                    guard i + l.count <= s.count, Array(s[i..<i + l.count]) == l else { continue }
                    var j = i + l.count
                    while j < s.count, BodyBuilder.isSpace(s[j]) { j += 1 }
                    let hasSeparator = j < s.count && separators.contains(s[j])
                    let spaced = j > i + l.count && l.count >= 2 && role != .source
                    guard hasSeparator || spaced else { continue }
                    if hasSeparator { j += 1 }
                    if label == "编辑部" { continue }
                    found.append((i, j, role))
                    i = j - 1
                    break
                }
            }
            i += 1
        }
        guard !found.isEmpty else { return credits }
        var covered = 0
        for (k, f) in found.enumerated() {
            let end = k + 1 < found.count ? found[k + 1].start : s.count
            var view = String.UnicodeScalarView()
            view.append(contentsOf: s[f.valueStart..<max(f.valueStart, end)])
            let values = clean(String(view))
            covered += s[f.start..<max(f.start, end)].filter { !BodyBuilder.isSpace($0) }.count
            for value in values {
                switch f.role {
                case .source: if credits.source == nil { credits.source = value }
                case .author: if !credits.authors.contains(value) { credits.authors.append(value) }
                case .editor: if !credits.editors.contains(value) { credits.editors.append(value) }
                }
            }
        }
        let total = s.filter { !BodyBuilder.isSpace($0) }.count
        credits.coverage = total == 0 ? 0 : Double(covered) / Double(total)
        return credits
    }

    /// Splits a credit value into names: trims brackets and punctuation, stops at a date or a second field.
    static func clean(_ raw: String) -> [String] {
        var value = Array(raw.unicodeScalars)
        // Stop at a date, a bracket or a second field separated by two or more spaces.
        var cut = value.count
        for (k, c) in value.enumerated() {
            if DateParser.isDigit(c), k + 4 <= value.count, DateParser.parse(value, at: k) != nil { cut = k; break }
            if "】)）]》\n".unicodeScalars.contains(c) { cut = k; break }
            if k + 1 < value.count, BodyBuilder.isSpace(c), BodyBuilder.isSpace(value[k + 1]) { cut = k; break }
        }
        value = Array(value[..<cut])
        let trim: Set<Unicode.Scalar> = [" ", "\u{3000}", "\u{A0}", "(", "（", "【", "[", ")", "）", "】", "]", "：", ":", "|", "丨", "，", ",", "。", ";", "；", "“", "”", "\"", "《", "》"]
        while let f = value.first, trim.contains(f) { value.removeFirst() }
        while let l = value.last, trim.contains(l) { value.removeLast() }
        guard !value.isEmpty, value.count <= 40 else { return [] }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: value)
        let text = String(view)
        let names = text.split(whereSeparator: { "、，,;；".unicodeScalars.contains($0.unicodeScalars.first!) })
            .map { $0.trimmingSpaces() }.filter { !$0.isEmpty && $0.unicodeScalars.count <= 20 }
        return names.isEmpty ? [] : (names.count == 1 ? [text.trimmingSpaces()] : names)
    }
}

extension StringProtocol {
    /// The string without leading and trailing white space (ASCII, no-break and ideographic spaces).
    func trimmingSpaces() -> String {
        let s = Array(unicodeScalars)
        var a = 0, b = s.count
        while a < b, BodyBuilder.isSpace(s[a]) { a += 1 }
        while b > a, BodyBuilder.isSpace(s[b - 1]) { b -= 1 }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: s[a..<b])
        return String(view)
    }
}
