/// Decoded text of one input, with how it was decoded.
public struct SourceText: Sendable, Equatable {
    /// The input's name as given: a path as on the command line, or `-` for standard input.
    public var file: String
    /// The decoded text, exactly as in the input (line endings untouched, BOM removed).
    public var text: String
    /// The encoding used, as a canonical name (`UTF-8`, `GB18030`, `Big5-HKSCS`, `UTF-16LE`, …).
    public var encoding: String
    /// How the encoding was chosen.
    public var encodingSource: EncodingSource
    /// Number of byte sequences that could not be decoded (each became U+FFFD).
    public var undecodableBytes: Int
    /// Warnings worth showing the user (one line each, naming the file).
    public var warnings: [String]

    /// Text of an input; the defaults describe text handed over already decoded.
    public init(file: String, text: String, encoding: String = "UTF-8", encodingSource: EncodingSource = .given,
                undecodableBytes: Int = 0, warnings: [String] = []) {
        self.file = file
        self.text = text
        self.encoding = encoding
        self.encodingSource = encodingSource
        self.undecodableBytes = undecodableBytes
        self.warnings = warnings
    }
}

/// Where a decoding decision came from.
public enum EncodingSource: String, Sendable, Equatable, Codable {
    /// A byte-order mark.
    case bom
    /// The user's `--encoding`.
    case override
    /// The bytes are valid UTF-8.
    case validUTF8 = "valid-utf8"
    /// A charset declared in the document (`<meta charset>`, `http-equiv`, XML declaration).
    case declared
    /// Statistical detection (ICU's detector and a frequent-character check).
    case detected
    /// Text that was handed over already decoded.
    case given
}
