import ZhTextHTML

/// Extracts the article (body and metadata) from HTML and from text saved from a web page, reads Markdown without
/// its markup (``MarkdownExtractor``), and passes plain text through untouched.
///
/// ```swift
/// let result = ArticleExtractor().extract(from: source)
/// print(result.document.title ?? "", result.document.date ?? "")
/// let original = result.document.bodyMap.originalRange(of: 0..<10)   // offsets into the input file
/// ```
public struct ArticleExtractor: Sendable {
    /// What to treat the input as.
    public enum Kind: String, Sendable, CaseIterable {
        /// HTML when the name or the content says so; a saved page when its lines say so; otherwise plain text.
        case auto
        /// Parse as HTML.
        case html
        /// Look for an article among the lines of saved page text.
        case savedPage = "saved-page"
        /// Read as Markdown: markup dropped, front matter and first heading as metadata (``MarkdownExtractor``).
        case markdown
        /// No extraction: the whole text is the body.
        case plain
    }

    public init() {}

    /// Extracts from `source`.
    ///
    /// The body's `bodyMap` maps every body scalar to its range in `source.text` (the decoded original input), so
    /// later stages can report offsets into the input file. When the input is HTML or a saved page but no article is
    /// found, the whole text is used (kind `.notFound`) and a warning says so.
    /// - Complexity: O(n) in the length of the input (plus libxml2's parse for HTML).
    public func extract(from source: SourceText, kind: Kind = .auto) -> ExtractionResult {
        let scalars = Array(source.text.unicodeScalars)
        let resolved = kind == .auto ? Self.detect(source, scalars: scalars) : kind
        switch resolved {
        case .html:
            let parsed = ZhTextHTML.HTMLParser.parse(source.text)
            var warnings: [String] = []
            if parsed.flattenedElements > 0 {
                warnings.append("\(source.file): HTML nested more than \(HTMLDocument.maximumDepth) elements deep; "
                    + "\(parsed.flattenedElements) deeper elements were read as part of their ancestor")
            }
            if let document = HTMLArticleExtractor().extract(source, scalars: scalars, parsed: parsed) {
                return ExtractionResult(document: document, warnings: warnings)
            }
            var result = notFound(source, scalars: scalars, what: "HTML page", parsed: parsed)
            result.warnings = warnings + result.warnings
            return result
        case .savedPage:
            if let document = SavedPageExtractor().extract(source, scalars: scalars) { return ExtractionResult(document: document) }
            if kind == .auto { return ExtractionResult(document: whole(source, scalars: scalars, kind: .plain)) }
            return notFound(source, scalars: scalars, what: "saved page", parsed: nil)
        case .markdown:
            return MarkdownExtractor().extract(source, scalars: scalars)
        case .plain, .auto:
            return ExtractionResult(document: whole(source, scalars: scalars, kind: .plain))
        }
    }

    /// The document for input that is not extracted: the whole text, identity map.
    public func passThrough(_ source: SourceText) -> Document {
        whole(source, scalars: Array(source.text.unicodeScalars), kind: .disabled)
    }

    /// What `source` looks like: HTML (by name, or content starting with markup), a saved page (page furniture
    /// among its lines), or plain text.
    static func detect(_ source: SourceText, scalars: [Unicode.Scalar]) -> Kind {
        let name = source.file.lowercased()
        if name.hasSuffix(".html") || name.hasSuffix(".htm") || name.hasSuffix(".xhtml") || name.hasSuffix(".shtml") { return .html }
        if name.hasSuffix(".md") || name.hasSuffix(".markdown") { return .markdown }
        if looksLikeHTML(scalars) { return .html }
        return SavedPageExtractor.looksLikeSavedPage(SavedPageExtractor.lines(of: scalars)) ? .savedPage : .plain
    }

    /// Content that starts with `<!DOCTYPE html`, `<html`, `<?xml … <html`, or `<head`/`<body`/`<meta` near the start.
    static func looksLikeHTML(_ scalars: [Unicode.Scalar]) -> Bool {
        var i = 0
        while i < scalars.count, BodyBuilder.isSpace(scalars[i]) { i += 1 }
        guard i < scalars.count, scalars[i] == "<" else { return false }
        let head = String(scalars: scalars[i..<min(scalars.count, i + 2048)]).lowercased()
        return head.hasPrefix("<!doctype html") || head.hasPrefix("<html") || head.contains("<html") || head.contains("<head")
            || head.contains("<body") || head.contains("<meta ")
    }

    private func whole(_ source: SourceText, scalars: [Unicode.Scalar], kind: ExtractionKind) -> Document {
        Document(file: source.file, body: source.text, bodyMap: .identity(count: scalars.count), encoding: source.encoding, kind: kind)
    }

    private func notFound(_ source: SourceText, scalars: [Unicode.Scalar], what: String, parsed: HTMLDocument?) -> ExtractionResult {
        var document = whole(source, scalars: scalars, kind: .notFound)
        if let parsed {
            // The visible text is more useful than markup.
            let tree = PageTree(parsed, dropUnlikely: false)
            let found = HTMLArticleExtractor.Found(roots: [0], layout: nil)
            let body = HTMLArticleExtractor().render(tree, found, byteToScalar: HTMLArticleExtractor.byteToScalarTable(source.text), originalCount: scalars.count, filtered: false)
            if body.length > 0 { document.body = body.text; document.bodyMap = body.map }
        }
        return ExtractionResult(document: document, warnings: ["\(source.file): no article found in this \(what); using all of its text"])
    }
}
