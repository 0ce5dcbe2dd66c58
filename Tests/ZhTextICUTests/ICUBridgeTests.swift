import Testing
import ZhTextICU

@Suite struct ICUBridgeTests {
    @Test func convertersRoundTripChinese() throws {
        let text = "读书、借书，每人每天限借五本。"
        for charset in ["GB18030", "UTF-16LE", "UTF-8"] {
            let bytes = try #require(Converter.encode(text, charset: charset))
            let decoded = try Converter.decode(bytes, charset: charset)
            #expect(decoded.text == text)
            #expect(decoded.errors == 0)
        }
    }

    @Test func undecodableBytesAreCounted() throws {
        let decoded = try Converter.decode([0x41, 0xFF, 0x42], charset: "UTF-8")
        #expect(decoded.errors == 1)
        #expect(decoded.text == "A\u{FFFD}B")
    }

    @Test func unknownCharset() {
        #expect(!Converter.isKnown("no-such-charset"))
        #expect(Converter.isKnown("gbk"))
    }

    @Test func detectorFindsSomething() {
        let bytes = Converter.encode(String(repeating: "春天到了，市图书馆延长了开放时间。", count: 10), charset: "GB18030")!
        let matches = bytes.withUnsafeBytes { CharsetDetector.detect($0) }
        #expect(!matches.isEmpty)
    }

    @Test func wordBreaks() throws {
        let it = try BreakIterator(.word, locale: "zh")
        let b = it.boundaries(of: Array("中华人民共和国 2024".utf16))
        #expect(b.last?.offset == 12)
        #expect(b.count >= 3)
    }

    @Test func transliteration() throws {
        let t = try Transliterator(id: "Traditional-Simplified")
        #expect(t.transliterate("圖書館") == "图书馆")
    }

    @Test func kangxiRadicalNFKC() {
        #expect(UnicodeProperties.nfkc("\u{2F45}") == ["\u{65B9}"])
    }
}
