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
        ("实习生", .author), ("文", .author), ("发布者", .author), ("发布人", .author), ("发帖人", .author), ("楼主", .author),
    ]

    static let separators: Set<Unicode.Scalar> = [":", "：", "丨", "|", "｜", "/", "／"]

    /// The labels as scalars, and the set of their first scalars (a line without any cannot hold a credit).
    static let labelScalars: [(scalars: [Unicode.Scalar], label: String, role: Role)] = labels.map { (Array($0.0.unicodeScalars), $0.0, $0.1) }
    static let labelStarts: Set<Unicode.Scalar> = Set(labels.compactMap { $0.0.unicodeScalars.first })

    /// Parses `line`. A label counts when it starts the line or follows a space or bracket, and is followed by a
    /// separator (`：`, `|`, `丨`, `/`), or by a space for the longer labels (`记者 张三`).
    static func parse(_ line: String) -> Credits {
        let s = Array(line.unicodeScalars)
        var credits = Credits()
        var found: [(start: Int, valueStart: Int, role: Role)] = []
        guard s.contains(where: { labelStarts.contains($0) || $0 == "由" }) else { return credits }
        var i = 0
        while i < s.count {
            // `本报记者 张三`, `新华社记者 李四`: these labels may follow other characters.
            let reporter = i + 2 <= s.count && (s[i] == "记" && s[i + 1] == "者" || s[i] == "实" && s[i + 1] == "习")
            let boundary = reporter || i == 0 || BodyBuilder.isSpace(s[i - 1]) || "(（【[|｜丨/，,;；□■".unicodeScalars.contains(s[i - 1])
            if boundary, labelStarts.contains(s[i]) {
                for (l, label, role) in labelScalars {
                    guard i + l.count <= s.count, s[i..<i + l.count].elementsEqual(l) else { continue }
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
        if found.isEmpty, let poster = poster(s) { credits.authors = [poster] }
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

    /// `本贴由大卫于2005年…发表`, `由海姑娘张贴`: the poster of a forum or blog post.
    static func poster(_ s: [Unicode.Scalar]) -> String? {
        guard s.count <= 100, var by = s.firstIndex(of: "由") else { return nil }
        while by + 1 < s.count, BodyBuilder.isSpace(s[by + 1]) { by += 1 }
        var j = by + 1
        while j < s.count, j - by <= 13, !BodyBuilder.isSpace(s[j]), s[j] != "于", s[j] != "在", !(s[j] == "张" && j + 1 < s.count && s[j + 1] == "贴"),
              !(s[j] == "发" && j + 1 < s.count && (s[j + 1] == "表" || s[j + 1] == "布")) { j += 1 }
        guard j < s.count, j > by + 1, j - by <= 13 else { return nil }
        var k = j
        while k < s.count, BodyBuilder.isSpace(s[k]) { k += 1 }
        let rest = String(scalars: s[k...])
        guard rest.hasPrefix("于") || rest.hasPrefix("张贴") || rest.hasPrefix("发表") || rest.hasPrefix("发布") else { return nil }
        guard rest.hasPrefix("张贴") || rest.contains("发表") || rest.contains("发布") || DateParser.find(in: Array(rest.unicodeScalars)).count > 0 else { return nil }
        return clean(String(scalars: s[(by + 1)..<j])).first
    }

    /// The reporter named in parentheses at the end of an article: `（记者 张三）`, `（姚峰 上海报道）`, `（张巨峰）`.
    static func closingByline(_ paragraph: String) -> String? {
        let s = Array(paragraph.trimmingSpaces().unicodeScalars)
        guard let last = s.last, last == "）" || last == ")", let open = s.lastIndex(where: { $0 == "（" || $0 == "(" }), s.count - open <= 26 else { return nil }
        // Only a note after the last sentence: `…举行。（张三）`, not `他说（这很重要）`.
        guard open == 0 || "。！？”!?.".unicodeScalars.contains(s[open - 1]) else { return nil }
        let inner = String(scalars: s[(open + 1)..<(s.count - 1)]).trimmingSpaces()
        if let r = inner.range(of: "记者") {
            return clean(String(inner[r.upperBound...])).joined(separator: " ").nilIfEmpty
        }
        let parts = inner.split(separator: " ").map(String.init)
        if parts.count >= 2, parts.last!.hasSuffix("报道") || parts.last!.hasSuffix("电") {
            return parts.dropLast().joined(separator: " ").nilIfEmpty
        }
        let han = inner.unicodeScalars.allSatisfy { $0.value >= 0x4E00 && $0.value <= 0x9FFF || $0 == " " }
        return han && (2...4).contains(inner.unicodeScalars.count) ? inner : nil
    }

    /// Splits a credit value into names: trims brackets and punctuation, stops at a date or a second field.
    static func clean(_ raw: String) -> [String] {
        var value = Array(raw.unicodeScalars.drop(while: { BodyBuilder.isSpace($0) }))
        // The value ends with the element it started in (`文/苏禾` then the account's name in the next element).
        if let boundary = value.firstIndex(of: "\u{1F}") { value = Array(value[..<boundary]) }
        // Stop at a date, a bracket or a second field separated by two or more spaces.
        var cut = value.count
        var depth = 0
        for (k, c) in value.enumerated() {
            if DateParser.isDigit(c), k + 4 <= value.count, DateParser.parse(value, at: k) != nil { cut = k; break }
            if "(（".unicodeScalars.contains(c) { depth += 1 }
            if "】)）]》\n".unicodeScalars.contains(c) {
                if depth > 0, c == ")" || c == "）" { depth -= 1; continue }
                cut = k; break
            }
            if k + 1 < value.count, BodyBuilder.isSpace(c), BodyBuilder.isSpace(value[k + 1]) { cut = k; break }
        }
        value = Array(value[..<cut])
        // Names end where other page text begins: keep leading words while they read as names.
        let words = value.split(whereSeparator: { BodyBuilder.isSpace($0) })
        if words.count > 1 {
            let stops = ["时间", "日期", "发表", "发布", "来源", "点击", "浏览", "阅读", "评论", "字号", "字体", "分享", "编辑", "责编", "访问", "统计", "人气", "关注"]
            var kept: [ArraySlice<Unicode.Scalar>] = []
            var total = 0
            for word in words {
                let text = String(scalars: word)
                if stops.contains(where: { text.contains($0) }) || (!kept.isEmpty && (total + word.count > 24 || word.count > 12)) { break }
                kept.append(word)
                total += word.count
            }
            if !kept.isEmpty { value = Array(kept.joined(separator: [" "])) }
        }
        let trim: Set<Unicode.Scalar> = [" ", "\u{3000}", "\u{A0}", "(", "（", "【", "[", ")", "）", "】", "]", "：", ":", "|", "丨", "，", ",", "。", ";", "；", "“", "”", "\"", "《", "》"]
        while let f = value.first, trim.contains(f) { value.removeFirst() }
        while let l = value.last, trim.contains(l) {
            // Keep the closing bracket of `周思博 (Joel Spolsky)`.
            if l == ")" || l == "）", value.filter({ $0 == "(" || $0 == "（" }).count >= value.filter({ $0 == ")" || $0 == "）" }).count { break }
            value.removeLast()
        }
        // 网易's editor codes: `杨倩_NF4425`.
        if let underscore = value.lastIndex(of: "_"), underscore > 0, value[(underscore + 1)...].allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || DateParser.isDigit($0)) }) {
            value = Array(value[..<underscore])
        }
        guard !value.isEmpty, value.count <= 40, !value.contains(where: { "？?！!。".unicodeScalars.contains($0) }) else { return [] }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: value)
        let text = String(view)
        let names = text.split(whereSeparator: { "、，,;；".unicodeScalars.contains($0.unicodeScalars.first!) })
            .map { $0.trimmingSpaces() }.filter { !$0.isEmpty && $0.unicodeScalars.count <= 20 }
        return names.isEmpty ? [] : (names.count == 1 ? [text.trimmingSpaces()] : names)
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}

extension StringProtocol {
    /// The string without leading and trailing white space (ASCII, no-break and ideographic spaces).
    func trimmingSpaces() -> String {
        let view = unicodeScalars
        guard let first = view.first, let last = view.last else { return "" }
        if !BodyBuilder.isSpace(first) && !BodyBuilder.isSpace(last) { return String(self) }
        let s = Array(view)
        var a = 0, b = s.count
        while a < b, BodyBuilder.isSpace(s[a]) { a += 1 }
        while b > a, BodyBuilder.isSpace(s[b - 1]) { b -= 1 }
        return String(scalars: s[a..<b])
    }
}
