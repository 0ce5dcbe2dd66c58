import ZhTextHTML

/// Finds the article in an HTML page: a known layout's content element when there is one, otherwise the block with
/// the most prose by a readability-style score that counts Chinese punctuation (`，。；：`) and discounts links; then
/// removes link lists, share bars, comments, recommendation lists and disclaimers inside it.
struct HTMLArticleExtractor {
    /// Content elements of known layouts (WeChat, 网易, 新浪, 腾讯, 搜狐, 澎湃, 人民网, 新华网, gov.cn), by id or class.
    static let knownIDs = ["js_content", "endText", "artibody", "article_body", "Cnt-Main-Article-QQ", "mp-editor",
                           "UCAP-CONTENT", "p-detail", "detailContent", "rwb_zw", "ozoom", "zoom", "content_area",
                           "article-content", "articleContent", "main_content", "news_content", "newsContent"]
    static let knownClasses = ["rich_media_content", "post_body", "post_text", "content-article", "article-content",
                               "news_txt", "rm_txt_con", "pages_content", "TRS_Editor", "article_content", "articleContent",
                               "main-text", "news-content", "news_content", "text_con", "box_con", "show_text",
                               "index_cententWrap__Jv8jK", "article-body", "content_text"]

    struct Found {
        var roots: [Int]
        var layout: String?
    }

    /// Extracts from `source`, parsed as `parsed`; `nil` when no article-like block exists.
    func extract(_ source: SourceText, scalars: [Unicode.Scalar], parsed: HTMLDocument) -> Document? {
        let byteToScalar = Self.byteToScalarTable(source.text)
        var tree = PageTree(parsed, dropUnlikely: true)
        var found = findContent(tree)
        var body = found.map { render(tree, $0, byteToScalar: byteToScalar, originalCount: scalars.count) }
        if (body?.length ?? 0) < 150 {
            // Readability's retry: keep elements whose class merely sounds like furniture.
            let loose = PageTree(parsed, dropUnlikely: false)
            if let f = findContent(loose) {
                let b = render(loose, f, byteToScalar: byteToScalar, originalCount: scalars.count)
                if b.length > (body?.length ?? 0) * 2 { tree = loose; found = f; body = b }
            }
        }
        guard let found, let body, body.length > 0 else { return nil }
        var document = Document(file: source.file, body: body.text, bodyMap: body.map, encoding: source.encoding, kind: .html)
        HTMLMetadata(tree: tree, content: found, body: body, byteToScalar: byteToScalar).fill(&document)
        return document
    }

    /// Maps UTF-8 byte offsets of `text` to scalar offsets (one entry per byte, plus the end).
    static func byteToScalarTable(_ text: String) -> [Int32] {
        var table = [Int32]()
        table.reserveCapacity(text.utf8.count + 1)
        var scalar: Int32 = 0
        for s in text.unicodeScalars {
            for _ in 0..<UTF8.width(s) { table.append(scalar) }
            scalar += 1
        }
        table.append(scalar)
        return table
    }

    // MARK: - Finding the content

    func findContent(_ tree: PageTree) -> Found? {
        if let layout = knownLayout(tree) { return layout }
        var scores = [Double](repeating: 0, count: tree.nodes.count)
        var isCandidate = [Bool](repeating: false, count: tree.nodes.count)
        for (i, node) in tree.nodes.enumerated() where !node.isText && !node.removed && i > 0 {
            if PageTree.inlineTags.contains(node.tag) { continue }
            let s = tree.stats[i]
            let isParagraph = node.tag == "p" || node.tag == "pre" || node.tag == "td" || node.tag == "blockquote" || s.inlineLength >= 25
            guard isParagraph, s.inlineLength >= 20 || (node.tag == "p" && s.length >= 20) else { continue }
            let length = node.tag == "p" ? s.length : s.inlineLength
            let punctuation = node.tag == "p" ? s.punctuation : s.inlinePunctuation
            let score = 1 + Double(punctuation) + min(Double(length) / 100, 3)
            // The paragraph itself, when it holds text directly (a `td` or `div` of `<br>`-separated lines).
            if node.tag != "p", s.inlineLength >= 25 { initialise(i, tree, &scores, &isCandidate); scores[i] += score }
            var ancestor = node.parent, level = 0
            while ancestor > 0, level < 5 {
                initialise(ancestor, tree, &scores, &isCandidate)
                let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level) * 3
                scores[ancestor] += score / divider
                ancestor = tree.nodes[ancestor].parent
                level += 1
            }
        }
        var top = -1
        var topScore = 0.0
        for i in tree.nodes.indices where isCandidate[i] {
            scores[i] *= 1 - tree.linkDensity(i)
            if scores[i] > topScore { topScore = scores[i]; top = i }
        }
        guard top > 0 else { return nil }
        // Climb while the parent holds the same text (a lone wrapper) or scores nearly as well.
        var parent = tree.nodes[top].parent
        while parent > 0, tree.nodes[parent].tag != "body" {
            if tree.stats[parent].length <= tree.stats[top].length + 10 || (isCandidate[parent] && scores[parent] >= topScore * 0.9 && tree.linkDensity(parent) < 0.3) {
                top = parent; parent = tree.nodes[top].parent
            } else { break }
        }
        if let first = firstOfRepeatedPosts(tree, top: top) { return Found(roots: [first], layout: "first-post") }
        // Siblings that belong to the article.
        var roots: [Int] = []
        let threshold = max(10, topScore * 0.2)
        let siblings = parent >= 0 ? tree.nodes[parent].children : [top]
        for sibling in siblings {
            if sibling == top { roots.append(top); continue }
            let node = tree.nodes[sibling]
            if node.removed || node.isText { continue }
            let s = tree.stats[sibling]
            let density = tree.linkDensity(sibling)
            var include = isCandidate[sibling] && scores[sibling] >= threshold
            if !include, node.tag == "p" || s.inlineLength == s.length {
                let text = tree.text(of: sibling)
                if s.length > 80 && density < 0.25 { include = true }
                else if s.length > 0 && s.length <= 80 && density == 0 && (text.hasSuffix("。") || text.hasSuffix("！") || text.hasSuffix("？")) { include = true }
            }
            if include, !isDatedList(tree, sibling) { roots.append(sibling) }
        }
        return Found(roots: roots, layout: nil)
    }

    /// On a blog archive or a forum thread the best block is one of several dated posts in repeated containers; the
    /// article is the first post. Returns the element in the first post at the same place as `top` in its own.
    func firstOfRepeatedPosts(_ tree: PageTree, top: Int) -> Int? {
        func signature(_ i: Int) -> String { tree.nodes[i].tag + "." + (tree.nodes[i].attribute("class") ?? "") }
        var path: [Int] = []
        var unit = top
        for _ in 0..<8 {
            let parent = tree.nodes[unit].parent
            guard parent > 0 else { return nil }
            let siblings = tree.nodes[parent].children.filter { !tree.nodes[$0].isText && !tree.nodes[$0].removed && signature($0) == signature(unit) }
            let posts = siblings.filter { i in
                tree.stats[i].length >= 50 && tree.stats[i].punctuation >= 3 && tree.linkDensity(i) < 0.3
                    && !DateParser.find(in: Array(tree.text(of: i).unicodeScalars)).isEmpty
            }
            if posts.count >= 3, posts.contains(unit), let first = posts.first {
                guard first != unit else { return nil }
                // Follow the same child positions inside the first post.
                var k = first
                for position in path.reversed() {
                    let children = tree.nodes[k].children
                    guard position < children.count else { return first }
                    k = children[position]
                }
                return tree.stats[k].length >= 50 ? k : first
            }
            if let position = tree.nodes[parent].children.firstIndex(of: unit) { path.append(position) }
            unit = parent
        }
        return nil
    }

    private func initialise(_ i: Int, _ tree: PageTree, _ scores: inout [Double], _ isCandidate: inout [Bool]) {
        guard !isCandidate[i] else { return }
        isCandidate[i] = true
        var base = 0.0
        switch tree.nodes[i].tag {
        case "div", "article", "section", "main": base = 5
        case "pre", "td", "blockquote": base = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": base = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": base = -5
        default: break
        }
        scores[i] = base + Double(ClassWeight.weight(tree.nodes[i]))
    }

    private func knownLayout(_ tree: PageTree) -> Found? {
        var matches: [(Int, String)] = []
        for (i, node) in tree.nodes.enumerated() where !node.isText && !node.removed {
            let id = node.attribute("id") ?? ""
            let classes = (node.attribute("class") ?? "").split(separator: " ").map(String.init)
            var name: String?
            if !id.isEmpty, Self.knownIDs.contains(id) { name = "#" + id }
            else if let c = classes.first(where: Self.knownClasses.contains) { name = "." + c }
            guard let name else { continue }
            let s = tree.stats[i]
            if s.length >= 60, tree.linkDensity(i) < 0.5, s.punctuation >= 2 { matches.append((i, name)) }
        }
        // A broad wrapper (`.article-content` around article and sidebar) gives way to a match inside it that holds
        // most of its prose.
        guard var best = matches.first else { return nil }
        for m in matches.dropFirst() where tree.isInside(m.0, best.0) {
            let outer = tree.stats[best.0]
            if Double(tree.stats[m.0].length) >= 0.5 * Double(outer.length - outer.linkLength) { best = m }
        }
        return Found(roots: [best.0], layout: best.1)
    }

    // MARK: - Rendering the body

    struct Body {
        var text: String
        var map: OffsetMap
        var length: Int
        /// Text nodes that made it into the body, in order.
        var firstNode: Int
        var lastNode: Int
        /// Credit paragraphs taken out of the body (`责任编辑：…`, `来源：…`).
        var credits: [Credits]
    }

    /// The body text under `found`'s roots; with `filtered` false, all visible text (no cleaning, no trimming).
    func render(_ tree: PageTree, _ found: Found, byteToScalar: [Int32], originalCount: Int, filtered: Bool = true) -> Body {
        let cleaned = filtered ? conditionallyCleaned(tree, found) : []
        var builder = BodyBuilder()
        var first = -1, last = -1
        var linkDepth = 0
        // The original offset of the first text at or after each node (for paragraph breaks' empty ranges).
        let positions = Self.nextTextPositions(tree, byteToScalar)
        // Depth-first with an explicit stack (no recursion, whatever the nesting depth): a node index to enter, or
        // `-1 - i` to leave element `i`.
        var stack: [Int] = found.roots.reversed()
        while let top = stack.popLast() {
            if top < 0 {
                let i = -1 - top
                if tree.nodes[i].tag == "a" { linkDepth -= 1 }
                if !PageTree.inlineTags.contains(tree.nodes[i].tag) { builder.endParagraph(at: positions[i]) }
                continue
            }
            let i = top
            let node = tree.nodes[i]
            if node.removed || cleaned.contains(i) { continue }
            if node.unlikely, !found.roots.contains(i) { continue }
            if let text = node.text {
                let limit = min(text.sourceStarts.count, text.sourceEnds.count)
                var emitted = false
                for (k, s) in text.text.unicodeScalars.enumerated() {
                    let a = k < limit ? Int(text.sourceStarts[k]) : Int(text.sourceStarts.last ?? 0)
                    let b = k < limit ? Int(text.sourceEnds[k]) : a
                    let start = Int(byteToScalar[min(max(a, 0), byteToScalar.count - 1)])
                    let end = Int(byteToScalar[min(max(b, a), byteToScalar.count - 1)])
                    builder.append(s, start: start, end: max(end, start), inLink: linkDepth > 0)
                    if !BodyBuilder.isSpace(s) { emitted = true }
                }
                if emitted { if first < 0 { first = i }; last = i }
                continue
            }
            if node.tag == "br" || node.tag == "hr" {
                builder.endParagraph(at: positions[i])
                continue
            }
            if !PageTree.inlineTags.contains(node.tag) { builder.endParagraph(at: positions[i]) }
            if node.tag == "a" { linkDepth += 1 }
            stack.append(-1 - i)
            stack.append(contentsOf: node.children.reversed())
        }
        var credits: [Credits] = []
        var inList = false
        // Link lists and dated headline lists at either end of the body are furniture.
        let all = builder.paragraphs
        let titles = tree.nodes.indices.filter { tree.nodes[$0].tag == "title" }.map { tree.textIncludingRemoved($0) }
        func isFurniture(_ k: Int) -> Bool {
            let t = all[k].text.trimmingSpaces()
            let n = t.unicodeScalars.count
            // The headline repeated inside the content block.
            if k == 0, n >= 4, n <= 80, !t.hasSuffix("。"), titles.contains(where: { $0.contains(t) }) { return true }
            if n <= 60, builder.linkShare(all[k].range) > 0.5 { return true }
            if n <= 60, let d = DateParser.find(in: Array(t.unicodeScalars)).first, !t.contains("。"), d.range.count * 3 >= n / 2 { return true }
            if n <= 60, Credits.parse(t).coverage > 0.6 { return true }
            return Boilerplate.isPrompt(t) || Boilerplate.isDisclaimer(t) || Boilerplate.isChromeLabels(t)
        }
        /// A short line without a full stop (an account's name or slogan) next to furniture.
        func isFragment(_ k: Int) -> Bool {
            let t = all[k].text.trimmingSpaces()
            return t.unicodeScalars.count <= 12 && !t.unicodeScalars.contains { $0 == "。" || $0 == "！" || $0 == "？" || $0 == "）" || $0 == ")" }
        }
        var lead = 0
        while filtered, lead < all.count, isFurniture(lead) || (isFragment(lead) && lead + 1 < all.count && isFurniture(lead + 1)) { lead += 1 }
        var trail = all.count
        while filtered, trail > lead, isFurniture(trail - 1) || (trail < all.count && isFragment(trail - 1)) { trail -= 1 }
        // Portal back-links and navigation links inside the first and last paragraphs (`…将持续。返回腾讯网首页>>`).
        var trimmed: [Int: Range<Int>] = [:]
        if filtered, lead < trail {
            let scalars = builder.scalars
            let last = all[trail - 1].range
            if let cut = Boilerplate.trailingBackLink(scalars[last], linked: builder.isLinked) {
                var end = cut
                while end > last.lowerBound, BodyBuilder.isSpace(scalars[end - 1]) { end -= 1 }
                if end > last.lowerBound { trimmed[trail - 1] = last.lowerBound..<end }
            }
            let first = trimmed[lead] ?? all[lead].range
            if builder.isLinked(first.lowerBound) {
                var end = first.lowerBound
                while end < first.upperBound, builder.isLinked(end) { end += 1 }
                let run = String(scalars: scalars[first.lowerBound..<end])
                var start = end
                while start < first.upperBound, BodyBuilder.isSpace(scalars[start]) { start += 1 }
                if start < first.upperBound, Boilerplate.isBackLink(run) || Boilerplate.isChromeLabels(run) {
                    trimmed[lead] = start..<first.upperBound
                }
            }
        }
        var index = -1
        let (text, map) = builder.finish(originalCount: originalCount, trimmed: trimmed) { paragraph, _ in
            index += 1
            let t = paragraph.trimmingSpaces()
            let n = t.unicodeScalars.count
            if !filtered { return true }
            if index < lead || index >= trail {
                let c = n <= 80 ? Credits.parse(t) : Credits()
                if !c.isEmpty { credits.append(c) }
                return false
            }
            if Boilerplate.isListHeading(t) { inList = true; return false }
            if inList {
                if n >= 40 && t.unicodeScalars.contains("。") { inList = false } else { return false }
            }
            if Boilerplate.isDisclaimer(t) || Boilerplate.isPrompt(t) { return false }
            if n <= 60 {
                let c = Credits.parse(t)
                if !c.isEmpty, c.coverage > 0.6 { credits.append(c); return false }
            }
            return true
        }
        let length = text.unicodeScalars.filter { !BodyBuilder.isSpace($0) }.count
        return Body(text: text, map: map, length: length, firstNode: first, lastNode: last, credits: credits)
    }

    /// For every node, the original scalar offset of the first text at or after it in document order (the end of
    /// the input after the last text), computed in one backward pass.
    static func nextTextPositions(_ tree: PageTree, _ byteToScalar: [Int32]) -> [Int] {
        var out = [Int](repeating: Int(byteToScalar.last ?? 0), count: tree.nodes.count + 1)
        for k in stride(from: tree.nodes.count - 1, through: 0, by: -1) {
            if let t = tree.nodes[k].text, let b = t.sourceStarts.first {
                out[k] = Int(byteToScalar[min(max(Int(b), 0), byteToScalar.count - 1)])
            } else {
                out[k] = out[k + 1]
            }
        }
        return out
    }

    /// Readability's conditional cleaning: inside the content, blocks that are mostly links, lists of short items,
    /// forms or headings of recommendation lists (with the lists after them) are dropped.
    func conditionallyCleaned(_ tree: PageTree, _ found: Found) -> Set<Int> {
        var dropped = Set<Int>()
        for root in found.roots {
            var stack = [root]
            while let i = stack.popLast() {
                let node = tree.nodes[i]
                if node.removed || node.isText { continue }
                if i != root, shouldDrop(tree, i) { dropped.insert(i); continue }
                // A recommendation heading drops itself and the link-heavy siblings after it.
                if i != root, tree.stats[i].length <= 12, Boilerplate.isListHeading(tree.text(of: i)) {
                    dropped.insert(i)
                    let siblings = tree.nodes[node.parent].children
                    if let at = siblings.firstIndex(of: i) {
                        for s in siblings[(at + 1)...] where tree.linkDensity(s) > 0.3 || tree.stats[s].punctuation < 3 { dropped.insert(s) }
                    }
                    continue
                }
                stack.append(contentsOf: node.children.reversed())
            }
        }
        return dropped
    }

    /// A list of headlines with their dates: two or more dates, little text per date.
    func isDatedList(_ tree: PageTree, _ i: Int) -> Bool {
        let s = tree.stats[i]
        guard s.length < 1500 else { return false }
        let dates = DateParser.find(in: Array(tree.text(of: i).unicodeScalars)).count
        return dates >= 2 && s.length / dates < 80
    }

    private func shouldDrop(_ tree: PageTree, _ i: Int) -> Bool {
        let node = tree.nodes[i]
        guard ["div", "section", "table", "ul", "ol", "dl", "form", "aside", "header", "center", "span"].contains(node.tag) else { return false }
        if isDatedList(tree, i) { return true }
        let s = tree.stats[i]
        let weight = ClassWeight.weight(node)
        let density = tree.linkDensity(i)
        if s.length == 0 { return false }
        if weight < 0 && s.punctuation < 10 { return true }
        if s.punctuation >= 10 { return density > 0.5 }
        let isList = node.tag == "ul" || node.tag == "ol"
        if s.listItems > 0, !isList, s.listItems > s.paragraphs + 1, density > 0.2 { return true }
        if s.inputs > max(1, s.paragraphs / 3) { return true }
        if weight < 25 && density > 0.2 { return true }
        if weight >= 25 && density > 0.5 { return true }
        if isList && density > 0.3 { return true }
        return false
    }
}
