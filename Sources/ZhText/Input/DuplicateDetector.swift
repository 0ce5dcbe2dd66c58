/// Finds the same document given twice among the inputs of a run: identical decoded input (identical bytes decode
/// identically) or identical normalized text (the same article saved twice, with different line ends, BOM or page
/// furniture). The first copy is kept; later copies are reported so the caller can skip them with a warning, since a
/// document counted twice doubles its terms in every count, trend and comparison.
///
/// Only 128-bit fingerprints are kept, never the texts, so memory is O(documents). Used by every command that reads
/// several inputs, and by anything else that builds a corpus (the store, a Spark job).
public struct DuplicateDetector: Sendable {
    /// 128 bits over a sequence of scalars (two 64-bit FNV-1a hashes with different offsets) plus its length.
    public struct Fingerprint: Hashable, Sendable {
        var first: UInt64 = 0xcbf2_9ce4_8422_2325
        var second: UInt64 = 0x8422_2325_cbf2_9ce4
        var count = 0

        /// The fingerprint of no scalars; `add` extends it (pieces of a long input hash as the whole would).
        public init() {}

        /// The fingerprint of `scalars`.
        public init<S: Sequence<Unicode.Scalar>>(of scalars: S) {
            add(scalars)
        }

        /// Extends the fingerprint with `scalars`, as if they followed the ones already added.
        public mutating func add<S: Sequence<Unicode.Scalar>>(_ scalars: S) {
            for s in scalars {
                first = (first ^ UInt64(s.value)) &* 0x0000_0100_0000_01b3
                second = (second ^ UInt64(s.value &* 0x9E37_79B1)) &* 0x0000_0100_0000_01b3
                count += 1
            }
        }
    }

    /// What identifies one document: its decoded input and its normalized text.
    public struct Identity: Sendable, Hashable {
        /// Fingerprint of the decoded input (every scalar of the file).
        public var input: Fingerprint
        /// Fingerprint of the normalized text that is analysed (the article, for web pages).
        public var normalized: Fingerprint

        /// An identity from the two fingerprints.
        public init(input: Fingerprint, normalized: Fingerprint) {
            self.input = input
            self.normalized = normalized
        }

        /// The identity of a normalized text: its original (the decoded input) and its normalized scalars.
        public init(_ text: NormalizedText) {
            self.init(input: Fingerprint(of: text.original), normalized: Fingerprint(of: text.scalars))
        }
    }

    private var byInput: [Fingerprint: String] = [:]
    private var byNormalized: [Fingerprint: String] = [:]

    /// An empty detector.
    public init() {}

    /// Records the document `file`; returns the file of an earlier document with the same input or the same
    /// normalized text, or `nil` when this is the first copy. A duplicate is not recorded (the first copy stays the
    /// one reported).
    /// - Complexity: O(1).
    public mutating func firstCopy(of file: String, identity: Identity) -> String? {
        // An empty article is no evidence of sameness (two pages where no article was found); an empty input is.
        let normalized = identity.normalized.count > 0 ? identity.normalized : nil
        if let earlier = byInput[identity.input] ?? normalized.flatMap({ byNormalized[$0] }) { return earlier }
        byInput[identity.input] = file
        if let normalized { byNormalized[normalized] = file }
        return nil
    }

    /// The warning for a skipped copy, naming both files.
    public static func warning(duplicate file: String, of first: String) -> String {
        "\(file): same document as \(first); counted once (--keep-duplicates keeps both)"
    }
}
