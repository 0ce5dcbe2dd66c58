import ArgumentParser
import Foundation
import ZhText

struct Idf: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "IDF tables for TF-IDF and phrase keywords.",
        subcommands: [Build.self]
    )

    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build a domain IDF table from your own documents (for keywords --idf or --idf-merge).",
            discussion: """
            IDF = ln(N / df): N documents, df of them containing the term. A document is an input file, or with \
            --paragraphs each non-empty line (paragraph) of each file. The table is written as term<TAB>idf, \
            sorted, with a # header. Use it alone (keywords --idf FILE) or over the bundled table \
            (keywords --idf-merge FILE).
            """
        )

        @OptionGroup var input: InputOptions
    @OptionGroup var extraction: ExtractionOptions

        @Option(name: .shortAndLong, help: ArgumentHelp("Write the table to this file (default: standard output).", valueName: "file"))
        var output: String?

        @Flag(help: "Treat every paragraph (non-empty line) as a document.")
        var paragraphs = false

        @Option(help: "Leave out terms found in fewer documents than this.")
        var minDocuments: Int = 1

        func validate() throws {
            if minDocuments < 1 { throw ValidationError("--min-documents must be at least 1 (got \(minDocuments))") }
        }

        func run() throws {
            let decoder = input.prepare()
            let console = Console()
            let segmenter = LexiconSegmenter.default
            var builder = IDFBuilder()
            var files = 0
            let duplicates = DuplicateFilter(extraction.duplicates)
            forEachInput(input, console: console, decoder: decoder) { source in
                let text = analysisText(of: source, extraction: extraction, console: console, normalizer: input.normalizer)
                guard duplicates.admit(source.file, text: text, console: console) else { return }
                if paragraphs {
                    builder.addParagraphs(of: segmenter.tokens(in: text), in: text)
                } else {
                    builder.add(text: text, segmenter: segmenter)
                }
                files += 1
            }
            if builder.documentCount == 0 {
                console.fail(ZhTextError.invalidArgument("idf build: no documents with words were read"))
                try console.finish()
                return
            }
            var table = builder.table()
            if minDocuments > 1 {
                table = IDFTable(values: table.values.filter { builder.documentFrequency[$0.key, default: 0] >= minDocuments })
            }
            let header = ["ZhText IDF table built by `zhtext idf build` from \(builder.documentCount) "
                          + (paragraphs ? "paragraphs of \(files) files" : "files") + "; idf = ln(N / df)."]
            let text = table.serialized(header: header)
            if let output, output != "-" {
                do {
                    try Data(text.utf8).write(to: URL(fileURLWithPath: output))
                } catch {
                    console.fail(ZhTextError.failed(file: output, reason: "cannot write (\(FileProblem.writing(output) ?? error.localizedDescription))"))
                }
            } else {
                console.write(text)
            }
            try console.finish()
        }
    }
}
