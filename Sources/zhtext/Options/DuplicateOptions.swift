import ArgumentParser
import ZhText

/// `--keep-duplicates`, for the commands that read several inputs into one result (through ``ExtractionOptions`` and
/// ``CorpusOptions``).
struct DuplicateOptions: ParsableArguments {
    @Flag(help: "Count a document given twice (identical bytes or identical normalized text, through folders or explicit paths) twice. By default the first copy is kept and later ones are skipped with a warning naming both files.")
    var keepDuplicates = false
}

/// The documents of one run seen so far (``DuplicateDetector``): later copies are skipped with a warning.
final class DuplicateFilter {
    private let keep: Bool
    private var detector = DuplicateDetector()

    init(_ options: DuplicateOptions) { keep = options.keepDuplicates }

    /// Whether to use the document `file`: yes for a first copy, or for every copy with `--keep-duplicates`.
    /// `beforeWarning` runs before the warning is written (to clear a progress bar).
    func admit(_ file: String, identity: DuplicateDetector.Identity, console: Console,
               beforeWarning: () -> Void = {}) -> Bool {
        guard !keep, let first = detector.firstCopy(of: file, identity: identity) else { return true }
        beforeWarning()
        console.warn(DuplicateDetector.warning(duplicate: file, of: first))
        return false
    }

    /// Whether to use the document `file` whose analysed text is `text`.
    func admit(_ file: String, text: NormalizedText, console: Console) -> Bool {
        admit(file, identity: DuplicateDetector.Identity(text), console: console)
    }
}
