import Foundation
import ZhTextICU

/// Reads an input in pieces of about ``blockSize`` bytes, so that a file of any size is analysed in bounded memory.
///
/// Inputs that fit in one block, HTML and Markdown (extraction needs the whole text) and encodings that cannot be cut safely
/// (stateful ones such as ISO-2022-JP) are read whole: ``whole`` holds them. Otherwise ``next()`` returns decoded
/// pieces in order. The encoding is decided on the first block (BOM, `--encoding`, valid UTF-8, declaration,
/// detection — as ``TextDecoder`` does) and kept for the rest.
///
/// Pieces end only where normalization, segmentation and sentence splitting always break:
/// - after a line break that follows a blank line or a sentence end (`。！？；.!?;”`), before a letter, digit or Han
///   character (the break is never a wrapped line that normalization would re-join);
/// - between a full-width sentence end (`。！？；`) and a Han character, for text without line breaks.
///
/// So analysing the pieces one by one and adding up gives the results of the whole text. Bytes are cut at a line
/// break or character boundary of the encoding (UTF-8, UTF-16, UTF-32; GB18030 and Big5 at a byte below 0x30, which
/// is never part of a multi-byte character there); a stretch without any allowed cut stays in one piece.
public struct TextPieces {
    /// Default size of a block read at once.
    public static let defaultBlockSize = 8 << 20

    /// A decoded piece: its scalars and the offset (in Unicode scalars) of its first scalar in the whole input.
    public struct Piece: Sendable, Equatable {
        public var scalars: [Unicode.Scalar]
        public var offset: Int
    }

    /// The whole input, when it was read whole (see the type's description).
    public private(set) var whole: SourceText?
    /// The input's name, as in ``InputItem/file``.
    public let file: String
    /// The encoding used (ICU's name).
    public private(set) var encoding = "UTF-8"
    /// How the encoding was chosen.
    public private(set) var encodingSource = EncodingSource.validUTF8
    /// Byte sequences replaced by U+FFFD so far.
    public private(set) var undecodableBytes = 0
    /// Bytes read at once.
    public let blockSize: Int

    private let handle: FileHandle?
    private var pending: [UInt8] = []
    private var carry: [Unicode.Scalar] = []
    private var offset = 0
    private var atEnd = false
    private let decoder: TextDecoder

    /// Opens `item` and reads its first block.
    public init(_ item: InputItem, decoder: TextDecoder = TextDecoder(), blockSize: Int = TextPieces.defaultBlockSize) throws(ZhTextError) {
        self.file = item.file
        self.decoder = decoder
        self.blockSize = max(blockSize, 4096)
        if let path = item.path {
            if let reason = FileProblem.reading(path) { throw .unreadable(file: item.file, reason: reason) }
            guard let h = FileHandle(forReadingAtPath: path) else { throw .unreadable(file: item.file, reason: "cannot open") }
            handle = h
        } else {
            handle = FileHandle.standardInput
        }
        try fill()
        if !atEnd && !item.looksLikeHTML && !item.looksLikeMarkdown && !Self.startsLikeHTML(pending) {
            // Decide the encoding on the first block (up to its last safe byte cut for the likely encoding).
            let likely = decoder.encoding.map(TextDecoder.preferredName) ?? TextDecoder.bom(of: pending)?.name
                ?? TextDecoder.guessUTF16(Array(pending.prefix(65_536))) ?? "UTF-8"
            let cut = Self.byteCut(pending, encoding: likely)
            if cut > 0 {
                let source = try decoder.decode(Array(pending[..<cut]), file: file)
                encoding = source.encoding
                encodingSource = source.encodingSource
                if Self.canStream(encoding) {
                    undecodableBytes = source.undecodableBytes
                    carry = Array(source.text.unicodeScalars)
                    pending.removeFirst(cut)
                    return
                }
            }
        }
        // Small, HTML, or not safely cut: read and decode it whole.
        try readRest()
        whole = try decoder.decode(pending, file: file)
        pending = []
        close()
    }

    /// The next piece, or `nil` at the end.
    public mutating func next() throws(ZhTextError) -> Piece? {
        while true {
            if whole != nil { return nil }
            if pending.isEmpty && carry.isEmpty && atEnd { close(); return nil }
            // Decode the bytes up to the last safe byte cut (all of them at the end).
            var cut = atEnd ? pending.count : Self.byteCut(pending, encoding: encoding)
            if cut == 0 && !atEnd {
                try fill()
                continue
            }
            if cut == 0 { cut = pending.count }
            let decoded = try decode(Array(pending[..<cut]))
            pending.removeFirst(cut)
            carry.append(contentsOf: decoded)
            var end = atEnd && pending.isEmpty ? carry.count : Self.lastCut(in: carry)
            if end == 0 && carry.count >= blockSize {
                // A stretch of a block without a line or sentence end (one huge line of a letter or of 的): cut it at
                // a weaker place rather than hold the whole stretch (memory stays bounded; tokens at the cut may differ).
                end = TextChunks.weakCut(in: carry, start: 0, end: blockSize)
                forcedCuts += 1
            }
            if end == 0 {
                // No place to cut yet: read on (the piece grows until one comes or the input ends).
                if !atEnd { try fill() }
                continue
            }
            let piece = Piece(scalars: Array(carry[..<end]), offset: offset)
            offset += end
            carry.removeFirst(end)
            if !atEnd && pending.count < blockSize { try fill() }
            return piece
        }
    }

    // MARK: - Reading

    /// Reads until `pending` holds at least one more block or the input ends.
    private mutating func fill() throws(ZhTextError) {
        guard let handle, !atEnd else { return }
        let target = pending.count + blockSize
        do {
            while pending.count < target {
                guard let data = try handle.read(upToCount: target - pending.count), !data.isEmpty else { atEnd = true; break }
                pending.append(contentsOf: data)
                if pending.count > InputReader.maximumSize {
                    throw ZhTextError.unreadable(file: file, reason: "a stretch of more than \(InputReader.maximumSize >> 30) GiB without a place to cut it")
                }
            }
        } catch let error as ZhTextError {
            throw error
        } catch {
            throw .unreadable(file: file, reason: (error as NSError).localizedDescription)
        }
    }

    private mutating func readRest() throws(ZhTextError) {
        while !atEnd { try fill() }
    }

    private func close() {
        if let handle, handle !== FileHandle.standardInput { try? handle.close() }
    }

    /// Decodes bytes cut at a character boundary of ``encoding``.
    private mutating func decode(_ bytes: [UInt8]) throws(ZhTextError) -> [Unicode.Scalar] {
        let decoded: (text: String, errors: Int)
        if encoding == "UTF-8" {
            decoded = TextDecoder.decodeUTF8Repairing(bytes)
        } else {
            do { decoded = try Converter.decode(bytes, charset: encoding) } catch { throw .unknownEncoding(file: file, name: encoding) }
        }
        undecodableBytes += decoded.errors
        return Array(decoded.text.unicodeScalars)
    }

    /// Pieces cut inside a stretch with no line or sentence end (see ``next()``).
    public private(set) var forcedCuts = 0

    /// The warning a whole-file decode would give, if any, and one for cuts inside a stretch.
    public var warnings: [String] {
        var result = TextDecoder.undecodableWarning(file: file, count: undecodableBytes, charset: encoding).map { [$0] } ?? []
        if forcedCuts > 0 {
            result.append("\(file): cut \(forcedCuts) time\(forcedCuts == 1 ? "" : "s") inside a stretch of more than \(blockSize) characters without a line or sentence end (tokens at a cut may differ)")
        }
        return result
    }

    // MARK: - Cutting

    static func canStream(_ encoding: String) -> Bool {
        ["UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE", "GB18030", "Big5-HKSCS"].contains(encoding)
    }

    /// Whether the first bytes read as the start of an HTML page (ASCII markup; NUL bytes of UTF-16/32 skipped).
    static func startsLikeHTML(_ bytes: [UInt8]) -> Bool {
        ArticleExtractor.looksLikeHTML(bytes.prefix(4096).filter { $0 != 0 }.map { Unicode.Scalar($0) })
    }

    /// Length of the prefix of `bytes` that ends at a line break, or else at a character boundary, of `encoding`;
    /// 0 when there is none yet.
    static func byteCut(_ bytes: [UInt8], encoding name: String) -> Int {
        switch name {
        case "UTF-16LE", "UTF-16BE":
            let le = name == "UTF-16LE"
            var i = (bytes.count / 2) * 2 - 2
            while i >= 0 {
                let unit = le ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1])
                if unit == 0x0A { return i + 2 }
                i -= 2
            }
            var end = (bytes.count / 2) * 2
            if end >= 2 {
                let unit = le ? UInt16(bytes[end - 2]) | UInt16(bytes[end - 1]) << 8 : UInt16(bytes[end - 2]) << 8 | UInt16(bytes[end - 1])
                if (0xD800...0xDBFF).contains(unit) { end -= 2 }  // keep a surrogate pair together
            }
            return end
        case "UTF-32LE", "UTF-32BE":
            let le = name == "UTF-32LE"
            var i = (bytes.count / 4) * 4 - 4
            while i >= 0 {
                if (le ? bytes[i] : bytes[i + 3]) == 0x0A && (le ? bytes[i + 1...i + 3] : bytes[i...i + 2]).allSatisfy({ $0 == 0 }) { return i + 4 }
                i -= 4
            }
            return (bytes.count / 4) * 4
        case "GB18030", "Big5-HKSCS":
            if let nl = bytes.lastIndex(of: 0x0A) { return nl + 1 }
            // Bytes below 0x30 are never inside a multi-byte GB18030 or Big5 character.
            if let low = bytes.lastIndex(where: { $0 < 0x30 }) { return low + 1 }
            return 0
        default:
            if let nl = bytes.lastIndex(of: 0x0A) { return nl + 1 }
            // A byte below 0x30 is a whole character in UTF-8 and never inside a GB18030 or Big5 one (the first
            // block's encoding may still turn out to be one of those).
            if let low = bytes.lastIndex(where: { $0 < 0x30 }) { return low + 1 }
            guard name == "UTF-8" else { return 0 }
            // Before the last lead byte (not a continuation byte 10xxxxxx).
            if let lead = bytes.lastIndex(where: { $0 & 0xC0 != 0x80 }), lead > 0 { return lead }
            return 0
        }
    }

    /// The last place in `s` where a piece may end (see the type's description), or 0.
    static func lastCut(in s: [Unicode.Scalar]) -> Int {
        var fallback = 0
        var k = s.count - 1
        while k > 0 {
            let c = s[k]
            if isCutStart(c) {
                let p = s[k - 1]
                if p == "\n" {
                    // Look back over the run of line breaks and spaces.
                    var j = k - 1
                    var breaks = 0
                    while j >= 0 && (s[j] == "\n" || s[j] == "\r" || s[j] == " ") {
                        if s[j] == "\n" { breaks += 1 }
                        j -= 1
                    }
                    if breaks >= 2 || (j >= 0 && sentenceEnds.contains(s[j].value)) { return k }
                } else if fallback == 0 && Script.isHan(c) && Script.isFullWidthSentenceEnd(p) {
                    fallback = k
                }
            }
            k -= 1
            // A line-break cut is preferred, but not at the price of scanning far back.
            if fallback > 0 && fallback - k > 65_536 { break }
        }
        return fallback
    }

    @inline(__always)
    static func isCutStart(_ c: Unicode.Scalar) -> Bool {
        Script.isHan(c) || (c.value < 0x80 && (c.properties.isAlphabetic || ("0"..."9").contains(c)))
    }

    /// What may end the line before a line-break cut: a sentence end or a closing quotation mark after one.
    static let sentenceEnds: Set<UInt32> = [0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0x2E, 0x21, 0x3F, 0x3B, 0x201D]
}
