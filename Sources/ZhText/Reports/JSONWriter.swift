/// Writes one JSON value piece by piece, byte for byte as ``JSON/pretty`` (or ``JSON/compact``) of the whole value
/// would be, so that a value with millions of elements (every occurrence of a phrase in a 50 MB text) never has to
/// exist in memory. Text goes to `sink` in pieces of about 64 KB and at ``flush()``.
///
/// ```swift
/// var w = JSONWriter(pretty: true) { print($0, terminator: "") }
/// w.beginObject()
/// w.field("file", .string("a.txt"))
/// w.key("hits"); w.beginArray()
/// for n in 0..<3 { w.value(.int(n)) }
/// w.end(); w.end(); w.flush()
/// ```
public struct JSONWriter {
    private var stack: [(isObject: Bool, count: Int)] = []
    private let indent: String?
    private let baseLevel: Int
    private var buffer = ""
    private var afterKey = false
    private let sink: (String) -> Void

    /// A writer of one value; `level` nests it as ``JSON/pretty(level:)`` does (1: an element of a top-level array).
    public init(pretty: Bool = true, level: Int = 0, sink: @escaping (String) -> Void) {
        indent = pretty ? "  " : nil
        baseLevel = level
        self.sink = sink
    }

    /// Whether every container begun has ended.
    public var isComplete: Bool { stack.isEmpty }

    /// The separator and indentation before an array element or an object key (none for a key's value).
    private mutating func separate(forKey: Bool = false) {
        if afterKey { afterKey = false; return }
        guard let top = stack.last else { return }
        precondition(top.isObject == forKey, "JSONWriter: a value in an object needs its key first")
        if top.count > 0 { buffer += "," }
        if let indent { buffer += "\n" + String(repeating: indent, count: baseLevel + stack.count) }
        stack[stack.count - 1].count += 1
    }

    /// Begins an object (as a value: after ``key(_:)`` in an object, as an element in an array, or at the top).
    public mutating func beginObject() { separate(); buffer += "{"; stack.append((true, 0)) }

    /// Begins an array.
    public mutating func beginArray() { separate(); buffer += "["; stack.append((false, 0)) }

    /// Ends the innermost object or array.
    public mutating func end() {
        let top = stack.removeLast()
        if top.count > 0, let indent { buffer += "\n" + String(repeating: indent, count: baseLevel + stack.count) }
        buffer += top.isObject ? "}" : "]"
        flushIfLarge()
    }

    /// Writes an object key; the next call writes its value.
    public mutating func key(_ key: String) {
        precondition(stack.last?.isObject == true && !afterKey, "JSONWriter: a key outside an object")
        separate(forKey: true)
        JSON.quote(key, into: &buffer)
        buffer += indent == nil ? ":" : ": "
        afterKey = true
    }

    /// Writes a whole value (after a key, as an array element, or at the top).
    public mutating func value(_ value: JSON) {
        separate()
        buffer += indent == nil ? value.compact : value.pretty(level: baseLevel + stack.count)
        flushIfLarge()
    }

    /// Writes a key and its value.
    public mutating func field(_ key: String, _ value: JSON) {
        self.key(key)
        self.value(value)
    }

    /// Hands what is buffered to the sink.
    public mutating func flush() {
        if !buffer.isEmpty { sink(buffer); buffer = "" }
    }

    private mutating func flushIfLarge() {
        if buffer.utf8.count >= 1 << 16 { flush() }
    }
}
