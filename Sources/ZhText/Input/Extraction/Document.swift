/// An article as extracted from one input: the body, what is known about it, and where each value came from.
public struct Document: Sendable, Equatable {
    /// The input's name as given.
    public var file: String
    /// The headline.
    public var title: String?
    /// Where the headline came from (`og:title`, `h1`, `title`, `line`, …).
    public var titleSource: String?
    /// Publish date-time, `YYYY-MM-DD HH:MM:SS` or `YYYY-MM-DD`, Beijing time unless the page states another zone.
    public var date: String?
    /// Where the date came from (`meta:article:published_time`, `json-ld`, `wechat:ct`, `text`, `url`, …).
    public var dateSource: String?
    /// The site or posting account.
    public var source: String?
    /// Where the source came from (`byline`, `account`, `meta:og:site_name`, `wechat:nickname`, …).
    public var sourceSource: String?
    /// The original publisher when the page reposts (`来源` of an account's article).
    public var originalSource: String?
    /// The author(s) as written (`作者`, `记者`, `文/`).
    public var author: String?
    /// Editors, in order of appearance (`责任编辑`, `责编`, `主编`, `审校`, …).
    public var editors: [String]
    /// The canonical URL when the page states one.
    public var url: String?
    /// The article body: paragraphs separated by a blank line.
    public var body: String
    /// Maps every Unicode scalar of `body` to its range in the decoded original input (inserted paragraph breaks map
    /// to an empty range).
    public var bodyMap: OffsetMap
    /// The input's encoding.
    public var encoding: String
    /// What kind of input this was and how the body was found.
    public var kind: ExtractionKind

    /// A document; everything but the file name, body, map and encoding is optional.
    public init(file: String, title: String? = nil, titleSource: String? = nil, date: String? = nil,
                dateSource: String? = nil, source: String? = nil, sourceSource: String? = nil,
                originalSource: String? = nil, author: String? = nil, editors: [String] = [], url: String? = nil,
                body: String, bodyMap: OffsetMap, encoding: String, kind: ExtractionKind) {
        self.file = file
        self.title = title
        self.titleSource = titleSource
        self.date = date
        self.dateSource = dateSource
        self.source = source
        self.sourceSource = sourceSource
        self.originalSource = originalSource
        self.author = author
        self.editors = editors
        self.url = url
        self.body = body
        self.bodyMap = bodyMap
        self.encoding = encoding
        self.kind = kind
    }
}

/// What an input turned out to be.
public enum ExtractionKind: String, Sendable, Equatable, Codable {
    /// HTML with an article found in it.
    case html
    /// Text saved from a web page, with the article found among the page's other lines.
    case savedPage = "saved-page"
    /// HTML or a saved page where no article was found: the whole text is used.
    case notFound = "not-found"
    /// Markdown: the text without markup (comments, tags, heading marks, link URLs), metadata from the front matter
    /// and the first heading.
    case markdown
    /// Plain text: passed through untouched.
    case plain
    /// Extraction was turned off.
    case disabled
}

/// The outcome of extraction on one input.
public struct ExtractionResult: Sendable, Equatable {
    /// The document (for plain text, the whole text with an identity map).
    public var document: Document
    /// Whether an article was extracted (HTML or saved page with an article found; not Markdown).
    public var applied: Bool { document.kind == .html || document.kind == .savedPage }
    /// Warnings worth showing the user (one line each, naming the file).
    public var warnings: [String]

    /// A result for `document`, with any warnings.
    public init(document: Document, warnings: [String] = []) {
        self.document = document
        self.warnings = warnings
    }
}
