import ZhTextHTML

/// A parsed HTML page flattened into an array (document order) with parent links and per-element text statistics,
/// the shape the content scorer works on.
struct PageTree {
    struct Node {
        var tag: String
        var parent: Int
        var children: [Int] = []
        var attributes: [HTMLAttribute] = []
        /// Text nodes only: the text and its source positions (UTF-8 byte offsets).
        var text: HTMLText?
        /// Removed before scoring (scripts, forms, hidden elements, navigation).
        var removed = false
        /// Class or id says navigation, comments, share bar, recommendations… (removed unless it is the content).
        var unlikely = false

        func attribute(_ name: String) -> String? { attributes.first { $0.name == name }?.value }
        var isText: Bool { text != nil }
    }

    /// Statistics of an element's text (non-space scalars), over descendants that are not removed.
    struct Stats {
        var length = 0
        var linkLength = 0
        var punctuation = 0
        var paragraphs = 0
        var images = 0
        var listItems = 0
        var inputs = 0
        /// Text directly inside the element or inside its inline descendants.
        var inlineLength = 0
        var inlinePunctuation = 0
    }

    var nodes: [Node] = []
    /// `script` contents with their `type` attribute.
    var scripts: [(type: String, text: String)] = []
    var stats: [Stats] = []
    let dropUnlikely: Bool

    static let skippedTags: Set<String> = ["script", "style", "noscript", "iframe", "object", "embed", "select", "option",
        "button", "input", "textarea", "nav", "aside", "svg", "canvas", "template", "title", "map", "area",
        "footer", "video", "audio", "source", "param", "link", "meta", "base", "dialog", "menu"]
    static let inlineTags: Set<String> = ["a", "span", "b", "strong", "em", "i", "u", "font", "small", "big", "sup", "sub",
        "img", "label", "code", "abbr", "cite", "q", "s", "strike", "del", "ins", "mark", "time", "var", "kbd", "tt", "nobr", "wbr"]

    /// Flattens `document`; with `dropUnlikely`, elements whose class or id says furniture are removed too.
    /// One pass in document order (the parse is already flat): no recursion, whatever the nesting depth.
    init(_ document: HTMLDocument, dropUnlikely: Bool) {
        self.dropUnlikely = dropUnlikely
        nodes.reserveCapacity(document.nodes.count + 1)
        nodes.append(Node(tag: "#root", parent: -1))
        // Index in `nodes` of each parsed node (-1: not kept, such as comments; those have no children).
        var index = [Int](repeating: -1, count: document.nodes.count)
        for (k, node) in document.nodes.enumerated() {
            let parent = node.parent < 0 ? 0 : index[node.parent]
            guard parent >= 0 else { continue }
            let hidden = nodes[parent].removed
            switch node.content {
            case let .text(text):
                if text.kind == .raw, nodes[parent].tag == "script" {
                    scripts.append((nodes[parent].attribute("type")?.lowercased() ?? "", text.text))
                }
                guard text.kind == .text else { continue }
                var n = Node(tag: "#text", parent: parent)
                n.text = text
                n.removed = hidden
                index[k] = nodes.count
                nodes[parent].children.append(nodes.count)
                nodes.append(n)
            case let .element(tag, attributes):
                var n = Node(tag: tag, parent: parent, attributes: attributes)
                n.removed = hidden || PageTree.skippedTags.contains(tag) || PageTree.isHidden(node)
                n.unlikely = !n.removed && ClassWeight.isUnlikely(n)
                if dropUnlikely && n.unlikely { n.removed = true }
                index[k] = nodes.count
                nodes[parent].children.append(nodes.count)
                nodes.append(n)
            }
        }
        computeStats()
    }

    private static func isHidden(_ e: HTMLNode) -> Bool {
        if e.attribute("hidden") != nil { return true }
        if let style = e.attribute("style")?.lowercased().filter({ $0 != " " }), style.contains("display:none") { return true }
        return e.attribute("aria-hidden") == "true" && e.tag != "div"
    }

    /// Bottom-up statistics; children always have larger indices than their parent.
    private mutating func computeStats() {
        stats = Array(repeating: Stats(), count: nodes.count)
        for i in stride(from: nodes.count - 1, through: 1, by: -1) {
            let node = nodes[i]
            if node.removed { continue }
            var s = stats[i]
            if let text = node.text {
                for scalar in text.text.unicodeScalars where !BodyBuilder.isSpace(scalar) {
                    s.length += 1
                    if Boilerplate.isProsePunctuation(scalar) { s.punctuation += 1 }
                }
                s.inlineLength = s.length
                s.inlinePunctuation = s.punctuation
            } else {
                switch node.tag {
                case "p": s.paragraphs += 1
                case "img": s.images += 1
                case "li": s.listItems += 1
                case "input": s.inputs += 1
                case "a": s.linkLength = s.length
                default: break
                }
            }
            stats[i] = s
            let p = node.parent
            stats[p].length += s.length
            stats[p].linkLength += s.linkLength
            stats[p].punctuation += s.punctuation
            stats[p].paragraphs += s.paragraphs
            stats[p].images += s.images
            stats[p].listItems += s.listItems
            stats[p].inputs += s.inputs
            if node.isText || PageTree.inlineTags.contains(node.tag) {
                stats[p].inlineLength += s.inlineLength
                stats[p].inlinePunctuation += s.inlinePunctuation
            }
        }
    }

    /// Share of an element's text inside links.
    func linkDensity(_ i: Int) -> Double {
        stats[i].length == 0 ? 0 : Double(stats[i].linkLength) / Double(stats[i].length)
    }

    /// Whether `a` is `b` or inside it.
    func isInside(_ a: Int, _ b: Int) -> Bool {
        var k = a
        while k >= 0 { if k == b { return true }; k = nodes[k].parent }
        return false
    }

    /// All text of an element (including unlikely descendants, excluding removed ones), white space collapsed.
    /// Walks with an explicit stack (no recursion, whatever the depth).
    func text(of i: Int) -> String {
        var out = ""
        // Positive: a node to enter; negative (-1 - k): the end of block element k.
        var stack = [i]
        while let top = stack.popLast() {
            if top < 0 { out += " "; continue }
            let node = nodes[top]
            if node.removed { continue }
            if let text = node.text { out += text.text; continue }
            if !PageTree.inlineTags.contains(node.tag) {
                out += " "
                stack.append(-1 - top)
            }
            stack.append(contentsOf: node.children.reversed())
        }
        return out.split(whereSeparator: { $0.unicodeScalars.allSatisfy(BodyBuilder.isSpace) }).joined(separator: " ")
    }

    /// Elements with tag `tag`, in document order.
    func elements(_ tag: String) -> [Int] { nodes.indices.filter { nodes[$0].tag == tag } }
}

/// Readability's class/id weighting, with Chinese portal vocabulary.
enum ClassWeight {
    static let negative: Set<String> = ["comment", "comments", "cmt", "reply", "share", "sharing", "social", "footer",
        "foot", "nav", "navi", "navbar", "menu", "sidebar", "side", "aside", "breadcrumb", "breadcrumbs", "crumb", "crumbs",
        "recommend", "recommends", "recommendation", "rec", "related", "relate", "relative", "hot", "hots", "rank",
        "ranking", "popular", "tag", "tags", "keyword", "keywords", "ad", "ads", "advert", "advertisement", "adv", "banner",
        "sponsor", "promo", "copyright", "disclaimer", "statement", "pager", "pagination", "toolbar", "tool", "tools",
        "qrcode", "qr", "erweima", "ewm", "subscribe", "login", "search", "guess", "links", "friend", "bottom", "top",
        "header", "masthead", "logo", "widget", "popup", "modal", "print", "pinglun", "xgxw", "tuijian", "remen", "more",
        "bshare", "jiathis", "gotop", "backtop", "feedback", "outbrain", "taboola", "shortcut", "meta", "extra", "column"]
    static let positive: Set<String> = ["article", "content", "body", "text", "main", "post", "entry", "detail", "news",
        "story", "zw", "zhengwen", "cont", "txt", "artibody", "endtext", "para", "paragraph", "blog", "page", "rich",
        "js", "editor", "trs", "zoom", "ozoom", "con", "neirong", "wenzhang", "contents", "context", "articlecontent"]
    /// Tokens that keep an element whose class also says "unlikely" (`main-side`, `article-footer` stays unlikely).
    static let maybe: Set<String> = ["article", "content", "body", "main", "text", "detail", "post", "entry", "contents"]
    static let unlikely: Set<String> = ["comment", "comments", "cmt", "reply", "share", "sharing", "social", "footer",
        "nav", "navi", "navbar", "menu", "sidebar", "breadcrumb", "breadcrumbs", "crumb", "recommend", "recommends",
        "recommendation", "related", "relate", "rank", "ranking", "popular", "ad", "ads", "advert", "advertisement",
        "banner", "sponsor", "copyright", "disclaimer", "pager", "pagination", "toolbar", "qrcode", "erweima", "subscribe",
        "login", "guess", "friend", "pinglun", "xgxw", "tuijian", "bshare", "jiathis", "gotop", "backtop", "outbrain",
        "taboola", "popup", "modal", "widget", "hot", "tags", "remen"]

    /// Lower-case tokens of a class or id: split at non-alphanumerics and at lower→upper case changes.
    static func tokens(_ value: String) -> [String] {
        var out: [String] = []
        var current = ""
        var previousLower = false
        for ch in value.unicodeScalars {
            let isAlnum = (ch.value >= 48 && ch.value <= 57) || (ch.value >= 65 && ch.value <= 90) || (ch.value >= 97 && ch.value <= 122)
            let isUpper = ch.value >= 65 && ch.value <= 90
            if !isAlnum || (isUpper && previousLower) {
                if !current.isEmpty { out.append(current.lowercased()); current = "" }
            }
            if isAlnum { current.unicodeScalars.append(ch) }
            previousLower = ch.value >= 97 && ch.value <= 122
        }
        if !current.isEmpty { out.append(current.lowercased()) }
        // Also the whole value without separators (`rich_media_content` → `richmediacontent`), for exact matches.
        return out
    }

    /// ±25 for a class and ±25 for an id.
    static func weight(_ node: PageTree.Node) -> Int {
        var w = 0
        for name in ["class", "id"] {
            guard let value = node.attribute(name), !value.isEmpty else { continue }
            let t = tokens(value)
            if t.contains(where: negative.contains) { w -= 25 }
            if t.contains(where: positive.contains) { w += 25 }
        }
        return w
    }

    static func isUnlikely(_ node: PageTree.Node) -> Bool {
        if ["html", "body", "article", "main", "#root", "table", "tbody", "tr", "td", "p"].contains(node.tag) { return false }
        var t: [String] = []
        for name in ["class", "id"] { if let v = node.attribute(name) { t += tokens(v) } }
        if let role = node.attribute("role")?.lowercased(), ["navigation", "complementary", "banner", "contentinfo", "menu", "menubar", "dialog"].contains(role) { return true }
        guard t.contains(where: unlikely.contains) else { return false }
        return !t.contains(where: maybe.contains)
    }
}
