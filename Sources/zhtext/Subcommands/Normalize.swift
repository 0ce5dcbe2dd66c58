import ArgumentParser
import ZhText

struct Normalize: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write normalized text: width folding, invisible characters removed, broken lines re-joined.",
        discussion: "Offsets elsewhere always refer to the original input; `normalize` shows what matching runs on."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, jsonl }

    @OptionGroup var input: InputOptions

    @Flag(help: "Convert Traditional characters to Simplified.")
    var toSimplified = false

    @Flag(help: "Convert Simplified characters to Traditional.")
    var toTraditional = false

    @Flag(help: "Fold Chinese punctuation to ASCII too (，→, 。→. 、→,).")
    var foldPunctuation = false

    @Option(help: "Output format: text, json or jsonl.")
    var format: Format = .text

    func validate() throws {
        if toSimplified && toTraditional { throw ValidationError("--to-simplified and --to-traditional cannot be combined") }
    }

    func run() throws {
        let decoder = input.prepare()
        // The text as written: Traditional stays Traditional unless --to-simplified (counting commands fold it).
        var options = NormalizationOptions(foldPunctuation: foldPunctuation, foldScript: false)
        if toSimplified { options.conversion = .toSimplified }
        if toTraditional { options.conversion = .toTraditional }
        let normalizer = Normalizer(options: options)
        let console = Console()
        var objects: [JSON] = []
        forEachInput(input, console: console, decoder: decoder) { source in
            let normalized = normalizer.normalize(source.text)
            switch format {
            case .text:
                let text = normalized.text
                if !text.isEmpty { console.write(text.hasSuffix("\n") ? text : text + "\n") }
            case .json, .jsonl:
                let object = JSON.object([
                    ("file", .string(source.file)),
                    ("encoding", .string(source.encoding)),
                    ("undecodable_bytes", .int(source.undecodableBytes)),
                    ("text", .string(normalized.text)),
                ])
                if format == .jsonl { console.line(object.compact) } else { objects.append(object) }
            }
        }
        if format == .json {
            if objects.count == 1 { console.line(objects[0].pretty) } else if !objects.isEmpty { console.line(JSON.array(objects).pretty) }
        }
        try console.finish()
    }
}
