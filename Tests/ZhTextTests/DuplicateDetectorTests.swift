import Testing
@testable import ZhText

/// Which inputs are the same document (identical input, or identical normalized text) and which are not.
@Suite struct DuplicateDetectorTests {
    static let article = "东川市召开城市更新工作推进会。\n会议要求推动城市高质量发展。\n"

    static func identity(_ text: String) -> DuplicateDetector.Identity {
        DuplicateDetector.Identity(Normalizer.default.normalize(text))
    }

    @Test(arguments: [
        // (second input, duplicate of the first?, why)
        (article, true, "identical bytes"),
        (article.replacingOccurrences(of: "\n", with: "\r\n"), true, "CRLF line ends: identical normalized text"),
        ("\u{FEFF}" + article, true, "a BOM and a zero-width character are not text"),
        ("东川市召开城市更新工作推进会。\n会议要求推动城市高质量发展！\n", false, "one character differs"),
        (String(article.dropLast(2)) + "\n", false, "a prefix of the document is another document"),
    ])
    func sameDocumentOrNot(_ second: String, _ duplicate: Bool, _ why: String) {
        var detector = DuplicateDetector()
        #expect(detector.firstCopy(of: "a.txt", identity: Self.identity(Self.article)) == nil)
        #expect(detector.firstCopy(of: "b.txt", identity: Self.identity(second)) == (duplicate ? "a.txt" : nil), "\(why)")
    }

    @Test func theFirstCopyStaysTheOneNamed() {
        var detector = DuplicateDetector()
        let id = Self.identity(Self.article)
        #expect(detector.firstCopy(of: "a.txt", identity: id) == nil)
        #expect(detector.firstCopy(of: "b.txt", identity: id) == "a.txt")
        #expect(detector.firstCopy(of: "c.txt", identity: id) == "a.txt")
        #expect(DuplicateDetector.warning(duplicate: "c.txt", of: "a.txt")
                == "c.txt: same document as a.txt; counted once (--keep-duplicates keeps both)")
    }

    @Test func emptyArticlesOfDifferentInputsAreNotDuplicates() {
        // Two pages where no text was left: the same (empty) normalized text is no evidence of sameness.
        var detector = DuplicateDetector()
        let a = DuplicateDetector.Identity(input: .init(of: "<p>a</p>".unicodeScalars), normalized: .init())
        let b = DuplicateDetector.Identity(input: .init(of: "<p>b</p>".unicodeScalars), normalized: .init())
        #expect(detector.firstCopy(of: "a.html", identity: a) == nil)
        #expect(detector.firstCopy(of: "b.html", identity: b) == nil)
    }

    @Test func fingerprintsOfPiecesEqualTheWhole() {
        var pieces = DuplicateDetector.Fingerprint()
        pieces.add("东川市".unicodeScalars)
        pieces.add("城市更新".unicodeScalars)
        #expect(pieces == DuplicateDetector.Fingerprint(of: "东川市城市更新".unicodeScalars))
        #expect(pieces != DuplicateDetector.Fingerprint(of: "东川市城市更".unicodeScalars))
    }
}
