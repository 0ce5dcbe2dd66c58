import ArgumentParser
import Foundation
import ZhText

/// `--adapt`, shared by the commands that segment (segment, analyze, keywords, freq, trend, compare, report).
struct AdaptOptions: ParsableArguments {
    @Flag(help: "Corpus-adaptive segmentation: words that this run's inputs show to be words (frequent, cohesive, free: the statistics of `discover`) join the lexicon before anything is counted. The same whatever the input order or --jobs; without it a document's tokens never depend on the other inputs.")
    var adapt = false

    /// The adapted lexicon and standard input's text when it was read for the adaptation (it cannot be read twice).
    struct Adapted {
        var lexicon: Lexicon
        var stdin: SourceText?
    }

    /// `base` adapted to the inputs of `input` (each read, decoded and turned into the text the command analyses by
    /// `text`), or `base` unchanged without `--adapt`. Inputs that cannot be read are left to the command to report.
    func lexicon(_ base: Lexicon, input: InputOptions, decoder: TextDecoder, text: (SourceText) -> NormalizedText) -> Adapted {
        guard adapt else { return Adapted(lexicon: base, stdin: nil) }
        var stdin: SourceText?
        var adaptation = LexiconAdaptation(base: base)
        let items = InputCollector.collect(input.paths).compactMap { try? $0.get() }
        func sources(_ body: (SourceText) -> Void) {
            for item in items {
                if item.path == nil {
                    if stdin == nil { stdin = try? InputReader.load(item, decoder: decoder) }
                    if let stdin { body(stdin) }
                } else if let source = try? InputReader.load(item, decoder: decoder) {
                    body(source)
                }
            }
        }
        sources { adaptation.count(text($0)) }
        sources { adaptation.countNeighbours(text($0)) }
        return Adapted(lexicon: adaptation.lexicon(), stdin: stdin)
    }

    /// `base` adapted to texts already in memory (the dated documents of trend, compare and report), or `base`.
    func lexicon(_ base: Lexicon, texts: [NormalizedText]) -> Lexicon {
        adapt ? LexiconAdaptation.adapt(base, to: texts) : base
    }
}

extension AdaptOptions {
    /// `--adapt` adapts to the paths read now; a store keeps the lexicon it was built with (`corpus add --adapt`).
    func validate(store: StoreOptions) throws {
        if adapt && store.corpus != nil {
            throw ValidationError("--adapt applies to paths; a corpus keeps the lexicon it was built with (corpus reindex --adapt)")
        }
    }
}
