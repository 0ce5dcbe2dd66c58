internal import CICUShim

/// Unicode facts from ICU that the Swift standard library does not expose cheaply.
public enum UnicodeProperties {
    /// NFKC of a single scalar (for example a Kangxi radical to its unified ideograph).
    public static func nfkc(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        var buffer = [UInt16](repeating: 0, count: 32)
        let n = buffer.withUnsafeMutableBufferPointer { zt_nfkc(scalar.value, $0.baseAddress, 32) }
        guard n >= 0 else { return [scalar] }
        return Array(String(decoding: buffer[0..<Int(n)], as: UTF16.self).unicodeScalars)
    }

    /// Whether the scalar has the Unicode `Ideographic` property.
    public static func isIdeographic(_ scalar: Unicode.Scalar) -> Bool {
        zt_is_ideographic(scalar.value) != 0
    }
}
