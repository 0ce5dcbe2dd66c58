import ArgumentParser
import ZhText

/// Article extraction switches shared by the commands that analyse text (`--no-extract`).
struct ExtractionOptions: ParsableArguments {
    @Flag(name: .customLong("no-extract"), help: "Analyse the whole input as given: no article extraction from HTML or saved web pages.")
    var noExtract = false

    /// The document to analyse for `source`: the extracted article, or the whole text with `--no-extract`.
    /// Warnings (no article found) go to `console`.
    func document(for source: SourceText, console: Console) -> Document {
        let extractor = ArticleExtractor()
        if noExtract { return extractor.passThrough(source) }
        let result = extractor.extract(from: source)
        result.warnings.forEach(console.warn)
        return result.document
    }
}
