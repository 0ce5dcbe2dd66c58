/// Finds the article in text saved from a web page (no markup): the body among navigation, share counters, lists of
/// other headlines, account footers and disclaimers, plus the title, date, account and credits around it.
struct SavedPageExtractor {
    enum LineKind: Equatable {
        case blank, breadcrumb, prompt, disclaimer, listHeading, timestamp, credit, prose, short
    }

    struct Line {
        var text: String
        var range: Range<Int>
        var kind: LineKind
        var length: Int
    }

    /// The input's lines (without terminators) and their scalar ranges in the original.
    static func lines(of scalars: [Unicode.Scalar]) -> [Line] {
        var out: [Line] = []
        var start = 0
        var i = 0
        while i <= scalars.count {
            if i == scalars.count || scalars[i] == "\n" || scalars[i] == "\r" {
                let text = String(scalars: scalars[start..<i])
                out.append(Line(text: text, range: start..<i, kind: classify(text), length: scalars[start..<i].count { !BodyBuilder.isSpace($0) }))
                if i < scalars.count, scalars[i] == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
                start = i + 1
            }
            i += 1
        }
        return out
    }

    static func classify(_ raw: String) -> LineKind {
        let t = raw.trimmingSpaces()
        let scalars = Array(t.unicodeScalars)
        if scalars.isEmpty { return .blank }
        if isBreadcrumb(t) { return .breadcrumb }
        if Boilerplate.isDisclaimer(t) { return .disclaimer }
        if Boilerplate.isListHeading(t) { return .listHeading }
        // A timestamp line is a date with at most 24 other characters: never longer than 80.
        if scalars.count <= 80, let first = DateParser.find(in: scalars).first, first.range.lowerBound <= 2,
           scalars.count - first.range.count <= (first.date.hasTime ? 24 : 6),
           !scalars.contains(where: { $0 == "。" || $0 == "，" }) {
            return .timestamp
        }
        if scalars.count <= 60 {
            let credits = Credits.parse(t)
            if !credits.isEmpty, credits.coverage > 0.6 { return .credit }
        }
        if Boilerplate.isPrompt(t) { return .prompt }
        let punctuation = scalars.filter(Boilerplate.isProsePunctuation).count
        if scalars.count >= 40 || (scalars.count >= 12 && punctuation > 0 && (scalars.last == "。" || scalars.last == "！" || scalars.last == "？" || scalars.last == "”")) {
            return .prose
        }
        return .short
    }

    /// `网易首页 > 网易号 > 正文`, `当前位置：首页 > 新闻`.
    static func isBreadcrumb(_ t: String) -> Bool {
        if t.hasPrefix("当前位置") || t.hasPrefix("您的位置") || t.hasPrefix("你的位置") || t.hasPrefix("您现在的位置") { return true }
        // Cheap checks first: this runs on every line of every plain-text input.
        guard t.utf8.count <= 4 * 80, t.unicodeScalars.count <= 80,
              t.unicodeScalars.contains(where: { $0 == ">" || $0 == "›" || $0 == "»" || $0 == "＞" || $0 == "→" }) else { return false }
        let parts = t.split(whereSeparator: { $0 == ">" || $0 == "›" || $0 == "»" || $0 == "＞" || $0 == "→" })
        guard parts.count >= 3 || (parts.count == 2 && (t.contains("首页") || t.contains("正文"))) else { return false }
        return parts.allSatisfy { $0.trimmingSpaces().unicodeScalars.count <= 16 }
    }

    /// Whether the text reads as a saved web page: at least two different kinds of page furniture.
    static func looksLikeSavedPage(_ lines: [Line]) -> Bool {
        var signals = Set<String>()
        var timestamps = 0
        for line in lines {
            switch line.kind {
            case .breadcrumb: signals.insert("breadcrumb")
            case .disclaimer: signals.insert("disclaimer")
            case .listHeading: signals.insert("list")
            case .prompt where line.length > 0 && !line.text.trimmingSpaces().unicodeScalars.allSatisfy(DateParser.isDigit): signals.insert("prompt")
            case .timestamp: timestamps += 1
            default: break
            }
        }
        if timestamps >= 3 { signals.insert("timestamps") }
        return signals.count >= 2
    }

    /// Extracts from `source`; `nil` when the text is not a saved page or holds no article.
    func extract(_ source: SourceText, scalars: [Unicode.Scalar]) -> Document? {
        let lines = Self.lines(of: scalars)
        guard Self.looksLikeSavedPage(lines), let body = bestBlock(lines) else { return nil }
        var document = Document(file: source.file, body: "", bodyMap: .identity(count: 0), encoding: source.encoding, kind: .savedPage)
        var builder = BodyBuilder()
        for index in body {
            let line = lines[index]
            guard line.kind != .blank else { continue }
            for (k, s) in scalars[line.range].enumerated() { builder.append(s, start: line.range.lowerBound + k, end: line.range.lowerBound + k + 1) }
            builder.endParagraph(at: line.range.upperBound)
        }
        (document.body, document.bodyMap) = builder.finish(originalCount: scalars.count)
        metadata(lines, body: body, into: &document)
        return document
    }

    /// The run of lines holding the most prose, never crossing furniture (lists, disclaimers, credits, timestamps).
    func bestBlock(_ lines: [Line]) -> ClosedRange<Int>? {
        var best: (score: Int, range: ClosedRange<Int>)?
        var runScore = 0
        var runStart: Int?
        var runEnd = 0
        for (i, line) in lines.enumerated() {
            let weight: Int?
            switch line.kind {
            case .blank: continue
            case .prose: weight = line.length
            case .short: weight = -12
            default: weight = nil
            }
            guard let weight else { runStart = nil; runScore = 0; continue }
            if runStart == nil || runScore + weight <= 0 {
                if weight > 0 { runStart = i; runScore = weight; runEnd = i } else { runStart = nil; runScore = 0; continue }
            } else {
                runScore += weight
                if weight > 0 { runEnd = i }
            }
            if let start = runStart, weight > 0, runScore > (best?.score ?? 0) { best = (runScore, start...runEnd) }
        }
        guard let best, best.score >= 60 else { return nil }
        return best.range
    }

    func metadata(_ lines: [Line], body: ClosedRange<Int>, into document: inout Document) {
        // The header: non-blank lines above the body, up to the navigation or a list, label lines (`来源：`) joined with
        // the value on the next line.
        var header: [String] = []
        var k = body.lowerBound - 1
        while k >= 0, header.count < 25 {
            let line = lines[k]
            if line.kind == .breadcrumb || line.kind == .listHeading || line.kind == .disclaimer { break }
            if line.kind != .blank { header.insert(line.text.trimmingSpaces(), at: 0) }
            k -= 1
        }
        let joined = Self.joiningLabels(header)
        // Byline: the timestamp (or labelled or timed date) nearest the body; the title is the headline above it.
        func isByline(_ text: String) -> DateMatch? {
            let scalars = Array(text.unicodeScalars)
            guard let m = DateParser.find(in: scalars).first else { return nil }
            let labelled = ["时间", "日期", "发表于", "发布于", "来源"].contains { text.contains($0) }
            return Self.classify(text) == .timestamp || m.date.hasTime || labelled ? m : nil
        }
        let bylineIndex = joined.indices.last { isByline(joined[$0])?.date.hasTime == true } ?? joined.indices.last { isByline(joined[$0]) != nil }
        if let b = bylineIndex, let m = isByline(joined[b]) {
            document.date = m.date.formatted
            document.dateSource = "byline"
        }
        func isHeadline(_ text: String) -> Bool {
            let n = text.unicodeScalars.count
            guard n >= 4, n <= 80, let last = text.unicodeScalars.last, last != "。", last != "：", last != ":", !text.hasPrefix("【") else { return false }
            let kind = Self.classify(text)
            return kind == .short || kind == .prose
        }
        let titleSearch = bylineIndex.map { Array(joined[..<$0].indices.reversed()) } ?? Array(joined.indices.reversed())
        let headlines = titleSearch.filter { isHeadline(joined[$0]) && Credits.parse(joined[$0]).isEmpty }
        // A short name right above the timestamp is the byline's account or paper (`南江日报` / `2026-03-12 09:30`),
        // not the headline, when a headline stands further up.
        var bylineName: String?
        var titleIndex = headlines.first
        if let b = bylineIndex, headlines.count >= 2, headlines[0] == b - 1, joined[b - 1].unicodeScalars.count <= 12,
           joined[headlines[1]].unicodeScalars.count > joined[b - 1].unicodeScalars.count {
            bylineName = joined[b - 1]
            titleIndex = headlines[1]
        }
        if let t = titleIndex {
            document.title = joined[t]
            document.titleSource = "line"
        }
        var credits = Credits()
        for text in joined where text.unicodeScalars.count <= 80 { merge(Credits.parse(text), into: &credits) }
        if let source = credits.source ?? bylineName { document.source = source; document.sourceSource = "byline" }
        // The posting account's block: a timestamp next to the account name and its follower counts.
        if let (date, account) = accountBlock(lines, excluding: body) {
            if document.date == nil { document.date = date.formatted; document.dateSource = "account" }
            if let account {
                if let source = document.source, source != account { document.originalSource = source }
                document.source = account
                document.sourceSource = "account"
            }
        }
        // Credit lines after the body (until the next list of headlines).
        var after = Credits()
        var following: [String] = []
        var j = body.upperBound + 1
        while j < lines.count, j <= body.upperBound + 40 {
            if lines[j].kind == .listHeading { break }
            if lines[j].kind != .blank { following.append(lines[j].text.trimmingSpaces()) }
            j += 1
        }
        for text in Self.joiningLabels(following) where text.unicodeScalars.count <= 60 { merge(Credits.parse(text), into: &after) }
        if let source = after.source {
            if document.source == nil { document.source = source; document.sourceSource = "credit" }
            else if document.source != source, document.originalSource == nil { document.originalSource = source }
        }
        let authors = credits.authors.isEmpty ? after.authors : credits.authors
        if !authors.isEmpty { document.author = authors.joined(separator: " ") }
        document.editors = credits.editors + after.editors.filter { !credits.editors.contains($0) }
    }

    /// Lines with a bare label (`来源：`, `责任编辑：`, `发表时间：`) joined with the value on the next line.
    static func joiningLabels(_ texts: [String]) -> [String] {
        var joined: [String] = []
        for text in texts {
            if let last = joined.last, let end = last.unicodeScalars.last, Credits.separators.contains(end), last.unicodeScalars.count <= 7,
               last.contains("时间") || last.contains("日期") || Credits.parse(last + "某").coverage > 0.5 {
                joined[joined.count - 1] = last + text
            } else {
                joined.append(text)
            }
        }
        return joined
    }

    /// A timestamp line whose neighbours are an account name (repeated) or follower counts (`文章数`, `关注度`, `粉丝`).
    func accountBlock(_ lines: [Line], excluding body: ClosedRange<Int>) -> (ArticleDate, String?)? {
        let counters = ["文章数", "关注度", "粉丝", "关注者", "篇文章", "获赞", "订阅"]
        for (i, line) in lines.enumerated() where line.kind == .timestamp && !body.contains(i) {
            let next = lines[(i + 1)...].prefix(10).filter { $0.kind != .blank }.prefix(5)
            let names = next.prefix { $0.kind == .short }.map { $0.text.trimmingSpaces() }
            let hasCounters = next.contains { l in counters.contains { l.text.contains($0) } }
            // In lists of other articles a name line comes before its timestamp; the account's own block does not.
            let previous = lines[..<i].last { $0.kind != .blank }
            let repeated = names.count >= 2 && names[0] == names[1] && previous?.kind != .short
            guard next.first?.kind == .short, hasCounters || repeated,
                  let date = DateParser.find(in: Array(line.text.unicodeScalars)).first?.date else { continue }
            let account = names.first.flatMap { $0.unicodeScalars.count <= 20 ? $0 : nil }
            return (date, account)
        }
        return nil
    }

    private func merge(_ c: Credits, into credits: inout Credits) {
        if credits.source == nil { credits.source = c.source }
        // Authors come from the first line that names any (later lines are other posts or quoted bylines).
        if credits.authors.isEmpty { credits.authors = c.authors }
        credits.editors += c.editors.filter { !credits.editors.contains($0) }
    }
}
