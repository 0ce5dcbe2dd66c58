import Testing
import ZhText
import ZhTextTestSupport

/// The library's SHA-256 (content hashes of the corpus store) against FIPS 180-4's published examples (and the empty message).
@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),           // padding only
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),        // one block
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",                       // padding spills into a 2nd block
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func matchesTheStandardsExamples(_ message: String, _ digest: String) {
        #expect(SHA256.hex(Array(message.utf8)) == digest)
    }
}
