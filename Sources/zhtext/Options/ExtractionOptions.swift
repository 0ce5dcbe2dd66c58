import ArgumentParser
import ZhText

/// Article extraction switches shared by the commands that analyse text (`--no-extract`).
struct ExtractionOptions: ParsableArguments {
    @Flag(name: .customLong("no-extract"), help: "Analyse the whole input as given: no article extraction from HTML or saved web pages.")
    var noExtract = false

    @OptionGroup var duplicates: DuplicateOptions
}
