import Foundation
import Testing
import ZhTextTestSupport
@testable import ZhText

@Suite struct TextDecoderTests {
    static let simplified = "春天到了，市图书馆延长了开放时间。"
    static let traditional = "春天到了，市圖書館延長了開放時間。"

    func load(_ name: String, decoder: TextDecoder = TextDecoder()) throws -> SourceText {
        let url = TestSupport.fixture("encoding/\(name)", target: "ZhTextTests")
        return try decoder.decode([UInt8](try Data(contentsOf: url)), file: name)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let fixture: String
        let encoding: String
        let source: EncodingSource
        let contains: String
        var testDescription: String { fixture }
    }

    static let cases: [Case] = [
        Case(fixture: "simplified.gb18030.txt", encoding: "GB18030", source: .detected, contains: simplified),
        Case(fixture: "simplified.gbk.html", encoding: "GB18030", source: .declared, contains: simplified),
        Case(fixture: "traditional.big5.txt", encoding: "Big5-HKSCS", source: .detected, contains: traditional),
        Case(fixture: "simplified.utf16le-bom.txt", encoding: "UTF-16LE", source: .bom, contains: simplified),
        Case(fixture: "simplified.utf16be-bom.txt", encoding: "UTF-16BE", source: .bom, contains: simplified),
        Case(fixture: "simplified.utf16le-nobom.txt", encoding: "UTF-16LE", source: .detected, contains: simplified),
        Case(fixture: "simplified.utf8-bom.txt", encoding: "UTF-8", source: .bom, contains: simplified),
        Case(fixture: "misdeclared-gb2312-is-utf8.html", encoding: "UTF-8", source: .validUTF8, contains: simplified),
        Case(fixture: "misdeclared-utf8-is-gbk.html", encoding: "GB18030", source: .detected, contains: simplified),
        Case(fixture: "crlf.txt", encoding: "UTF-8", source: .validUTF8, contains: "五本。\r\n春天"),
    ]

    @Test(arguments: cases)
    func decodes(_ c: Case) throws {
        let source = try load(c.fixture)
        #expect(source.encoding == c.encoding)
        #expect(source.encodingSource == c.source)
        #expect(source.text.contains(c.contains))
        #expect(source.undecodableBytes == 0)
        #expect(source.warnings.isEmpty)
        #expect(!source.text.hasPrefix("\u{FEFF}"))
    }

    @Test func mostlyUTF8WithBadBytesIsUTF8WithAWarning() throws {
        let source = try load("utf8-two-bad-bytes.txt")
        #expect(source.encoding == "UTF-8")
        #expect(source.undecodableBytes == 2)
        #expect(source.text.unicodeScalars.filter { $0 == "\u{FFFD}" }.count == 2)
        #expect(source.warnings == ["utf8-two-bad-bytes.txt: 2 undecodable byte sequences replaced by U+FFFD (decoded as UTF-8)"])
    }

    @Test func binaryIsRefused() throws {
        #expect(throws: ZhTextError.self) { try load("binary.bin.txt") }
        do { _ = try load("binary.bin.txt") } catch {
            #expect(String(describing: error).hasPrefix("binary.bin.txt: not a text file ("))
        }
    }

    @Test func randomBytesAreRefused() throws {
        var generator = SeededGenerator(seed: 7)
        let bytes = (0..<4000).map { _ in UInt8.random(in: 1...255, using: &generator) }
        #expect(throws: ZhTextError.self) { try TextDecoder().decode(bytes, file: "noise") }
    }

    @Test func emptyFileIsEmptyText() throws {
        let source = try load("empty.txt")
        #expect(source.text == "")
        #expect(source.encoding == "UTF-8")
    }

    @Test func overrideWins() throws {
        let source = try load("simplified.gb18030.txt", decoder: TextDecoder(encoding: "gbk"))
        #expect(source.encoding == "GB18030")
        #expect(source.encodingSource == .override)
        #expect(source.text.contains(Self.simplified))
    }

    @Test func unknownOverrideIsAnError() throws {
        #expect(throws: ZhTextError.unknownEncoding(file: "x", name: "klingon-8")) {
            try TextDecoder(encoding: "klingon-8").decode([0x41], file: "x")
        }
    }

    @Test(arguments: [("gb2312", "GB18030"), ("GBK", "GB18030"), ("x-gbk", "GB18030"), ("big5", "Big5-HKSCS"),
                      ("utf8", "UTF-8"), ("UTF-16LE", "UTF-16LE")])
    func preferredNames(_ pair: (String, String)) {
        #expect(TextDecoder.preferredName(pair.0) == pair.1)
    }

    @Test(arguments: [
        ("<meta charset=\"gbk\">", "gbk"),
        ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GB2312\" />", "gb2312"),
        ("<?xml version=\"1.0\" encoding=\"big5\"?>", "big5"),
        ("<p>charset=utf-8 in running text</p>", nil),
    ] as [(String, String?)])
    func declaredCharset(_ pair: (String, String?)) {
        #expect(TextDecoder.declaredCharset(in: Array(pair.0.utf8)) == pair.1)
    }
}

