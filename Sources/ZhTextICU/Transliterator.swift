internal import CICUShim
import Synchronization

/// An ICU transliterator (for example `Traditional-Simplified`). Safe to share: calls are serialised.
public final class Transliterator: Sendable {
    private let handle: Mutex<OpaquePointerBox>

    private struct OpaquePointerBox: @unchecked Sendable { let pointer: OpaquePointer }

    /// The transliterator's ICU identifier.
    public let id: String

    /// Opens the transliterator `id`.
    public init(id: String) throws(ICUError) {
        let units = Array(id.utf16)
        var status: Int32 = 0
        let h = units.withUnsafeBufferPointer { zt_translit_open($0.baseAddress, Int32($0.count), &status) }
        guard zt_failure(status) == 0, let h else {
            throw ICUError(name: String(cString: zt_error_name(status)), operation: "utrans_open \(id)")
        }
        self.id = id
        handle = Mutex(OpaquePointerBox(pointer: h))
    }

    deinit { handle.withLock { zt_translit_close($0.pointer) } }

    /// Transliterates UTF-16 text.
    public func transliterate(_ utf16: [UInt16]) -> [UInt16] {
        guard !utf16.isEmpty else { return [] }
        var capacity = utf16.count * 2 + 16
        while true {
            var buffer = utf16 + [UInt16](repeating: 0, count: capacity - utf16.count)
            var length = Int32(utf16.count)
            let status = handle.withLock { box in
                buffer.withUnsafeMutableBufferPointer { zt_translit(box.pointer, $0.baseAddress, &length, Int32(capacity)) }
            }
            if status == 15 { capacity = Int(length) * 2 + 16; continue }
            if zt_failure(status) != 0 { return utf16 }
            return Array(buffer[0..<Int(length)])
        }
    }

    /// Transliterates a string.
    public func transliterate(_ text: String) -> String {
        String(decoding: transliterate(Array(text.utf16)), as: UTF16.self)
    }
}
