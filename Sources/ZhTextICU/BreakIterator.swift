internal import CICUShim

/// An ICU break iterator (word, sentence or line boundaries). Not thread-safe: use one per task.
public final class BreakIterator {
    /// The kind of boundaries.
    public enum Kind: Sendable { case word, sentence, line }

    /// A boundary: an offset in UTF-16 units and ICU's rule status for the segment that ends there
    /// (for words: 0–99 none/space/punctuation, 100–199 number, 200–299 letter, 300–399 kana, 400–499 ideograph).
    public struct Boundary: Sendable, Equatable {
        public let offset: Int
        public let status: Int
    }

    private let handle: OpaquePointer
    private var text: [UInt16] = []

    /// Opens an iterator for `kind` with the rules of `locale` (e.g. `"zh"`).
    public init(_ kind: Kind, locale: String = "zh") throws(ICUError) {
        let k: Int32
        switch kind {
        case .word: k = zt_break_kind_word()
        case .sentence: k = zt_break_kind_sentence()
        case .line: k = zt_break_kind_line()
        }
        var status: Int32 = 0
        let h = zt_break_open(k, locale, &status)
        guard zt_failure(status) == 0, let h else {
            throw ICUError(name: String(cString: zt_error_name(status)), operation: "ubrk_open")
        }
        handle = h
    }

    deinit { zt_break_close(handle) }

    /// All boundaries of `utf16` after offset 0, in order, ending with `utf16.count`.
    /// - Complexity: O(n).
    public func boundaries(of utf16: [UInt16]) -> [Boundary] {
        text = utf16
        guard !text.isEmpty else { return [] }
        var status: Int32 = 0
        text.withUnsafeBufferPointer { zt_break_set_text(handle, $0.baseAddress, Int32($0.count), &status) }
        guard zt_failure(status) == 0 else { return [Boundary(offset: utf16.count, status: 0)] }
        var result: [Boundary] = []
        _ = zt_break_first(handle)
        let done = zt_break_done()
        while true {
            let next = zt_break_next(handle)
            if next == done { break }
            result.append(Boundary(offset: Int(next), status: Int(zt_break_rule_status(handle))))
        }
        return result
    }
}
