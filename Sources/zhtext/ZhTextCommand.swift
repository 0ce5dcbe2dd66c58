import ArgumentParser
import Foundation
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
            CollocatesCommand.self,
            DispersionCommand.self,
            MatrixCommand.self,
            Idf.self,
            Trend.self,
            Compare.self,
            Report.self,
            Analyze.self,
            Corpus.self,
            Serve.self,
        ]
    )

    /// Parses and runs a subcommand. A `ValidationError` thrown while it runs (a period with no documents, an unknown
    /// category) is reported with that subcommand's usage, as argument-parser does for errors thrown by `validate()`;
    /// its default `main()` would show the top-level usage.
    static func main() {
        var command: ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            exit(withError: error)
        }
        do {
            try command.run()
        } catch let error as ValidationError {
            let subcommand = type(of: command)
            let names = commandPath(to: subcommand).joined(separator: " ")
            FileHandle.standardError.write(Data("""
                Error: \(error.message)
                Usage: \(usageString(for: subcommand))
                  See '\(names) --help' for more information.

                """.utf8))
            exit(withError: ExitCode.validationFailure)
        } catch {
            exit(withError: error)
        }
    }

    /// The command names from the root to `target` (`["zhtext", "idf", "build"]`).
    static func commandPath(to target: ParsableCommand.Type, from root: ParsableCommand.Type = ZhTextCommand.self) -> [String] {
        func search(_ node: ParsableCommand.Type, _ path: [String]) -> [String]? {
            let path = path + [node._commandName]
            if ObjectIdentifier(node) == ObjectIdentifier(target) { return path }
            for child in node.configuration.subcommands {
                if let found = search(child, path) { return found }
            }
            return nil
        }
        return search(root, []) ?? [root._commandName, target._commandName]
    }
}
