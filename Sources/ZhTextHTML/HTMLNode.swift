/// An HTML document parsed into a flat array of nodes in document order, with each text node's place in the source.
///
/// Built from libxml2's HTML parser (through the `CLibXML2Shim` C target): malformed markup is repaired the way
/// libxml2 does (implied end tags, stray closers ignored), never rejected. The tree is flat (parent and child
/// indices, no nested values), so no walk over it and no deallocation of it recurses: a page nested any number of
/// elements deep is read with bounded stack. Elements nested deeper than ``maximumDepth`` are not kept as elements:
/// their content (text and shallower-closing siblings) is attached to the deepest kept ancestor, and
/// ``flattenedElements`` counts them, so that callers can warn.
public struct HTMLDocument: Sendable {
    /// Deepest element nesting kept as elements (real pages stay far below; deeper elements are flattened).
    public static let maximumDepth = 512

    /// Every node, in document order: a node's parent always comes before it.
    public let nodes: [HTMLNode]
    /// Indices of the top-level nodes (usually one `html` element, plus stray text).
    public let roots: [Int]
    /// Elements that were nested deeper than ``maximumDepth`` and read as part of their ancestor.
    public let flattenedElements: Int

    /// A document from its nodes (``HTMLParser/parse(_:)`` builds it).
    public init(nodes: [HTMLNode], roots: [Int], flattenedElements: Int = 0) {
        self.nodes = nodes
        self.roots = roots
        self.flattenedElements = flattenedElements
    }

    /// Indices of the element nodes with tag `tag` (lower case), in document order.
    public func elements(_ tag: String) -> [Int] {
        nodes.indices.filter { nodes[$0].tag == tag }
    }

    /// The text nodes under node `i` (or under every root when `i` is `nil`), in document order, without recursion.
    public func texts(under i: Int? = nil) -> [HTMLText] {
        var out: [HTMLText] = []
        var stack: [Int] = i.map { [$0] } ?? roots.reversed()
        while let k = stack.popLast() {
            if let t = nodes[k].text { out.append(t) }
            stack.append(contentsOf: nodes[k].children.reversed())
        }
        return out
    }
}

/// One node: an element (tag, attributes, children) or character data.
public struct HTMLNode: Sendable {
    /// What the node holds.
    public enum Content: Sendable {
        /// An element: lower-case tag name and attributes in source order.
        case element(tag: String, attributes: [HTMLAttribute])
        /// Character data, a script's or style's content, or a comment.
        case text(HTMLText)
    }

    /// The node's content.
    public let content: Content
    /// Index of the parent element, or -1 for a top-level node.
    public let parent: Int
    /// Indices of the children, in document order (empty for text).
    public internal(set) var children: [Int]

    /// A node under `parent` (-1 for the top level).
    public init(content: Content, parent: Int, children: [Int] = []) {
        self.content = content
        self.parent = parent
        self.children = children
    }

    /// The element's lower-case tag name, or `nil` for text.
    public var tag: String? {
        if case let .element(tag, _) = content { return tag }
        return nil
    }

    /// The element's attributes in source order (empty for text).
    public var attributes: [HTMLAttribute] {
        if case let .element(_, attributes) = content { return attributes }
        return []
    }

    /// The character data, or `nil` for an element.
    public var text: HTMLText? {
        if case let .text(text) = content { return text }
        return nil
    }

    /// The value of attribute `name` (lower-case), if present.
    public func attribute(_ name: String) -> String? {
        for attribute in attributes where attribute.name == name { return attribute.value }
        return nil
    }
}

/// A name–value pair; names are lower-case as libxml2 reports them.
public struct HTMLAttribute: Sendable, Equatable {
    public let name: String
    public let value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// Character data with, for every Unicode scalar of `text`, the UTF-8 byte range in the parsed input it came from.
///
/// A literal character maps to its own bytes; a character reference (`&amp;`, `&#x4E2D;`) maps to the whole reference.
public struct HTMLText: Sendable {
    /// What the text node is.
    public enum Kind: Sendable, Equatable {
        /// Ordinary character data, entities decoded.
        case text
        /// The verbatim content of `script` or `style`.
        case raw
        /// A comment's content.
        case comment
    }

    public let kind: Kind
    public let text: String
    /// Byte offset (into the UTF-8 input) where scalar `i` of `text` starts in the source.
    public let sourceStarts: [Int32]
    /// Byte offset where scalar `i` of `text` ends in the source (exclusive).
    public let sourceEnds: [Int32]

    public init(kind: Kind, text: String, sourceStarts: [Int32], sourceEnds: [Int32]) {
        self.kind = kind
        self.text = text
        self.sourceStarts = sourceStarts
        self.sourceEnds = sourceEnds
    }
}
