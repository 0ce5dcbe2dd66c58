import ArgumentParser
import ZhText
import ZhTextStore

/// `--corpus CORPUS` and `--where COND`: read the documents from a corpus store instead of paths (trend, compare,
/// freq, kwic, …), keeping those whose metadata satisfies every condition.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("corpus"), help: ArgumentHelp("Read the documents from this corpus store (made by `zhtext corpus add`) instead of paths.", valueName: "corpus"))
    var corpus: String?

    @Option(name: .customLong("where"), help: ArgumentHelp("Only documents whose metadata satisfies COND (repeatable, all must hold): FIELD=VALUE, FIELD!=VALUE, FIELD>=VALUE, FIELD<=VALUE, FIELD~TEXT (contains); dates compare as dates.", valueName: "cond"))
    var conditions: [String] = []

    func validate() throws {
        do { _ = try DocumentFilter(parsing: conditions) } catch { throw ValidationError(error.description) }
    }

    /// The `--where` filter.
    var filter: DocumentFilter { (try? DocumentFilter(parsing: conditions)) ?? DocumentFilter() }

    /// Refuses paths next to `--corpus`.
    func validate(paths: [String]) throws {
        if corpus != nil && !paths.isEmpty { throw ValidationError("give either --corpus CORPUS or paths, not both") }
    }

    /// Opens the store for reading; a missing, foreign or damaged file is one error line on `console`.
    func open(console: Console) -> CorpusStore? {
        guard let corpus else { return nil }
        do { return try CorpusStore(path: corpus) } catch {
            console.fail(error)
            return nil
        }
    }

    /// The lexicon of the store of `--corpus` (its own adapted lexicon when it has one), else `base`; a store that
    /// cannot be opened gives `base` (the command's own opening reports why).
    func lexicon(_ base: Lexicon = .default) -> Lexicon {
        guard let corpus, let store = try? CorpusStore(path: corpus), let lexicon = try? store.lexicon() else { return base }
        return lexicon
    }
}
