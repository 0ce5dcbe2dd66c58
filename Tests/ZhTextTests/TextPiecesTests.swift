import Foundation
import Testing
import ZhTextICU
@testable import ZhText

/// Reading in pieces must not change anything: the pieces re-join to the decoded text, and analysing them adds up
/// to the analysis of the whole text.
@Suite struct TextPiecesTests {
    /// Text of our own with what makes cutting risky: wrapped lines inside Han runs (re-joined by normalization),
    /// blank lines, CRLF, zero-width spaces, spaces between Han characters, full-width digits, Latin words, long
    /// lines without breaks, quotation marks around policy phrases.
    static func sample(seed: UInt64, paragraphs: Int = 400, lineBreaks: Bool = true) -> String {
        var rng = SeededGenerator(seed: seed)
        let sentences = [
            "青川市坚持推动高质量发展，加快培育新质生产力。", "全年地区生产总值增长５.２%，城镇新增就业３.１万人！",
            "“十五五”规划编制工作有序推进；", "数字经济核心产业增加值占比提高到１２%。", "AI 大模型在政务服务中试点应用。",
            "要坚持稳中求进工作总基调？", "科技创新和产业创新深度融合，", "政府工作报\n告提出", "乡村全面振兴取得新进展。",
            "坚定不移推进\u{200B}全面深化改革。", "营商 环境 持续 优化。", "Deep learning 与 Big Data 已进入课堂。",
        ]
        var out = ""
        for _ in 0..<paragraphs {
            for _ in 0..<Int.random(in: 1...6, using: &rng) { out += sentences.randomElement(using: &rng)! }
            guard lineBreaks else { continue }
            switch Int.random(in: 0..<6, using: &rng) {
            case 0: out += "\n\n"
            case 1: out += "\r\n"
            case 2: out += "\n   \n"
            default: out += "\n"
            }
        }
        return out
    }

    static func write(_ bytes: [UInt8], name: String) throws -> InputItem {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("zhtext-pieces-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return InputItem(file: name, path: url.path)
    }

    static func encode(_ text: String, _ encoding: String) -> [UInt8] {
        switch encoding {
        case "UTF-8": return Array(text.utf8)
        case "UTF-8-BOM": return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        case "UTF-16LE-BOM": return [0xFF, 0xFE] + Converter.encode(text, charset: "UTF-16LE")!
        case "UTF-16BE-BOM": return [0xFE, 0xFF] + Converter.encode(text, charset: "UTF-16BE")!
        default: return Converter.encode(text, charset: encoding)!
        }
    }

    @Test(arguments: ["UTF-8", "UTF-8-BOM", "GB18030", "UTF-16LE-BOM", "UTF-16BE-BOM", "Big5-HKSCS"])
    func piecesRejoinToTheDecodedText(encoding: String) throws {
        var text = Self.sample(seed: 3)
        if encoding == "Big5-HKSCS" {
            // Big5 has no Simplified characters: a Traditional text of our own.
            text = String(repeating: "臺灣的經濟發展與產業轉型，值得觀察。\n政府預算審議\n進入最後階段！\n\n", count: 600)
        }
        let bytes = Self.encode(text, encoding)
        let item = try Self.write(bytes, name: "pieces-\(encoding).txt")
        var pieces = try TextPieces(item, blockSize: 4096)
        #expect(pieces.whole == nil)
        var joined: [Unicode.Scalar] = []
        var count = 0
        while let piece = try pieces.next() {
            #expect(piece.offset == joined.count)
            joined.append(contentsOf: piece.scalars)
            count += 1
        }
        let whole = try TextDecoder().decode(bytes, file: item.file)
        #expect(String(scalars: joined) == whole.text)
        #expect(pieces.encoding == whole.encoding)
        #expect(pieces.undecodableBytes == 0)
        #expect(count > 5)
    }

    /// Small inputs and HTML are read whole.
    @Test func smallInputsAndHTMLAreReadWhole() throws {
        let small = try TextPieces(try Self.write(Array("推动高质量发展。\n".utf8), name: "small.txt"), blockSize: 4096)
        #expect(small.whole?.text == "推动高质量发展。\n")
        let page = "<!DOCTYPE html><html><body><p>" + String(repeating: "推动高质量发展。", count: 2000) + "</p></body></html>"
        let html = try TextPieces(try Self.write(Array(page.utf8), name: "page.txt"), blockSize: 4096)
        #expect(html.whole?.text == page)
    }

    /// Every cut that ``TextPieces/lastCut(in:)`` allows leaves normalization unchanged: the normalized pieces
    /// concatenate to the normalized whole, with the same offsets.
    @Test(arguments: [1, 2, 3, 4, 5])
    func normalizationIsUnchangedAtEveryCut(seed: UInt64) {
        let scalars = Array(Self.sample(seed: seed, paragraphs: 60).unicodeScalars)
        let normalizer = Normalizer.default
        let whole = normalizer.normalize(scalars: scalars)
        var end = scalars.count
        var cuts: [Int] = []
        while true {
            let cut = TextPieces.lastCut(in: Array(scalars[..<end]))
            if cut == 0 { break }
            cuts.append(cut)
            end = cut - 1
        }
        #expect(cuts.count > 20)
        for cut in cuts {
            let a = normalizer.normalize(scalars: Array(scalars[..<cut]))
            let b = normalizer.normalize(scalars: Array(scalars[cut...]))
            #expect(a.scalars + b.scalars == whole.scalars, "cut at \(cut)")
            let mapped = (0..<a.scalars.count).map { a.map.originalOffset(of: $0) } + (0..<b.scalars.count).map { b.map.originalOffset(of: $0) + cut }
            #expect(mapped == (0..<whole.scalars.count).map { whole.map.originalOffset(of: $0) }, "offsets at cut \(cut)")
        }
    }

    /// Analysing in pieces gives exactly the analysis of the whole text on the long-text path (TF-IDF keywords,
    /// chunked counting): statistics, keywords with offsets, phrases with first offsets, top terms.
    @Test(arguments: [(UInt64(7), true), (8, false)])
    func analysisInPiecesEqualsWholeAnalysis(seed: UInt64, lineBreaks: Bool) throws {
        let text = Self.sample(seed: seed, paragraphs: lineBreaks ? 500 : 300, lineBreaks: lineBreaks)
        let item = try Self.write(Self.encode(text, "UTF-8"), name: "analysis-\(seed).txt")
        var options = AnalysisOptions()
        options.wholeTextLimit = 0
        options.chunkSize = 1000
        let analyzer = try DocumentAnalyzer(options: options)
        let whole = try analyzer.analyze(SourceText(file: item.file, text: text, encoding: "UTF-8", encodingSource: .validUTF8))
        let pieces = try analyzer.analyze(item, blockSize: 4096)
        #expect(pieces == whole)
        #expect(whole.keywordMethod == "tfidf")
        #expect(!whole.phrases.isEmpty && !whole.keywords.isEmpty)
    }

    /// An encoding that cannot be cut safely (forced here) is read whole.
    @Test func unsafeEncodingsAreReadWhole() throws {
        let text = String(repeating: "東京都の経済政策について議論した。\n", count: 800)
        let item = try Self.write(Converter.encode(text, charset: "Shift_JIS")!, name: "sjis.txt")
        let pieces = try TextPieces(item, decoder: TextDecoder(encoding: "Shift_JIS"), blockSize: 4096)
        #expect(pieces.whole?.text == text)
        #expect(pieces.whole?.encoding == TextDecoder.preferredName("Shift_JIS"))
    }

    /// A forced encoding is used for every piece.
    @Test func forcedEncodingAppliesToEveryPiece() throws {
        let text = Self.sample(seed: 9)
        let item = try Self.write(Self.encode(text, "GB18030"), name: "forced-gb.txt")
        var pieces = try TextPieces(item, decoder: TextDecoder(encoding: "gbk"), blockSize: 4096)
        var joined: [Unicode.Scalar] = []
        while let piece = try pieces.next() { joined.append(contentsOf: piece.scalars) }
        #expect(String(scalars: joined) == text)
        #expect(pieces.encoding == "GB18030" && pieces.encodingSource == .override)
    }

    @Test func unreadableFileIsAClearError() {
        #expect(throws: ZhTextError.self) { try TextPieces(InputItem(file: "missing.txt", path: "/nonexistent/missing.txt")) }
    }

    /// A stretch longer than a block with no line or sentence end (one huge line of a single letter) is cut at the
    /// block size, with a warning, instead of being held whole.
    @Test func aBlockWithoutAPlaceToCutIsCutAnyway() throws {
        let text = String(repeating: "a", count: 20_000) + "\n"
        var pieces = try TextPieces(try Self.write(Array(text.utf8), name: "one-letter.txt"), blockSize: 4096)
        var joined: [Unicode.Scalar] = [], sizes: [Int] = []
        while let piece = try pieces.next() {
            #expect(piece.offset == joined.count)
            sizes.append(piece.scalars.count)
            joined += piece.scalars
        }
        #expect(String(String.UnicodeScalarView(joined)) == text)
        // Every piece but the last is cut at the block size; the last holds what is left when the input ends (less
        // than two blocks).
        #expect(sizes.dropLast().allSatisfy { $0 == 4096 } && sizes.last! < 2 * 4096, "\(sizes)")
        #expect(pieces.forcedCuts == sizes.count - 1)
        #expect(pieces.warnings == ["one-letter.txt: cut \(sizes.count - 1) times inside a stretch of more than 4096 characters without a line or sentence end (tokens at a cut may differ)"])
    }
}
