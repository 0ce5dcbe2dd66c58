/// An HTML document parsed into a tree of Swift values, with each text node's place in the source.
///
/// Built from libxml2's HTML parser (through the `CLibXML2Shim` C target): malformed markup is repaired the way
/// browsers-era libxml2 does (implied end tags, stray closers ignored), never rejected.
public struct HTMLDocument: Sendable {
    /// The top-level nodes (usually one `html` element, plus comments or stray text).
    public let children: [HTMLNode]
}

/// One node of the tree.
public enum HTMLNode: Sendable {
    case element(HTMLElement)
    case text(HTMLText)
}

/// An element: lower-case tag name, attributes in source order, children.
public struct HTMLElement: Sendable {
    public let tag: String
    public let attributes: [HTMLAttribute]
    public let children: [HTMLNode]

    public init(tag: String, attributes: [HTMLAttribute], children: [HTMLNode]) {
        self.tag = tag
        self.attributes = attributes
        self.children = children
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
