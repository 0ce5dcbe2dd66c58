import ArgumentParser
import ZhText
import ZhTextStore

/// The documents of a corpus command: the store of `--corpus`, or the paths read now (as an ``InMemoryCorpus``),
/// filtered by `--where` and grouped by `--by`. Both go through the same ``CorpusQueries``.
enum CorpusRun {
    /// The source: the opened store, or the documents of the paths. `nil` when the store cannot be opened (the
    /// error is on `console`).
    static func source(input: InputOptions, corpus: CorpusOptions, store: StoreOptions, adaptation: AdaptOptions? = nil,
                       console: Console, requireDates: Bool = true) throws -> (any CorpusSource)? {
        if store.corpus != nil {
            _ = input.prepare()
            return store.open(console: console)
        }
        let documents = try DatedInputs.loadDocuments(input.paths, input: input, corpus: corpus, console: console,
                                                       requireDates: requireDates)
        guard let adaptation, adaptation.adapt else { return InMemoryCorpus(documents: documents) }
        // --adapt: the run's own documents add their words to the lexicon before anything is counted.
        let segmenter = LexiconSegmenter(lexicon: adaptation.lexicon(.default, texts: documents.map(\.text)))
        return InMemoryCorpus(documents: documents, analyze: { DocumentTerms(text: $0, segmenter: segmenter) })
    }

    /// The source and its selected documents grouped by `--by`. Documents that fit no group fail the run when they
    /// come from paths (as before: give dates or `--undated skip`) and are left out with a warning from a store.
    static func groups(input: InputOptions, corpus: CorpusOptions, store: StoreOptions, adaptation: AdaptOptions? = nil,
                       console: Console) throws -> (any CorpusSource, CorpusGroups)? {
        guard let source = try source(input: input, corpus: corpus, store: store, adaptation: adaptation, console: console) else { return nil }
        let groups: CorpusGroups
        do {
            groups = try CorpusQueries.groups(in: source, where: store.filter, by: corpus.grouping)
        } catch let error as ZhTextError {
            if case .invalidArgument = error, case .field = corpus.grouping { throw ValidationError(error.description) }
            throw error
        }
        if !groups.skipped.isEmpty && store.corpus == nil {
            console.fail(ZhTextError.invalidArgument("cannot group by \(corpus.grouping): " + groups.skipped.joined(separator: "; ")))
            return nil
        }
        warnLeftOut(groups.skipped, grouping: corpus.grouping, console: console)
        return (source, groups)
    }

    /// The warning about a store's documents that fit no group (`file (reason)` each).
    static func warnLeftOut(_ skipped: [String], grouping: CorpusGrouping, console: Console) {
        guard !skipped.isEmpty else { return }
        console.warn("\(skipped.count) document\(skipped.count == 1 ? "" : "s") left out of --by \(grouping): " + skipped.joined(separator: "; "))
    }
}
