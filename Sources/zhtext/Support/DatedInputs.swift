import ArgumentParser
import Foundation
import ZhText

/// Reads inputs into dated documents: decode, normalize, resolve the date (manifest → file name → page metadata →
/// `--date`), and deal with undated documents as `--undated` says.
enum DatedInputs {
    /// The documents of `paths` (or of the manifest when `paths` is empty). Problems go to `console` (a bad manifest
    /// gives no documents); `--date` with several inputs throws a `ValidationError`.
    static func load(_ paths: [String], input: InputOptions, corpus: CorpusOptions, console: Console,
                     requireDates: Bool = true) throws -> [DatedDocument] {
        try loadDocuments(paths, input: input, corpus: corpus, console: console, requireDates: requireDates).map(\.dated)
    }

    /// The documents of `paths` as ``LoadedDocument``s (the same loader `corpus add` uses), for the corpus queries.
    static func loadDocuments(_ paths: [String], input: InputOptions, corpus: CorpusOptions, console: Console,
                              requireDates: Bool = true) throws -> [LoadedDocument] {
        var documents: [LoadedDocument] = []
        try eachLoaded(paths, input: input, corpus: corpus, console: console, requireDates: requireDates) { documents.append($0) }
        return documents
    }

    /// Like ``loadDocuments(_:input:corpus:console:requireDates:)``, but hands each document to `body` as soon as it
    /// is read, so that a query over many documents holds one at a time. A document given twice is passed once
    /// (``DuplicateFilter``).
    static func each(_ paths: [String], input: InputOptions, corpus: CorpusOptions, console: Console,
                     requireDates: Bool = true, _ body: (DatedDocument) -> Void) throws {
        try eachLoaded(paths, input: input, corpus: corpus, console: console, requireDates: requireDates) { body($0.dated) }
    }

    /// ``each(_:input:corpus:console:requireDates:_:)`` with the whole ``LoadedDocument`` (record and metadata).
    static func eachLoaded(_ paths: [String], input: InputOptions, corpus: CorpusOptions, console: Console,
                           requireDates: Bool = true, _ body: (LoadedDocument) -> Void) throws {
        let decoder = input.prepare()
        let normalizer = input.normalizer
        var manifest: Manifest?
        if let path = corpus.manifest {
            do { manifest = try Manifest.load(path) } catch { console.fail(error); return }
        }
        var paths = paths
        if paths.isEmpty, let manifest {
            paths = manifest.entries.map { e in
                e.path.hasPrefix("/") ? e.path : ((manifest.file as NSString).deletingLastPathComponent as NSString).appendingPathComponent(e.path)
            }
        }
        if corpus.date != nil && paths.count > 1 {
            throw ValidationError("--date applies to a single input; use --manifest for several")
        }
        let loader = DocumentLoader(decoder: decoder, dates: DateResolver(manifest: manifest, given: corpus.givenDate), normalizer: normalizer)
        let duplicates = DuplicateFilter(corpus.duplicates)
        var undated: [String] = []
        for entry in InputCollector.collect(paths) {
            let item: InputItem
            switch entry {
            case let .failure(error): console.fail(error); continue
            case let .success(i): item = i
            }
            let document: LoadedDocument
            do { document = try loader.load(item, bytes: try InputReader.read(item), hash: "") } catch {
                console.fail(error)
                continue
            }
            document.warnings.forEach(console.warn)
            let r = document.record
            let usable = !requireDates || r.date != nil || (corpus.by == .label && r.label != nil)
            if !usable {
                let reason = loader.dates.resolve(file: item.file, path: item.path, metadata: nil).reason
                undated.append("\(item.file) (\(reason ?? "no date"))")
                continue
            }
            guard duplicates.admit(item.file, identity: DuplicateDetector.Identity(document.text), console: console) else { continue }
            body(document)
        }
        if !undated.isEmpty {
            let message = "\(undated.count) document\(undated.count == 1 ? "" : "s") without a date: " + undated.joined(separator: "; ")
            switch corpus.undated {
            case .error:
                console.fail(ZhTextError.invalidArgument(message + " (give dated file names, --manifest FILE or --date, or pass --undated skip)"))
            case .skip:
                console.warn(message + " (skipped)")
            }
        }
    }


    /// The first non-empty line that is not a salutation (`各位代表：`), shortened to 40 characters: a title for
    /// plain text.
    static func firstLine(of text: NormalizedText) -> String {
        DocumentLabel.firstLine(of: text.scalars) ?? ""
    }

    /// Term counting shared by the commands: ``TermModel/series(allTerms:)`` (content terms of two or more
    /// characters, or every word token with `--all-terms`), the default segmenter (over `lexicon`, adapted with
    /// `--adapt`), policy phrases as whole units.
    static func termCounting(phrases: PolicyPhrases = .default, allTerms: Bool = false, lexicon: Lexicon = .default) throws -> TermCounting {
        TermCounting(segmenter: LexiconSegmenter(lexicon: lexicon), units: phrases, model: try .series(allTerms: allTerms))
    }
}
