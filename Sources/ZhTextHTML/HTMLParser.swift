internal import CLibXML2Shim

/// Parses HTML with libxml2's HTML parser.
public enum HTMLParser {
    /// Parses already-decoded HTML. The page's own `<meta charset>` is ignored: the text is UTF-8 by construction.
    ///
    /// Never fails: malformed markup gives the tree libxml2 recovers; an empty input gives an empty document.
    /// - Complexity: O(n) in the length of the input.
    public static func parse(_ html: String) -> HTMLDocument {
        var bytes = Array(html.utf8)
        if bytes.isEmpty { return HTMLDocument(children: []) }
        // libxml2 stops at a NUL byte; a space keeps every later offset in place.
        for i in bytes.indices where bytes[i] == 0 { bytes[i] = 0x20 }
        let result: OpaquePointer? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { zt_html_parse($0.baseAddress, $0.count) }
        }
        guard let result else { return HTMLDocument(children: []) }
        defer { zt_html_free(result) }
        var builder = TreeBuilder(source: bytes)
        let count = zt_html_event_count(result)
        var previous = 0
        for index in 0..<count {
            let event = zt_html_event_at(result, index)
            let position = min(max(Int(event.position), previous), bytes.count)
            let text = Self.bytes(event.text, event.text_length)
            switch event.kind {
            case Int32(ZT_HTML_START.rawValue):
                var attributes: [HTMLAttribute] = []
                for k in 0..<Int(event.attribute_count) {
                    var name: UnsafePointer<CChar>?, value: UnsafePointer<CChar>?
                    var nameLength = 0, valueLength = 0
                    zt_html_attribute(result, Int(event.first_attribute) + k, &name, &nameLength, &value, &valueLength)
                    attributes.append(HTMLAttribute(name: String(decoding: Self.bytes(name, nameLength), as: UTF8.self).lowercased(),
                                                    value: String(decoding: Self.bytes(value, valueLength), as: UTF8.self)))
                }
                builder.open(tag: String(decoding: text, as: UTF8.self).lowercased(), attributes: attributes)
            case Int32(ZT_HTML_END.rawValue):
                builder.close()
            case Int32(ZT_HTML_TEXT.rawValue):
                builder.text(text, kind: .text, sourceFrom: previous, to: position)
            case Int32(ZT_HTML_RAW.rawValue):
                builder.text(text, kind: .raw, sourceFrom: previous, to: position)
            case Int32(ZT_HTML_COMMENT.rawValue):
                builder.text(text, kind: .comment, sourceFrom: previous, to: position)
            default:
                break
            }
            previous = position
        }
        return HTMLDocument(children: builder.finish())
    }

    private static func bytes(_ pointer: UnsafePointer<CChar>?, _ length: Int) -> [UInt8] {
        guard let pointer, length > 0 else { return [] }
        return pointer.withMemoryRebound(to: UInt8.self, capacity: length) { Array(UnsafeBufferPointer(start: $0, count: length)) }
    }
}

/// Turns the flat event stream into nested values, merging adjacent character data.
private struct TreeBuilder {
    struct Open {
        var tag: String
        var attributes: [HTMLAttribute]
        var children: [HTMLNode] = []
    }

    struct Pending {
        var kind: HTMLText.Kind
        var bytes: [UInt8] = []
        var starts: [Int32] = []
        var ends: [Int32] = []
    }

    let source: [UInt8]
    var stack: [Open] = [Open(tag: "#root", attributes: [])]
    var pending: Pending?

    init(source: [UInt8]) { self.source = source }

    mutating func open(tag: String, attributes: [HTMLAttribute]) {
        flush()
        stack.append(Open(tag: tag, attributes: attributes))
    }

    mutating func close() {
        flush()
        guard stack.count > 1 else { return }
        let done = stack.removeLast()
        stack[stack.count - 1].children.append(.element(HTMLElement(tag: done.tag, attributes: done.attributes, children: done.children)))
    }

    /// Appends character data whose source lies in `from..<to`, aligning it to the source from the end backwards.
    mutating func text(_ text: [UInt8], kind: HTMLText.Kind, sourceFrom from: Int, to: Int) {
        if text.isEmpty { return }
        if let p = pending, p.kind != kind { flush() }
        if pending == nil { pending = Pending(kind: kind) }
        var starts = [Int32](repeating: 0, count: text.count)
        var i = text.count, j = to
        while i > 0 && j > from {
            if text[i - 1] == source[j - 1] {
                starts[i - 1] = Int32(j - 1); i -= 1; j -= 1
            } else if source[j - 1] == 0x0D {
                j -= 1
            } else {
                break
            }
        }
        var ends = [Int32](repeating: 0, count: text.count)
        for k in 0..<text.count where k >= i { ends[k] = starts[k] + 1 }
        if i > 0 {
            // Unaligned head (a character reference, or text the parser rewrote): it spans what is left.
            var start = from
            if let amp = source[from..<j].lastIndex(of: 0x26) { start = amp }
            for k in 0..<i { starts[k] = Int32(start); ends[k] = Int32(j) }
        }
        pending!.bytes += text
        pending!.starts += starts
        pending!.ends += ends
    }

    mutating func flush() {
        guard let p = pending else { return }
        pending = nil
        // Per-byte positions → per-scalar positions.
        var scalarStarts: [Int32] = [], scalarEnds: [Int32] = []
        var k = 0
        while k < p.bytes.count {
            let lead = p.bytes[k]
            let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            let last = min(k + length, p.bytes.count) - 1
            scalarStarts.append(p.starts[k])
            scalarEnds.append(max(p.ends[last], p.starts[k]))
            k += length
        }
        let text = String(decoding: p.bytes, as: UTF8.self)
        stack[stack.count - 1].children.append(.text(HTMLText(kind: p.kind, text: text, sourceStarts: scalarStarts, sourceEnds: scalarEnds)))
    }

    mutating func finish() -> [HTMLNode] {
        flush()
        while stack.count > 1 { close() }
        return stack[0].children
    }
}
