import ArgumentParser
import ZhText

@main
struct ZhTextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zhtext",
        abstract: "Analyse Chinese text: decode, normalize, segment, extract keywords and policy phrases, compare across dates.",
        discussion: """
        Every command reads files, directories (recursively: .txt, .md, .html, .htm) or standard input when no path \
        is given. Results go to standard output, warnings and errors to standard error. Exit status: 0 when every \
        input was processed, 1 when any failed (the others are still processed), 64 for bad flags.
        """,
        version: ZhTextVersion.string,
        subcommands: [
            Normalize.self,
            Segment.self,
            Phrases.self,
            Discover.self,
            Extract.self,
            KeywordsCommand.self,
            Freq.self,
            Kwic.self,
            Idf.self,
            Trend.self,
            Compare.self,
            Report.self,
            Analyze.self,
            Corpus.self,
        ]
    )
}
