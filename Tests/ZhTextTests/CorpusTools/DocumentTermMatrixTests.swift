import Testing
@testable import ZhText

/// The document-term matrix's layouts and the Matrix Market reader.
@Suite struct DocumentTermMatrixTests {
    static func sample() -> DocumentTermMatrix {
        var m = DocumentTermMatrix()
        m.add(.init(document: "a.txt", title: "甲", date: "2024-01-02", dateSource: "file-name", characters: 10), counts: ["发展": 3, "经济": 1])
        m.add(.init(document: "dir/b,\"c\".txt", characters: 5), counts: ["经济": 2, "绿色": 2, "零": 0])
        return m
    }

    @Test func columnsByTotalThenTermAndMatrixMarketCells() throws {
        let m = Self.sample()
        // Totals: 发展 3, 经济 3, 绿色 2; the tie by term (发 U+53D1 < 经 U+7ECF).
        #expect(m.columns == ["发展", "经济", "绿色"])
        #expect(m.matrixMarket() == """
        %%MatrixMarket matrix coordinate integer general
        % document-term matrix written by zhtext: rows = documents (FILE.rows.txt), columns = terms (FILE.cols.txt)
        2 3 4
        1 1 3
        1 2 1
        2 2 2
        2 3 2

        """)
        #expect(m.rowsText() == "a.txt\ndir/b,\"c\".txt\n" && m.colsText() == "发展\n经济\n绿色\n")
        let read = try MatrixMarket.parse(m.matrixMarket(), file: "m.mtx")
        #expect(read.rows == 2 && read.columns == 3 && read.entries.map(\.value) == [3, 1, 2, 2])
    }

    @Test func longCSVAndDocumentsCSV() {
        #expect(DocumentTermMatrix.longCSV(document: "dir/b,\"c\".txt", counts: ["经济": 2, "绿色": 2, "零": 0, "城": 5])
                == "\"dir/b,\"\"c\"\".txt\",城,5\r\n\"dir/b,\"\"c\"\".txt\",经济,2\r\n\"dir/b,\"\"c\"\".txt\",绿色,2\r\n")
        #expect(Self.sample().documentsCSV() == "document,title,date,date_source,label,characters,terms\r\na.txt,甲,2024-01-02,file-name,,10,4\r\n\"dir/b,\"\"c\"\".txt\",,,,,5,4\r\n")
    }

    @Test func namesWithLineBreaksStayOnOneLine() {
        var m = DocumentTermMatrix()
        m.add(.init(document: "a\nb\\c", characters: 1), counts: ["x": 1])
        #expect(m.rowsText() == "a\\nb\\\\c\n")
    }

    /// (text, error, reason)
    static let malformed: [(String, String, String)] = [
        ("", "m.mtx:1: expected \"%%MatrixMarket matrix coordinate integer general\": \"\"", "empty"),
        ("%%MatrixMarket matrix array real general\n1 1\n", "m.mtx:1: expected \"%%MatrixMarket matrix coordinate integer general\": \"%%MatrixMarket matrix array real general\"", "dense layout"),
        ("%%MatrixMarket matrix coordinate integer general\n2 x 1\n", "m.mtx:2: expected the size line \"rows columns entries\": \"2 x 1\"", "bad size"),
        ("%%MatrixMarket matrix coordinate integer general\n2 2 1\n3 1 4\n", "m.mtx:3: entry outside the 2 × 2 matrix: \"3 1 4\"", "row out of range"),
        ("%%MatrixMarket matrix coordinate integer general\n2 2 1\n1 1 4\n2 2 1\n", "m.mtx:4: more entries than the 1 announced: \"2 2 1\"", "too many"),
        ("%%MatrixMarket matrix coordinate integer general\n2 2 2\n1 1 4\n", "m.mtx:4: 1 entries, 2 announced: \"\"", "too few"),
        ("%%MatrixMarket matrix coordinate integer general\n2 2 1\n1 1\n", "m.mtx:3: expected \"row column value\": \"1 1\"", "short entry"),
    ]

    @Test(arguments: malformed) func malformedFilesNameTheLine(text: String, error: String, reason: String) {
        do {
            _ = try MatrixMarket.parse(text, file: "m.mtx")
            Issue.record("accepted: \(reason)")
        } catch let e {
            #expect(e.description == error, "\(reason)")
        }
    }

    /// Seeded property test: random matrices round-trip through Matrix Market; random edits of a valid file either
    /// parse or fail with a `file:line` error, never crash.
    @Test func randomMatricesRoundTripAndMutationsNeverCrash() throws {
        var rng = SeededGenerator(seed: 16)
        let alphabet = ["发展", "经济", "a", "b c", "绿色", "x,y", "\"q\""]
        for _ in 0..<200 {
            var m = DocumentTermMatrix()
            var expected: [[String: Int]] = []
            for d in 0..<Int(rng.next() % 5) {
                var counts: [String: Int] = [:]
                for _ in 0..<Int(rng.next() % 6) { counts[alphabet[Int(rng.next() % UInt64(alphabet.count))], default: 0] += Int(rng.next() % 4) }
                m.add(.init(document: "d\(d)", characters: 1), counts: counts)
                expected.append(counts.filter { $0.value > 0 })
            }
            let text = m.matrixMarket()
            let read = try MatrixMarket.parse(text, file: "r.mtx")
            let columns = m.columns
            var back: [[String: Int]] = Array(repeating: [:], count: read.rows)
            for e in read.entries { back[e.row - 1][columns[e.column - 1]] = Int(e.value) }
            #expect(back == expected)
            var bytes = Array(text.utf8)
            if !bytes.isEmpty {
                for _ in 0..<3 { bytes[Int(rng.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: rng.next()) }
            }
            do { _ = try MatrixMarket.parse(String(decoding: bytes, as: UTF8.self), file: "r.mtx") } catch let e {
                #expect(e.description.hasPrefix("r.mtx:"))
            }
        }
    }
}
