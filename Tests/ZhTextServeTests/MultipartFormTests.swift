import Testing
import ZhTextTestSupport
@testable import ZhTextServe

/// multipart/form-data: what browsers send parses; what is malformed is refused with a reason; random bodies never
/// trap; random parts round-trip.
@Suite struct MultipartFormTests {
    @Test func parsesABrowsersForm() throws {
        let body = Array("""
        preamble\r
        --AaB03x\r
        Content-Disposition: form-data; name="date"\r
        \r
        2025-03-05\r
        --AaB03x\r
        Content-Disposition: form-data; name="file"; filename="报告.txt"\r
        Content-Type: text/plain\r
        \r
        第一行\r
        第二行\r
        --AaB03x--\r

        """.utf8)
        let form = try MultipartForm(body: body, boundary: "AaB03x")
        #expect(form.parts.count == 2)
        #expect(form.part(named: "date")?.text == "2025-03-05")
        #expect(form.part(named: "file")?.filename == "报告.txt")
        #expect(form.part(named: "file")?.contentType == "text/plain")
        #expect(form.part(named: "file")?.text == "第一行\r\n第二行", "CRLF inside a part is kept; the one before the boundary is not")
    }

    static let boundaries: [(header: String, boundary: String?, why: String)] = [
        ("multipart/form-data; boundary=abc", "abc", "plain"),
        ("Multipart/Form-Data; Boundary=\"a b c\"", "a b c", "quoted, case-insensitive names"),
        ("multipart/form-data", nil, "no boundary"),
        ("application/json; boundary=abc", nil, "not multipart"),
        ("multipart/form-data; boundary=", nil, "an empty boundary"),
        ("multipart/form-data; boundary=" + String(repeating: "x", count: 71), nil, "longer than RFC 2046's 70"),
    ]

    @Test(arguments: boundaries) func boundary(_ c: (header: String, boundary: String?, why: String)) {
        #expect(MultipartForm.boundary(contentType: c.header) == c.boundary, "\(c.why)")
    }

    static let malformed: [(body: String, why: String)] = [
        ("", "empty"),
        ("no boundary at all", "no boundary line"),
        ("--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nvalue", "not closed"),
        ("--b\r\nContent-Disposition: form-data\r\n\r\nvalue\r\n--b--", "no field name"),
        ("--b\r\nContent-Disposition: attachment; name=\"x\"\r\n\r\nv\r\n--b--", "not form-data"),
        ("--b\r\nno colon here\r\n\r\nv\r\n--b--", "a header without a colon"),
        ("--bX\r\n", "a boundary line that does not end the delimiter"),
    ]

    @Test(arguments: malformed) func refuses(_ c: (body: String, why: String)) {
        #expect(throws: ServeError.self, "\(c.why)") { try MultipartForm(body: Array(c.body.utf8), boundary: "b") }
    }

    @Test func randomPartsRoundTripAndRandomBodiesNeverTrap() throws {
        var g = SeededGenerator(seed: 99)
        let boundary = "----zhtext-boundary-0042"
        for _ in 0..<500 {
            var parts: [MultipartForm.Part] = []
            for k in 0..<(1 + g.int(4)) {
                // Data: random bytes (CR, LF, dashes and high bytes included), never the delimiter itself.
                let data = (0..<g.int(200)).map { _ in [0x0D, 0x0A, 0x2D, 0x41, 0xE6, 0x00, 0xFF][g.int(7)] as UInt8 }
                parts.append(.init(name: "f\(k)", filename: g.int(2) == 0 ? nil : "文件\(k).txt", contentType: g.int(2) == 0 ? nil : "text/plain", data: data))
            }
            let body = MultipartForm.encode(parts, boundary: boundary)
            #expect(try MultipartForm(body: body, boundary: boundary).parts == parts)
            // Cut or corrupted bodies: parsed or refused, never a trap.
            let cut = Array(body.prefix(g.int(body.count + 1)))
            _ = try? MultipartForm(body: cut, boundary: boundary)
            var flipped = body
            if !flipped.isEmpty { flipped[g.int(flipped.count)] = UInt8(g.int(256)) }
            _ = try? MultipartForm(body: flipped, boundary: boundary)
        }
    }
}
