/// How a document is named in tables (analyze's HTML and CSV, report's document table): its title and its date,
/// from the page when it has them, else from the text and the file name.
public enum DocumentLabel {
    /// The first non-empty line of the first 2,000 characters that is not a salutation (`各位代表：`), trimmed and
    /// shortened to 40 characters (with `…`): a title for plain text. `nil` when there is no such line.
    public static func firstLine<C: Collection>(of scalars: C) -> String? where C.Element == Unicode.Scalar {
        let head = String(String.UnicodeScalarView(scalars.prefix(2000)))
        let lines = head.split(whereSeparator: \.isNewline).filter { !$0.allSatisfy(\.isWhitespace) }
        guard let line = lines.prefix(3).first(where: { !$0.hasSuffix("：") && !$0.hasSuffix(":") }) ?? lines.first else { return nil }
        let trimmed = String(line.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        return trimmed.count > 40 ? String(trimmed.prefix(40)) + "…" : trimmed
    }
}

extension DocumentAnalysis {
    /// The title to show: the page's title, else the text's first line, else "".
    public var shownTitle: String { title ?? firstLine ?? "" }

    /// The date to show and where it came from: the page's date, else the one in the file name (`2025.txt` →
    /// `2025`), else nil.
    public var shownDate: (date: String, source: String)? {
        if let date { return (date, dateSource ?? "page") }
        if case let .date(d) = DateParsing.fromFileName(file) { return (d.description, "file-name") }
        return nil
    }
}
