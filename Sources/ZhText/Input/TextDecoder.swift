import Foundation
import ZhTextICU

/// Turns bytes into text: BOM, then a declared charset, then detection.
///
/// GB2312 and GBK are decoded as GB18030 (a superset), Big5 as Big5-HKSCS. Valid UTF-8 wins over a declaration
/// that contradicts it (pages declared `gb2312` that are really UTF-8 are common). Mostly valid UTF-8 with a few bad
/// bytes is decoded as UTF-8 with U+FFFD and a warning. Binary data (NUL bytes outside UTF-16/32, or mostly
/// undecodable) is refused with ``ZhTextError/notText(file:reason:)``.
public struct TextDecoder: Sendable {
    /// Forces this encoding (any name ICU knows) instead of detecting one.
    public var encoding: String?

    /// A decoder that detects the encoding, or always uses `encoding` when given.
    public init(encoding: String? = nil) {
        self.encoding = encoding
    }

    /// Decodes `bytes` read from `file` (the name is used in warnings and errors only).
    /// - Complexity: O(n); detection decodes at most a few candidate charsets.
    public func decode(_ bytes: [UInt8], file: String) throws(ZhTextError) -> SourceText {
        if let forced = encoding {
            let name = Self.preferredName(forced)
            guard Converter.isKnown(name) else { throw .unknownEncoding(file: file, name: forced) }
            let skip = Self.bom(of: bytes).map { Self.preferredName($0.name) == name ? $0.length : 0 } ?? 0
            return try finish(bytes, from: skip, charset: name, source: .override, file: file)
        }
        if let bom = Self.bom(of: bytes) {
            return try finish(bytes, from: bom.length, charset: bom.name, source: .bom, file: file)
        }
        if bytes.isEmpty {
            return SourceText(file: file, text: "", encoding: "UTF-8", encodingSource: .validUTF8)
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            if bytes.withUnsafeBufferPointer({ memchr($0.baseAddress!, 0, $0.count) != nil }) {
                throw .notText(file: file, reason: "contains NUL bytes")
            }
            return SourceText(file: file, text: text, encoding: "UTF-8", encodingSource: .validUTF8)
        }
        let nulCount = bytes.lazy.filter { $0 == 0 }.count
        if nulCount > 0 {
            if let utf16 = Self.guessUTF16(bytes) {
                return try finish(bytes, from: 0, charset: utf16, source: .detected, file: file)
            }
            throw .notText(file: file, reason: "contains \(nulCount) NUL bytes")
        }
        if let declared = Self.declaredCharset(in: bytes) {
            let name = Self.preferredName(declared)
            if Converter.isKnown(name), name != "UTF-8",
               let decoded = try? Converter.decode(bytes, charset: name),
               decoded.errors <= max(2, bytes.count / 2000),
               Self.plausibility(of: decoded.text) >= 0.2 || Self.hanCount(decoded.text) < 20 {
                return make(decoded, charset: name, source: .declared, file: file, byteCount: bytes.count)
            }
        }
        // Mostly valid UTF-8 with a few bad bytes: UTF-8 with replacement characters and a warning.
        let utf8 = Self.decodeUTF8Repairing(bytes)
        let nonASCII = bytes.lazy.filter { $0 >= 0x80 }.count
        if utf8.errors * 20 <= nonASCII && Self.plausibility(of: utf8.text) >= 0.2 || utf8.errors <= 2 && nonASCII > 30 {
            return make(utf8, charset: "UTF-8", source: .detected, file: file, byteCount: bytes.count)
        }
        return try detect(bytes, file: file, utf8Fallback: utf8)
    }

    // MARK: - Detection

    private func detect(_ bytes: [UInt8], file: String, utf8Fallback: (text: String, errors: Int)) throws(ZhTextError) -> SourceText {
        var candidates: [String] = ["GB18030", "Big5-HKSCS"]
        let icu = bytes.withUnsafeBytes { CharsetDetector.detect($0) }
        for match in icu where match.confidence >= 10 {
            let name = Self.preferredName(match.name)
            if !candidates.contains(name) && name != "UTF-8" && Converter.isKnown(name) { candidates.append(name) }
        }
        let sample = Array(bytes.prefix(262_144))
        var best: (name: String, score: Double)?
        let nonASCII = max(2, sample.lazy.filter { $0 >= 0x80 }.count)
        if utf8Fallback.errors * 3 < nonASCII {
            let utf8Score = Self.plausibility(of: utf8Fallback.text) - 2 * Double(utf8Fallback.errors) / Double(nonASCII / 2)
            best = ("UTF-8", utf8Score)
        }
        for name in candidates {
            guard let decoded = try? Converter.decode(sample, charset: name) else { continue }
            let errorRate = Double(decoded.errors) / Double(max(1, sample.count / 2))
            let score = Self.plausibility(of: decoded.text) - 4 * errorRate
            if best == nil || score > best!.score { best = (name, score) }
        }
        guard let chosen = best, chosen.name != "UTF-8" else {
            return make(utf8Fallback, charset: "UTF-8", source: .detected, file: file, byteCount: bytes.count)
        }
        guard let decoded = try? Converter.decode(bytes, charset: chosen.name) else {
            throw .notText(file: file, reason: "cannot be decoded as \(chosen.name)")
        }
        let controls = decoded.text.unicodeScalars.lazy.filter { $0.value < 0x20 && $0 != "\n" && $0 != "\r" && $0 != "\t" && $0 != "\u{0C}" }.count
        let total = max(1, decoded.text.unicodeScalars.count)
        if decoded.errors * 4 > total || controls * 10 > total || (chosen.score < 0.05 && Self.hanCount(decoded.text) > 20 && utf8Fallback.errors * 4 > total) {
            throw .notText(file: file, reason: "mostly undecodable: no charset gives plausible text")
        }
        return make(decoded, charset: chosen.name, source: .detected, file: file, byteCount: bytes.count)
    }

    private func finish(_ bytes: [UInt8], from offset: Int, charset: String, source: EncodingSource, file: String) throws(ZhTextError) -> SourceText {
        let body = Array(bytes[offset...])
        if charset == "UTF-8" {
            let decoded = Self.decodeUTF8Repairing(body)
            return make(decoded, charset: charset, source: source, file: file, byteCount: body.count)
        }
        do {
            let decoded = try Converter.decode(body, charset: charset)
            return make(decoded, charset: charset, source: source, file: file, byteCount: body.count)
        } catch {
            throw .unknownEncoding(file: file, name: charset)
        }
    }

    private func make(_ decoded: (text: String, errors: Int), charset: String, source: EncodingSource, file: String, byteCount: Int) -> SourceText {
        SourceText(file: file, text: decoded.text, encoding: charset, encodingSource: source,
                   undecodableBytes: decoded.errors,
                   warnings: Self.undecodableWarning(file: file, count: decoded.errors, charset: charset).map { [$0] } ?? [])
    }

    /// The warning for `count` undecodable byte sequences replaced by U+FFFD, or `nil` when there are none.
    static func undecodableWarning(file: String, count: Int, charset: String) -> String? {
        count > 0 ? "\(file): \(count) undecodable byte sequence\(count == 1 ? "" : "s") replaced by U+FFFD (decoded as \(charset))" : nil
    }

    // MARK: - Pieces

    /// The byte-order mark at the start of `bytes`, if any.
    static func bom(of bytes: [UInt8]) -> (name: String, length: Int)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return ("UTF-8", 3) }
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return ("UTF-32LE", 4) }
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return ("UTF-32BE", 4) }
        if bytes.starts(with: [0xFF, 0xFE]) { return ("UTF-16LE", 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return ("UTF-16BE", 2) }
        return nil
    }

    /// UTF-16 without a BOM: text where every other byte is mostly NUL.
    static func guessUTF16(_ bytes: [UInt8]) -> String? {
        guard bytes.count >= 4, bytes.count % 2 == 0 else { return nil }
        var evenNul = 0, oddNul = 0
        for (i, b) in bytes.prefix(4096).enumerated() where b == 0 {
            if i % 2 == 0 { evenNul += 1 } else { oddNul += 1 }
        }
        let pairs = min(bytes.count, 4096) / 2
        if oddNul * 10 >= pairs * 3 && evenNul * 10 < pairs { return "UTF-16LE" }
        if evenNul * 10 >= pairs * 3 && oddNul * 10 < pairs { return "UTF-16BE" }
        // Chinese UTF-16 has few NULs; accept when decoding gives plausible Han text.
        for name in ["UTF-16LE", "UTF-16BE"] {
            if let d = try? Converter.decode(bytes, charset: name), d.errors == 0, plausibility(of: d.text) > 0.3 { return name }
        }
        return nil
    }

    /// The charset a document declares in its first 4 KiB: `<meta charset=…>`, `http-equiv` content, or an XML declaration.
    static func declaredCharset(in bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
        for key in ["charset=", "encoding="] {
            var search = head[...]
            while let range = search.range(of: key) {
                var rest = head[range.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
                rest = rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ":" || $0 == "." }
                let before = head[..<range.lowerBound].suffix(40)
                if !rest.isEmpty && (key == "charset=" ? before.contains("<meta") || before.contains("content") || before.contains("meta ") : before.contains("<?xml")) {
                    return String(rest)
                }
                search = head[range.upperBound...]
            }
        }
        return nil
    }

    /// The name ZhText decodes a charset as: GB2312/GBK → GB18030, Big5 → Big5-HKSCS, canonical otherwise.
    public static func preferredName(_ name: String) -> String {
        let n = name.lowercased().replacingOccurrences(of: "_", with: "-")
        switch n {
        case "gb2312", "gbk", "gb-2312-80", "x-gbk", "cp936", "ms936", "windows-936", "euc-cn", "x-euc-cn", "csgb2312", "gb18030", "chinese", "hz-gb-2312":
            return n == "hz-gb-2312" ? "HZ-GB-2312" : "GB18030"
        case "big5", "big-5", "cn-big5", "csbig5", "x-x-big5", "big5-hkscs", "big5hkscs", "cp950", "windows-950":
            return "Big5-HKSCS"
        case "utf-8", "utf8": return "UTF-8"
        case "utf-16le": return "UTF-16LE"
        case "utf-16be": return "UTF-16BE"
        case "utf-16": return "UTF-16"
        case "utf-32le": return "UTF-32LE"
        case "utf-32be": return "UTF-32BE"
        default:
            return Converter.canonicalName(name) ?? name
        }
    }

    /// UTF-8 with each maximal invalid subsequence replaced by U+FFFD, counting them.
    static func decodeUTF8Repairing(_ bytes: [UInt8]) -> (text: String, errors: Int) {
        if let text = String(validating: bytes, as: UTF8.self) { return (text, 0) }
        var scalars = String.UnicodeScalarView()
        var errors = 0
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        loop: while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(s): scalars.append(s)
            case .emptyInput: break loop
            case .error:
                errors += 1
                scalars.append("\u{FFFD}")
            }
        }
        return (String(scalars), errors)
    }

    /// Share of Han characters that are among the frequent ones (Simplified or Traditional); 1 when there is no Han.
    static func plausibility(of text: String) -> Double {
        var han = 0, frequent = 0, odd = 0, total = 0
        let set = FrequentHan.shared
        for s in text.unicodeScalars.prefix(100_000) {
            total += 1
            if Script.isHan(s) {
                han += 1
                if set.contains(s.value) { frequent += 1 }
            } else if (0xE000...0xF8FF).contains(s.value) || s.value == 0xFFFD || (0x80...0x9F).contains(s.value) {
                odd += 1
            }
        }
        guard total > 0 else { return 1 }
        let penalty = Double(odd) / Double(total)
        guard han > 0 else { return max(0, latinPlausibility(text) - 4 * penalty) }
        return Double(frequent) / Double(han) - 2 * penalty
    }

    /// For text without Han: the share of non-ASCII letters that sit next to an ASCII letter (accented letters inside
    /// words, as in "café"); mojibake of CJK bytes gives runs of non-ASCII symbols instead. 0.5 for pure ASCII.
    static func latinPlausibility(_ text: String) -> Double {
        let s = Array(text.unicodeScalars.prefix(100_000))
        var nonASCII = 0, inWord = 0
        for (i, c) in s.enumerated() where c.value >= 0x80 {
            nonASCII += 1
            let prevASCII = i > 0 && s[i - 1].properties.isAlphabetic && s[i - 1].value < 0x80
            let nextASCII = i + 1 < s.count && s[i + 1].properties.isAlphabetic && s[i + 1].value < 0x80
            if c.properties.isAlphabetic && (prevASCII || nextASCII) { inWord += 1 }
        }
        guard nonASCII > 0 else { return 0.5 }
        return 0.9 * Double(inWord) / Double(nonASCII)
    }

    static func hanCount(_ text: String) -> Int {
        text.unicodeScalars.lazy.filter { Script.isHan($0) }.count
    }
}

extension TextDecoder {
    /// Whether `name` is an encoding ZhText can decode.
    public static func isKnownEncoding(_ name: String) -> Bool {
        Converter.isKnown(preferredName(name))
    }
}
