import ArgumentParser
import ZhText

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract the article from web pages: body, title, date, source, author, editors, URL.",
        discussion: """
        HTML pages (any encoding) and text saved from a web page give their article; Markdown (.md) gives its text \
        without markup (front matter and the first heading as metadata); plain text comes through unchanged. Each \
        document's script (simplified, traditional or mixed) is reported. When a page holds no recognisable article, its whole text is used, with a warning. Dates \
        are YYYY-MM-DD HH:MM:SS (or YYYY-MM-DD), Beijing time unless the page states another zone.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, jsonl, md }

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: text (the body alone), json, jsonl or md.")
    var format: Format = .text

    func run() throws {
        let decoder = input.prepare()
        let console = Console()
        let extractor = ArticleExtractor()
        var objects: [JSON] = []
        var first = true
        forEachInput(input, console: console, decoder: decoder) { source in
            let result = extractor.extract(from: source)
            result.warnings.forEach(console.warn)
            let d = result.document
            switch format {
            case .text:
                if !d.body.isEmpty { console.line(d.body) }
            case .md:
                if !first { console.line("") }
                console.line(Self.markdown(d))
            case .json, .jsonl:
                let object = Self.json(d)
                if format == .jsonl { console.line(object.compact) } else { objects.append(object) }
            }
            first = false
        }
        if format == .json {
            if objects.count == 1 { console.line(objects[0].pretty) } else if !objects.isEmpty { console.line(JSON.array(objects).pretty) }
        }
        try console.finish()
    }

    static func json(_ d: Document) -> JSON {
        // Every field is a plain string (empty when unknown), `editors` an array of strings.
        func s(_ v: String?) -> JSON { .string(v ?? "") }
        return .object([
            ("file", .string(d.file)),
            ("title", s(d.title)),
            ("date", s(d.date)),
            ("date_source", s(d.dateSource)),
            ("source", s(d.source)),
            ("original_source", s(d.originalSource)),
            ("author", s(d.author)),
            ("editors", .array(d.editors.map(JSON.string))),
            ("url", s(d.url)),
            ("encoding", .string(d.encoding)),
            ("script", s(ScriptProfile(d.body).script?.rawValue)),
            ("body", .string(d.body)),
        ])
    }

    /// A heading, a list of the known fields, then the body.
    static func markdown(_ d: Document) -> String {
        var lines = ["# " + (d.title ?? d.file), ""]
        let fields: [(String, String?)] = [
            ("File", d.file), ("Date", d.date), ("Source", d.source), ("Original source", d.originalSource),
            ("Author", d.author), ("Editors", d.editors.isEmpty ? nil : d.editors.joined(separator: "、")), ("URL", d.url),
            ("Script", ScriptProfile(d.body).script?.rawValue),
        ]
        for (name, value) in fields { if let value, !value.isEmpty { lines.append("- **\(name):** \(value)") } }
        lines.append("")
        lines.append(d.body)
        return lines.joined(separator: "\n")
    }
}
