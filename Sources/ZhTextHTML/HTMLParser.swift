internal import CLibXML2Shim

/// Parses HTML with libxml2's HTML parser.
public enum HTMLParser {
    /// Parses already-decoded HTML. The page's own `<meta charset>` is ignored: the text is UTF-8 by construction.
    ///
    /// Never fails: malformed markup gives the tree libxml2 recovers; an empty input gives an empty document.
    /// - Complexity: O(n) in the length of the input.
    public static func parse(_ html: String) -> HTMLDocument {
        var bytes = Array(html.utf8)
        if bytes.isEmpty { return HTMLDocument(nodes: [], roots: []) }
        // libxml2 stops at a NUL byte; a space keeps every later offset in place.
        for i in bytes.indices where bytes[i] == 0 { bytes[i] = 0x20 }
        let result: OpaquePointer? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { zt_html_parse($0.baseAddress, $0.count) }
        }
        guard let result else { return HTMLDocument(nodes: [], roots: []) }
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
        builder.finish()
        return HTMLDocument(nodes: builder.nodes, roots: builder.roots, flattenedElements: Int(zt_html_flattened(result)))
    }

    private static func bytes(_ pointer: UnsafePointer<CChar>?, _ length: Int) -> [UInt8] {
        guard let pointer, length > 0 else { return [] }
        return pointer.withMemoryRebound(to: UInt8.self, capacity: length) { Array(UnsafeBufferPointer(start: $0, count: length)) }
    }
}

/// Turns the flat event stream into flat nodes with parent and child indices, merging adjacent character data.
private struct TreeBuilder {
    struct Pending {
        var kind: HTMLText.Kind
        var bytes: [UInt8] = []
        var starts: [Int32] = []
        var ends: [Int32] = []
    }

    let source: [UInt8]
    var nodes: [HTMLNode] = []
    var roots: [Int] = []
    /// Open elements, innermost last.
    var open: [Int] = []
    var pending: Pending?

    init(source: [UInt8]) { self.source = source }

    private mutating func add(_ node: HTMLNode) {
        let index = nodes.count
        nodes.append(node)
        if let parent = open.last { nodes[parent].children.append(index) } else { roots.append(index) }
    }

    mutating func open(tag: String, attributes: [HTMLAttribute]) {
        flush()
        let index = nodes.count
        add(HTMLNode(content: .element(tag: tag, attributes: attributes), parent: open.last ?? -1))
        open.append(index)
    }

    mutating func close() {
        flush()
        _ = open.popLast()
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
            // Unaligned head. When its bytes stand literally in the source (a `<` the parser gave back as text, its
            // position reported past it), map them there; otherwise (a character reference, or text the parser
            // rewrote) it spans what is left.
            let head = text[0..<i]
            // libxml2's reported positions can be off by a byte or two around a `<` given back as text: a few bytes
            // of slack on either side.
            let found = Self.lastOccurrence(of: head, in: source, from: from, to: j)
                ?? Self.nearestOccurrence(of: head, in: source, from: max(0, from - 8), to: min(source.count, to + 8), near: j)
            if let at = found, !source[min(at, j)..<max(at, j)].contains(0x26), !head.contains(0x26) || source[at..<(at + head.count)].elementsEqual(head) {
                for k in 0..<i { starts[k] = Int32(at + k); ends[k] = Int32(at + k + 1) }
            } else {
                var start = from
                if let amp = source[from..<j].lastIndex(of: 0x26) { start = amp }
                for k in 0..<i { starts[k] = Int32(start); ends[k] = Int32(j) }
            }
        }
        pending!.bytes += text
        pending!.starts += starts
        pending!.ends += ends
    }

    /// Where `needle` last occurs inside `source[from..<to]` (start index), if it does.
    static func lastOccurrence(of needle: ArraySlice<UInt8>, in source: [UInt8], from: Int, to: Int) -> Int? {
        let n = needle.count
        guard n > 0, from >= 0, to <= source.count, to - from >= n else { return nil }
        var start = to - n
        while start >= from {
            if source[start..<(start + n)].elementsEqual(needle) { return start }
            start -= 1
        }
        return nil
    }

    /// The occurrence of `needle` inside `source[from..<to]` that starts nearest to `near`, if any.
    static func nearestOccurrence(of needle: ArraySlice<UInt8>, in source: [UInt8], from: Int, to: Int, near: Int) -> Int? {
        let n = needle.count
        guard n > 0, from >= 0, to <= source.count, to - from >= n else { return nil }
        var best: Int?
        for start in from...(to - n) where source[start..<(start + n)].elementsEqual(needle) {
            if best == nil || abs(start - near) < abs(best! - near) { best = start }
        }
        return best
    }

    /// Character references that browsers decode without the closing `;` (the legacy ones of HTML's list that
    /// Chinese pages use), as libxml2 leaves them literal: `&nbsp`, `&amp`, `&lt` … → their characters.
    static let legacyReferences: [(name: [UInt8], value: [UInt8])] = [
        ("nbsp", "\u{A0}"), ("amp", "&"), ("lt", "<"), ("gt", ">"), ("quot", "\""), ("copy", "©"), ("reg", "®"),
        ("middot", "·"), ("laquo", "«"), ("raquo", "»"), ("times", "×"), ("divide", "÷"), ("deg", "°"),
        ("plusmn", "±"), ("sect", "§"), ("para", "¶"), ("yen", "¥"), ("pound", "£"), ("cent", "¢"),
        ("NBSP", "\u{A0}"), ("AMP", "&"), ("LT", "<"), ("GT", ">"), ("QUOT", "\""),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }.sorted { $0.name.count > $1.name.count }

    /// Decodes literal `&name` without `;` (see ``legacyReferences``) in character data: only where the source
    /// holds exactly `&name` at the `&`'s place, so a decoded `&amp;nbsp;` stays text. The character maps to the
    /// whole reference, and the literal text right after it is re-aligned to its own bytes (libxml2 reports the
    /// failed reference and what follows with imprecise positions).
    func decodeLegacyReferences(_ p: inout Pending) {
        guard p.kind == .text, p.bytes.contains(0x26) else { return }
        var bytes: [UInt8] = [], starts: [Int32] = [], ends: [Int32] = []
        bytes.reserveCapacity(p.bytes.count); starts.reserveCapacity(p.bytes.count); ends.reserveCapacity(p.bytes.count)
        var k = 0
        outer: while k < p.bytes.count {
            let at = Int(p.starts[k])
            if p.bytes[k] == 0x26, at >= 0, at < source.count, source[at] == 0x26 {
                for (name, value) in Self.legacyReferences {
                    let end = k + 1 + name.count
                    guard end <= p.bytes.count, at + 1 + name.count <= source.count,
                          p.bytes[(k + 1)..<end].elementsEqual(name), source[(at + 1)..<(at + 1 + name.count)].elementsEqual(name)
                    else { continue }
                    let close = Int32(at + 1 + name.count)
                    for b in value { bytes.append(b); starts.append(Int32(at)); ends.append(close) }
                    // Literal text after it: each byte at its own place.
                    var m = end, c = Int(close)
                    while m < p.bytes.count, c < source.count, p.bytes[m] == source[c], p.bytes[m] != 0x26 {
                        p.starts[m] = Int32(c); p.ends[m] = Int32(c + 1)
                        m += 1; c += 1
                    }
                    k = end
                    continue outer
                }
            }
            bytes.append(p.bytes[k]); starts.append(p.starts[k]); ends.append(p.ends[k])
            k += 1
        }
        p.bytes = bytes; p.starts = starts; p.ends = ends
    }

    mutating func flush() {
        guard var p = pending else { return }
        pending = nil
        decodeLegacyReferences(&p)
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
        add(HTMLNode(content: .text(HTMLText(kind: p.kind, text: text, sourceStarts: scalarStarts, sourceEnds: scalarEnds)), parent: open.last ?? -1))
    }

    mutating func finish() {
        flush()
        open.removeAll()
    }
}
