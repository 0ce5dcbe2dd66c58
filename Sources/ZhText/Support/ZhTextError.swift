/// Every error ZhText reports. Messages are one line and name the file (and line, for dictionaries).
public enum ZhTextError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A file or directory could not be read.
    case unreadable(file: String, reason: String)
    /// The input is not text (NUL bytes, mostly undecodable).
    case notText(file: String, reason: String)
    /// An encoding name that ICU does not know.
    case unknownEncoding(file: String, name: String)
    /// A malformed line in a dictionary, phrase list, manifest or similar data file.
    case malformedLine(file: String, line: Int, reason: String, content: String)
    /// A data file ZhText needs could not be found.
    case missingData(what: String, searched: [String])
    /// A directory that holds no text files.
    case noTextFiles(directory: String)
    /// A value that is not valid for an option or parameter.
    case invalidArgument(String)
    /// A document without a usable date.
    case undated(file: String, reason: String)
    /// Anything else, with the file it concerns.
    case failed(file: String, reason: String)

    public var description: String {
        switch self {
        case let .unreadable(file, reason): return "\(file): cannot read (\(reason))"
        case let .notText(file, reason): return "\(file): not a text file (\(reason))"
        case let .unknownEncoding(file, name): return "\(file): unknown encoding \"\(name)\""
        case let .malformedLine(file, line, reason, content):
            let shown = content.count > 60 ? String(content.prefix(60)) + "…" : content
            return "\(file):\(line): \(reason): \"\(shown)\""
        case let .missingData(what, searched):
            return "cannot find \(what) (looked in: \(searched.joined(separator: ", ")); set ZHTEXT_DICTIONARIES or pass --dictionaries DIR)"
        case let .noTextFiles(directory): return "\(directory): no text files (.txt, .md, .html, .htm) in this directory"
        case let .invalidArgument(message): return message
        case let .undated(file, reason): return "\(file): no date (\(reason))"
        case let .failed(file, reason): return "\(file): \(reason)"
        }
    }
}
