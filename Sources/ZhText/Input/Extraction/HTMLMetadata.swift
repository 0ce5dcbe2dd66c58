import Foundation

/// Title, date, source, credits and URL of an HTML page: from a known layout's variables (WeChat), meta tags,
/// JSON-LD, and the visible text around the headline and the body.
struct HTMLMetadata {
    let tree: PageTree
    let content: HTMLArticleExtractor.Found
    let body: HTMLArticleExtractor.Body
    let byteToScalar: [Int32]

    /// Meta names/properties that state the publish time, best first.
    static let dateMetas = ["article:published_time", "og:article:published_time", "og:published_time", "publishdate",
        "publish_date", "publish-date", "publishtime", "publish_time", "pubdate", "pub_date", "pubtime", "datepublished",
        "og:release_date", "release_date", "weibo:article:create_at", "bytedance:published_time", "apub:time",
        "dc.date.issued", "dc.date", "dcterms.created", "dcterms.date", "sailthru.date", "firstpublishedtime", "date"]

    func fill(_ d: inout Document) {
        let metas = metaTags()
        // URL.
        if let link = tree.nodes.first(where: { $0.tag == "link" && ($0.attribute("rel") ?? "").lowercased() == "canonical" })?.attribute("href"), isURL(link) {
            d.url = link
        } else if let url = metas["og:url"] ?? metas["url"], isURL(url) {
            d.url = url
        }
        let wechat = wechatVariables()
        // Title.
        let titleTag = tree.elements("title").first.map { tree.textIncludingRemoved($0) } ?? ""
        let headline = headlineNode(titleTag: titleTag, metaTitle: metas["og:title"])
        if let h = headline {
            d.title = tree.text(of: h).trimmingSpaces(); d.titleSource = tree.nodes[h].tag
        } else if let t = wechat["msg_title"], !t.isEmpty {
            d.title = t; d.titleSource = "wechat:msg_title"
        } else if let t = metas["og:title"], !t.trimmingSpaces().isEmpty {
            d.title = t.trimmingSpaces(); d.titleSource = "meta:og:title"
        } else if let t = Self.strippedTitle(titleTag) {
            d.title = t; d.titleSource = "title"
        }
        // Visible text, for dates and credits near the headline and the body.
        let stream = VisibleText(tree: tree)
        let bodyStart = stream.start(of: body.firstNode) ?? stream.scalars.count
        let bodyEnd = stream.end(of: body.lastNode) ?? bodyStart
        let titleEnd = headline.flatMap { stream.endOfElement($0) }
        // Date.
        if let ct = wechat["ct"] ?? wechat["publish_time"] ?? wechat["create_time"], let date = DateParser.parseValue(ct) {
            d.date = date.formatted; d.dateSource = "wechat:ct"
        } else if let (date, name) = metaDate(metas) {
            d.date = date.formatted; d.dateSource = "meta:" + name
        } else if let date = jsonLD("datePublished") ?? jsonLD("pubDate") ?? jsonLD("dateCreated"), let parsed = DateParser.parseValue(date) {
            d.date = parsed.formatted; d.dateSource = "json-ld"
        } else if let (date, how, labelled) = visibleDate(stream, titleEnd: titleEnd, bodyStart: bodyStart, bodyEnd: bodyEnd) {
            d.date = date.formatted; d.dateSource = how
            // A date line of the document itself (`2003年5月` alone under the title of a report) dates the document
            // better than an unlabelled date of the page around it (a repost's date).
            if !labelled, let line = Self.datelineInBody(body.text) { d.date = line; d.dateSource = "text:dateline" }
        } else if let line = Self.datelineInBody(body.text) {
            d.date = line; d.dateSource = "text:dateline"
        } else if let url = d.url, let date = Self.dateInURL(url) {
            d.date = date.formatted; d.dateSource = "url"
        } else if let (date, name) = metaDate(metas, names: Self.modifiedDateMetas) {
            // Last resort: the page's modification time (often equal to the publish time on portals).
            d.date = date.formatted; d.dateSource = "meta:" + name
        } else if let line = Self.citationDate(body.text) {
            d.date = line; d.dateSource = "text:citation"
        }
        // Credits: the byline between headline and body, the credit lines taken out of the body, the lines after it.
        var credits = Credits()
        let bylineFrom = titleEnd.map { min($0, bodyStart) } ?? max(0, bodyStart - 300)
        for line in stream.lines(in: bylineFrom..<bodyStart) { merge(Credits.parse(line), into: &credits) }
        var after = Credits()
        for c in body.credits { merge(c, into: &after) }
        for line in stream.lines(in: bodyEnd..<min(stream.scalars.count, bodyEnd + 200)) where line.unicodeScalars.count <= 80 {
            merge(Credits.parse(line), into: &after)
        }
        // Elements whose class says source or author (`<span class="a_source">`), before the body.
        let labelled = classLabelled(before: body.firstNode)
        // Source: the posting account, the byline's 来源, a meta tag, the site name.
        if let nickname = wechat["nickname"], !nickname.isEmpty {
            d.source = nickname; d.sourceSource = "wechat:nickname"
        } else if let s = credits.source {
            d.source = s; d.sourceSource = "byline"
        } else if let s = labelled.source {
            d.source = s; d.sourceSource = "class:source"
        } else if let s = after.source {
            d.source = s; d.sourceSource = "credit"
        } else if let raw = metas["source"] ?? metas["og:site_name"] ?? metas["sitename"] ?? metas["site_name"],
                  let s = Credits.parse(raw).source ?? Credits.clean(raw).first {
            d.source = s; d.sourceSource = "meta"
        } else if let s = Self.siteName(fromTitle: titleTag) {
            // The site itself published it: its name as the `<title>` gives it.
            d.source = s; d.sourceSource = "title"
        }
        for s in [credits.source, after.source].compactMap({ $0 }) where s != d.source && d.originalSource == nil && d.sourceSource == "wechat:nickname" {
            d.originalSource = s
        }
        if d.originalSource == nil, let s = after.source, s != d.source, d.sourceSource == "byline" { d.originalSource = s }
        // Author and editors.
        var authors = credits.authors.isEmpty ? after.authors : credits.authors
        if authors.isEmpty, let a = labelled.author { authors = [a] }
        let paragraphs = body.text.components(separatedBy: "\n\n")
        if authors.isEmpty, let first = paragraphs.first, first.unicodeScalars.count <= 50 { authors = Credits.parse(first).authors }
        if authors.isEmpty, let last = paragraphs.last, let a = Credits.closingByline(last) { authors = [a] }
        if authors.isEmpty, let a = wechat["author"] ?? metas["author"] ?? metas["article:author"] ?? jsonLDAuthor(),
           plausibleName(a, titleTag: titleTag, source: d.source, siteName: metas["og:site_name"]) {
            authors = [a.trimmingSpaces()]
        }
        if !authors.isEmpty { d.author = authors.joined(separator: " ") }
        d.editors = credits.editors + after.editors.filter { !credits.editors.contains($0) }
    }

    /// A meta author that names a person: not a URL, e-mail, number or placeholder, not the site's or the source's
    /// name (portals fill `article:author` with their own name or desk: `新浪财经-自媒体综合`, `环球网`), not an
    /// organisation (``Self/isOrganisationName(_:)``).
    func plausibleName(_ raw: String, titleTag: String, source: String? = nil, siteName: String? = nil) -> Bool {
        let a = raw.trimmingSpaces()
        let n = a.unicodeScalars.count
        guard n >= 2, n <= 20, !isURL(a), !a.contains("@"), !a.lowercased().contains("name"), !a.unicodeScalars.contains(where: DateParser.isDigit),
              !a.unicodeScalars.allSatisfy({ DateParser.isDigit($0) || $0 == "," || $0 == " " }) else { return false }
        // The site's own name (any part of the `<title>` after the headline), the source, `og:site_name`.
        let tail = Self.titleParts(titleTag).count >= 2 ? Self.titleParts(titleTag).last : nil
        for name in [tail, source, siteName].compactMap({ $0?.trimmingSpaces() }) where name.unicodeScalars.count >= 2 {
            if name.contains(a) || a.contains(name) { return false }
        }
        return !Self.isOrganisationName(a)
    }

    /// Endings of the names of media, desks and organisations (`…网`, `…日报`, `…新闻`, `…综合`, `…客户端`).
    static let organisationEndings = ["网", "报", "社", "台", "新闻", "频道", "综合", "客户端", "杂志", "传媒", "媒体", "在线",
                                      "集团", "公司", "中心", "编辑部", "网站", "官微", "微信", "微博", "号", "财经", "资讯"]

    /// Whether a name reads as a medium, desk or organisation rather than a person.
    static func isOrganisationName(_ name: String) -> Bool {
        let t = name.trimmingSpaces()
        return organisationEndings.contains { t.hasSuffix($0) } || t.contains("-") || t.contains("—") || t.contains("_")
    }

    /// The parts of a `<title>` split at `_`, `|`, `｜`, ` - `, `--`, `-`, `–`, `—` (headline first).
    static func titleParts(_ title: String) -> [String] {
        title.split(whereSeparator: { "_|｜-–—".contains($0) }).map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    }

    /// The site's name from the `<title>`: its last part written with Han characters (`…_中南海_澎湃新闻-The Paper`
    /// → `澎湃新闻`), when the title has a headline part before it and that part is a short medium's name.
    static func siteName(fromTitle title: String) -> String? {
        let parts = titleParts(title)
        guard parts.count >= 2 else { return nil }
        for part in parts.dropFirst().reversed() where part.unicodeScalars.contains(where: Script.isHan) {
            let n = part.unicodeScalars.count
            // A medium's name (`…网`, `…新闻`, `…报`): a headline's own dash does not make its tail a source.
            let medium = organisationEndings.contains { part.hasSuffix($0) }
            return n >= 2 && n <= 12 && medium && part != parts[0] ? part : nil
        }
        return nil
    }

    /// The source and author named by elements whose class or id says so, before the body.
    private func classLabelled(before limit: Int) -> (source: String?, author: String?) {
        var source: String?, author: String?
        let end = limit < 0 ? tree.nodes.count : limit
        for i in 0..<end where !tree.nodes[i].isText {
            let node = tree.nodes[i]
            let tokens = ClassWeight.tokens((node.attribute("class") ?? "") + " " + (node.attribute("id") ?? ""))
            guard !tokens.isEmpty else { continue }
            let isSource = tokens.contains { $0 == "source" || $0 == "laiyuan" || $0 == "ly" || $0 == "media" || $0.hasSuffix("source") }
            let isAuthor = tokens.contains { $0 == "author" || $0 == "zuozhe" || $0 == "writer" || $0 == "byline" }
            guard isSource || isAuthor else { continue }
            let text = tree.text(of: i).trimmingSpaces()
            guard (1...40).contains(text.unicodeScalars.count), !text.contains("时间"), !text.contains("日期"),
                  text.unicodeScalars.filter(DateParser.isDigit).count * 3 < text.unicodeScalars.count else { continue }
            let credits = Credits.parse(text)
            if isSource, source == nil { source = credits.source ?? (credits.isEmpty ? Credits.clean(text).first : nil) }
            if isAuthor, author == nil { author = credits.authors.first ?? (credits.isEmpty ? Credits.clean(text).first : nil) }
        }
        return (source, author)
    }

    /// The last part of a `<title>` (`…_网易财经` → `网易财经`), usually the site's name.
    static func titleSuffix(_ title: String) -> String? {
        let parts = title.split(whereSeparator: { "_|｜-–—".contains($0) }).map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        return parts.count >= 2 ? parts.last : nil
    }

    // MARK: - Title

    /// The `h1`/`h2` (or `og:title`) that best matches the `<title>`, else the first `h1` before the body.
    private func headlineNode(titleTag: String, metaTitle: String?) -> Int? {
        let reference = metaTitle?.trimmingSpaces().isEmpty == false ? metaTitle!.trimmingSpaces() : titleTag
        var best: (Int, Int)?
        for tag in ["h1", "h2", "h3"] {
            for i in tree.elements(tag) where !tree.nodes[i].removed {
                let t = tree.text(of: i).trimmingSpaces()
                let n = t.unicodeScalars.count
                guard n >= 4, n <= 80, !reference.isEmpty, reference.contains(t) || t.contains(reference) else { continue }
                if n > (best?.1 ?? 0) { best = (i, n) }
            }
            if best != nil { break }
        }
        if let best { return best.0 }
        let firstBody = body.firstNode
        return tree.elements("h1").last { i in
            !tree.nodes[i].removed && (firstBody < 0 || i < firstBody) && (4...80).contains(tree.text(of: i).trimmingSpaces().unicodeScalars.count)
        }
    }

    /// `<title>` without the site's name: the first part before ` - `, `_`, `|`.
    static func strippedTitle(_ title: String) -> String? {
        var t = title.trimmingSpaces()
        guard !t.isEmpty else { return nil }
        for separator in ["_", " - ", "|", "｜", "--", " — ", "－"] {
            if let range = t.range(of: separator) {
                let head = String(t[..<range.lowerBound]).trimmingSpaces()
                if head.unicodeScalars.count >= 4 { return head }
            }
        }
        // `标题-新华网`: a short site name after the last hyphen.
        while let range = t.range(of: "-", options: .backwards) {
            let tail = t[range.upperBound...].trimmingSpaces(), head = String(t[..<range.lowerBound]).trimmingSpaces()
            guard tail.unicodeScalars.count <= 12, head.unicodeScalars.count >= 4 else { break }
            t = head
        }
        return t
    }

    // MARK: - Dates

    private func metaTags() -> [String: String] {
        var out: [String: String] = [:]
        for node in tree.nodes where node.tag == "meta" {
            guard let key = (node.attribute("property") ?? node.attribute("name") ?? node.attribute("itemprop") ?? node.attribute("http-equiv"))?.lowercased(),
                  let value = node.attribute("content") else { continue }
            if out[key] == nil { out[key] = value }
        }
        for node in tree.nodes where node.attribute("itemprop")?.lowercased() == "datepublished" {
            if out["datepublished"] == nil, let v = node.attribute("datetime") ?? node.attribute("content") { out["datepublished"] = v }
        }
        return out
    }

    /// Meta names that state when the page was last changed, best first (a fallback only).
    static let modifiedDateMetas = ["article:modified_time", "og:updated_time", "dateupdate", "datemodified", "dc.date.modified",
                                    "lastmod", "last-modified"]

    /// A paragraph that is only a date (`2003年5月`, `2024年3月5日`, `2024-03-05`, `二〇二四年三月五日`) among the first four paragraphs
    /// of the body or its last one: the document's own date line. `YYYY-MM` when it names only a month.
    static func datelineInBody(_ body: String) -> String? {
        let paragraphs = body.components(separatedBy: "\n\n").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        guard paragraphs.count >= 3 else { return nil }
        for p in Array(paragraphs.prefix(4)) + [paragraphs[paragraphs.count - 1]] where p.unicodeScalars.count <= 16 {
            let s = Array(p.unicodeScalars)
            var i = 0
            while i < s.count, !DateParser.isDigit(s[i]), DateParser.chineseDigits[s[i]] == nil { i += 1 }
            // Only a date, possibly in brackets: nothing but brackets and spaces around it.
            guard i < s.count, s[..<i].allSatisfy({ "（(【[ ".unicodeScalars.contains($0) }) else { continue }
            if let (date, end) = DateParser.parseChinese(s, at: i), s[end...].allSatisfy({ "）)】] ".unicodeScalars.contains($0) }) {
                return date
            }
            if let (date, end) = DateParser.parse(s, at: i), s[end...].allSatisfy({ "）)】] ".unicodeScalars.contains($0) }) {
                return date.formatted
            }
            if let (month, end) = DateParser.parseMonth(s, at: i), s[end...].allSatisfy({ "）)】] ".unicodeScalars.contains($0) }) {
                return month
            }
        }
        return nil
    }

    /// The date of a closing citation (`——《北京之春》1996年6月号`, `（原载《人民日报》2001年3月2日）`): a short last
    /// paragraph that starts with a dash, bracket or 《, or says 原载/刊于/载于/发表于, holding a date or a month.
    static func citationDate(_ body: String) -> String? {
        guard let last = body.components(separatedBy: "\n\n").last?.trimmingSpaces(), last.unicodeScalars.count <= 40 else { return nil }
        let cited = ["—", "－", "-", "（", "(", "《", "【"].contains { last.hasPrefix($0) } || ["原载", "刊于", "载于", "发表于", "原文刊"].contains { last.contains($0) }
        guard cited else { return nil }
        let s = Array(last.unicodeScalars)
        if let m = DateParser.find(in: s).first { return m.date.formatted }
        for i in s.indices where DateParser.isDigit(s[i]) && (i == 0 || !DateParser.isDigit(s[i - 1])) {
            if let (month, _) = DateParser.parseMonth(s, at: i) { return month }
        }
        return nil
    }

    private func metaDate(_ metas: [String: String], names: [String] = HTMLMetadata.dateMetas) -> (ArticleDate, String)? {
        for name in names {
            if let value = metas[name], let date = DateParser.parseValue(value) { return (date, name) }
        }
        return nil
    }

    /// The date nearest the headline or the body: between headline and body first (a labelled one wins), then just
    /// before the body, at the start of the body, just after it.
    private func visibleDate(_ stream: VisibleText, titleEnd: Int?, bodyStart: Int, bodyEnd: Int) -> (ArticleDate, String, Bool)? {
        let matches = DateParser.find(in: stream.scalars)
        if matches.isEmpty { return nil }
        func labelled(_ m: DateMatch) -> Bool {
            let from = max(0, m.range.lowerBound - 8)
            var view = String.UnicodeScalarView()
            view.append(contentsOf: stream.scalars[from..<m.range.lowerBound])
            let before = String(view)
            return ["发布时间", "发表时间", "发表于", "发布于", "时间：", "时间:", "日期：", "日期:", "发布日期", "发稿时间", "更新时间"].contains { before.contains($0) }
        }
        if let titleEnd, titleEnd <= bodyStart {
            let between = matches.filter { $0.range.lowerBound >= titleEnd && $0.range.upperBound <= bodyStart }
            if let m = between.first(where: labelled) { return (m.date, "text:byline", true) }
            // Between headline and body: a byline's date even without a label.
            if let m = between.first { return (m.date, "text:byline", true) }
        }
        let before = matches.filter { $0.range.upperBound <= bodyStart && $0.range.lowerBound >= bodyStart - 600 }
        if let m = before.last(where: labelled) { return (m.date, "text:before-body", true) }
        if let m = before.last { return (m.date, "text:before-body", false) }
        let start = matches.filter { $0.range.lowerBound >= bodyStart && $0.range.upperBound <= min(bodyEnd, bodyStart + 120) }
        if let m = start.first { return (m.date, "text:body-start", false) }
        let after = matches.filter { $0.range.lowerBound >= bodyEnd && $0.range.lowerBound <= bodyEnd + 300 }
        if let m = after.first(where: labelled) { return (m.date, "text:after-body", true) }
        if let m = after.first { return (m.date, "text:after-body", false) }
        // As a last resort, the page's first date outside the body (what GNE does).
        if let m = matches.first(where: { $0.range.upperBound <= bodyStart || $0.range.lowerBound >= bodyEnd }) { return (m.date, "text:page", false) }
        return nil
    }

    /// `/2020-02/19/`, `/20200219/`, `/2020/02/19/` in a URL.
    static func dateInURL(_ url: String) -> ArticleDate? {
        let parts = url.split(separator: "/").map(String.init)
        for (k, p) in parts.enumerated() {
            let digits = p.unicodeScalars.allSatisfy(DateParser.isDigit)
            if digits, p.count == 8, let d = DateParser.parseValue(p) { return d }
            if p.count == 7, p.unicodeScalars.filter({ $0 == "-" }).count == 1, k + 1 < parts.count,
               let d = DateParser.parseValue(p + "-" + parts[k + 1].prefix(2)) { return d }
            if digits, p.count == 4, k + 2 < parts.count, let d = DateParser.parseValue(p + "-" + parts[k + 1] + "-" + parts[k + 2].prefix(2)) { return d }
        }
        return nil
    }

    // MARK: - Scripts

    /// `var ct = "…"`, `var nickname = htmlDecode("…")`, `var msg_title = '…'` from WeChat pages.
    private func wechatVariables() -> [String: String] {
        var out: [String: String] = [:]
        guard tree.nodes.contains(where: { $0.attribute("id") == "js_content" || $0.attribute("id") == "js_article" }) else { return out }
        for (_, script) in tree.scripts {
            for name in ["ct", "publish_time", "create_time", "nickname", "msg_title", "author"] where out[name] == nil {
                if let v = Self.scriptString(script, name: name), !v.isEmpty { out[name] = v }
            }
        }
        if out["nickname"] == nil, let i = tree.nodes.firstIndex(where: { $0.attribute("id") == "js_name" }) {
            let t = tree.textIncludingRemoved(i).trimmingSpaces()
            if !t.isEmpty { out["nickname"] = t }
        }
        return out
    }

    /// The quoted value assigned to `name` (`name = "v"`, `name: 'v'`, `name = htmlDecode("v")`) in `script`.
    static func scriptString(_ script: String, name: String) -> String? {
        let s = Array(script.unicodeScalars)
        let n = Array(name.unicodeScalars)
        var i = 0
        while i + n.count < s.count {
            if Array(s[i..<i + n.count]) == n, i == 0 || !isIdentifier(s[i - 1]), !isIdentifier(s[i + n.count]) {
                var j = i + n.count
                while j < s.count, s[j] == " " || s[j] == "\t" { j += 1 }
                if j < s.count, s[j] == "=" || s[j] == ":" {
                    j += 1
                    while j < s.count, s[j] == " " || s[j] == "\t" { j += 1 }
                    if j + 11 < s.count, String(scalars: s[j..<j + 11]) == "htmlDecode(" { j += 11 }
                    if j < s.count, s[j] == "\"" || s[j] == "'" {
                        let quote = s[j]
                        var k = j + 1
                        while k < s.count, s[k] != quote, s[k] != "\n" { k += 1 }
                        return String(scalars: s[(j + 1)..<k])
                    }
                    if j < s.count, DateParser.isDigit(s[j]) {
                        var k = j
                        while k < s.count, DateParser.isDigit(s[k]) { k += 1 }
                        return String(scalars: s[j..<k])
                    }
                }
            }
            i += 1
        }
        return nil
    }

    private static func isIdentifier(_ c: Unicode.Scalar) -> Bool {
        c == "_" || c == "." || c == "$" || (c.value >= 48 && c.value <= 57) || (c.value >= 65 && c.value <= 90) || (c.value >= 97 && c.value <= 122)
    }

    /// A string field of the page's JSON-LD (`"datePublished": "…"`).
    private func jsonLD(_ field: String) -> String? {
        for (type, script) in tree.scripts where type.contains("ld+json") {
            if let v = Self.scriptString(script.replacingQuotedKeys(), name: field) { return v }
        }
        return nil
    }

    private func jsonLDAuthor() -> String? {
        for (type, script) in tree.scripts where type.contains("ld+json") {
            guard let r = script.range(of: "\"author\"") else { continue }
            if let v = Self.scriptString(String(script[r.lowerBound...]).replacingQuotedKeys(), name: "name") { return v }
        }
        return nil
    }

    private func isURL(_ s: String) -> Bool { s.hasPrefix("http://") || s.hasPrefix("https://") || s.hasPrefix("//") }

    private func merge(_ c: Credits, into credits: inout Credits) {
        if credits.source == nil { credits.source = c.source }
        // Authors come from the first line that names any (later lines are other posts or quoted bylines).
        if credits.authors.isEmpty { credits.authors = c.authors }
        credits.editors += c.editors.filter { !credits.editors.contains($0) }
    }
}

extension String {
    /// JSON keys `"name":` → `name:` so that `scriptString` can read JSON-LD.
    func replacingQuotedKeys() -> String {
        var out = String.UnicodeScalarView()
        let s = Array(unicodeScalars)
        var i = 0
        while i < s.count {
            if s[i] == "\"" {
                var k = i + 1
                while k < s.count, s[k] != "\"", s[k] != "\n" { k += 1 }
                var j = k + 1
                while j < s.count, s[j] == " " { j += 1 }
                if k < s.count, j < s.count, s[j] == ":" {
                    out.append(contentsOf: s[(i + 1)..<k]); i = k + 1; continue
                }
                out.append(contentsOf: s[i..<min(k + 1, s.count)]); i = k + 1; continue
            }
            out.append(s[i]); i += 1
        }
        return String(out)
    }
}

/// The page's visible text as one scalar stream (text nodes in order, one line break between nodes), with where each
/// text node starts.
struct VisibleText {
    var scalars: [Unicode.Scalar] = []
    var starts: [Int: Int] = [:]
    var ends: [Int: Int] = [:]
    let tree: PageTree

    init(tree: PageTree) {
        self.tree = tree
        var hidden = [Bool](repeating: false, count: tree.nodes.count)
        // Text nodes in the same block (split only by inline tags like `<b>`) stay on one line.
        var block = [Int](repeating: 0, count: tree.nodes.count)
        var previousBlock = -1
        var lastBreak = -1
        var lastText = -1
        for (i, node) in tree.nodes.enumerated() {
            let parent = node.parent
            let parentHidden = parent >= 0 ? hidden[parent] : false
            hidden[i] = parentHidden || (!node.isText && PageTree.skippedTags.contains(node.tag) && node.tag != "footer" && node.tag != "aside")
            let inline = node.isText || PageTree.inlineTags.contains(node.tag)
            block[i] = inline && parent >= 0 ? block[parent] : i
            if node.tag == "br" { lastBreak = i }
            guard let text = node.text, !hidden[i] else { continue }
            let t = Array(text.text.unicodeScalars)
            guard t.contains(where: { !BodyBuilder.isSpace($0) }) else { continue }
            if !scalars.isEmpty {
                // A new block, or a block element or `<br>` between the two text nodes, starts a new line.
                let sameLine = block[i] == previousBlock && lastBreak < lastText
                    && !tree.nodes[(lastText + 1)..<i].contains { !$0.isText && !PageTree.inlineTags.contains($0.tag) }
                // U+001F marks where one inline element's text ends (a credit's value stops there).
                scalars.append(sameLine ? "\u{1F}" : "\n")
            }
            lastText = i
            starts[i] = scalars.count
            scalars += t
            ends[i] = scalars.count
            previousBlock = block[i]
        }
    }

    func start(of node: Int) -> Int? { node < 0 ? nil : starts[node] }
    func end(of node: Int) -> Int? { node < 0 ? nil : ends[node] }

    /// Where the text of element `i` ends in the stream.
    func endOfElement(_ i: Int) -> Int? {
        var last: Int?
        var k = i + 1
        while k < tree.nodes.count, tree.isInside(k, i) {
            if let e = ends[k] { last = e }
            k += 1
        }
        return last
    }

    /// The stream's lines within `range`.
    func lines(in range: Range<Int>) -> [String] {
        guard range.lowerBound < range.upperBound, range.lowerBound >= 0, range.upperBound <= scalars.count else { return [] }
        let raw = scalars[range].split(separator: "\n").map { String(scalars: $0).trimmingSpaces() }.filter { !$0.isEmpty }
        // `来源：` in one element and its value in the next read as one line.
        var out: [String] = []
        for line in raw {
            if let last = out.last, let end = last.unicodeScalars.last, Credits.separators.contains(end) || last.unicodeScalars.count <= 4 && Credits.parse(last).isEmpty && Credits.parse(last + "：x").coverage > 0.5 {
                out[out.count - 1] = last + (Credits.separators.contains(end) ? "" : "：") + line
            } else {
                out.append(line)
            }
        }
        return out
    }
}

extension PageTree {
    /// All text of an element, removed parts included (for `<title>`, which sits in the removed `head`).
    func textIncludingRemoved(_ i: Int) -> String {
        var out = ""
        var stack = [i]
        while let k = stack.popLast() {
            if let t = nodes[k].text { out += t.text }
            stack.append(contentsOf: nodes[k].children.reversed())
        }
        return out.trimmingSpaces()
    }
}
