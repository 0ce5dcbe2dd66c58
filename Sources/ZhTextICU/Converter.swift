internal import CICUShim

/// Decoding and encoding through ICU's converters.
public enum Converter {
    /// Whether ICU has a converter for `charset` (any of its aliases).
    public static func isKnown(_ charset: String) -> Bool {
        zt_charset_known(charset) != 0
    }

    /// ICU's canonical (IANA where there is one) name for a charset alias, or `nil` when unknown.
    public static func canonicalName(_ charset: String) -> String? {
        guard isKnown(charset), let name = zt_charset_canonical(charset) else { return nil }
        return String(cString: name)
    }

    /// Decodes `bytes` as `charset`, replacing undecodable sequences by U+FFFD.
    ///
    /// - Returns: the text and the number of undecodable sequences.
    /// - Complexity: O(n) in the number of bytes.
    public static func decode(_ bytes: UnsafeRawBufferPointer, charset: String) throws(ICUError) -> (text: String, errors: Int) {
        if bytes.isEmpty { return ("", 0) }
        guard bytes.count < Int(Int32.max / 2) else { throw ICUError(name: "input too large", operation: "decode \(charset)") }
        var capacity = bytes.count + 16
        while true {
            var errors: Int32 = 0
            var status: Int32 = 0
            var units = [UInt16](repeating: 0, count: capacity)
            let written = units.withUnsafeMutableBufferPointer { dest in
                bytes.withMemoryRebound(to: CChar.self) { src in
                    zt_decode(charset, src.baseAddress, Int32(src.count), dest.baseAddress, Int32(capacity), &errors, &status)
                }
            }
            if status == 15 /* U_BUFFER_OVERFLOW_ERROR */ {
                capacity = max(capacity * 2, Int(written) + 16)
                continue
            }
            if zt_failure(status) != 0 {
                throw ICUError(name: String(cString: zt_error_name(status)), operation: "decode \(charset)")
            }
            let text = String(decoding: units[0..<Int(written)], as: UTF16.self)
            return (text, Int(errors))
        }
    }

    /// Decodes a byte array as `charset` (see ``decode(_:charset:)-(UnsafeRawBufferPointer,_)``).
    public static func decode(_ bytes: [UInt8], charset: String) throws(ICUError) -> (text: String, errors: Int) {
        var failure: ICUError?
        let result: (text: String, errors: Int) = bytes.withUnsafeBytes { raw in
            do { return try decode(raw, charset: charset) } catch let e as ICUError { failure = e } catch {}
            return ("", 0)
        }
        if let failure { throw failure }
        return result
    }

    /// Encodes `text` in `charset`, or `nil` when a character cannot be represented.
    public static func encode(_ text: String, charset: String) -> [UInt8]? {
        let units = Array(text.utf16)
        var capacity = units.count * 4 + 16
        while true {
            var status: Int32 = 0
            var out = [UInt8](repeating: 0, count: capacity)
            let n = out.withUnsafeMutableBufferPointer { dest in
                units.withUnsafeBufferPointer { src in
                    dest.withMemoryRebound(to: CChar.self) { d in
                        zt_encode(charset, src.baseAddress, Int32(src.count), d.baseAddress, Int32(capacity), &status)
                    }
                }
            }
            if status == 15 { capacity = Int(n) + 16; continue }
            if zt_failure(status) != 0 { return nil }
            return Array(out[0..<Int(n)])
        }
    }
}
