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
        var documents: [DatedDocument] = []
        try each(paths, input: input, corpus: corpus, console: console, requireDates: requireDates) { documents.append($0) }
        return documents
    }

    /// Like ``load(_:input:corpus:console:requireDates:)``, but hands each document to `body` as soon as it is read,
    /// so that a query over many documents holds one at a time.
    static func each(_ paths: [String], input: InputOptions, corpus: CorpusOptions, console: Console,
                     requireDates: Bool = true, _ body: (DatedDocument) -> Void) throws {
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
        let resolver = DateResolver(manifest: manifest, given: corpus.givenDate)
        var undated: [String] = []
        var options = InputOptions()
        options.paths = paths
        options.encoding = input.encoding
        let duplicates = DuplicateFilter(corpus.duplicates)
        forEachInput(options, console: console, decoder: decoder) { source in
            let item = InputItem(file: source.file, path: source.file == "-" ? nil : source.file)
            let page = PageText.of(source, item: item)
            page.warnings.forEach(console.warn)
            let text = normalizer.normalize(page.body)
            let identity = DuplicateDetector.Identity(input: .init(of: source.text.unicodeScalars), normalized: .init(of: text.scalars))
            guard duplicates.admit(source.file, identity: identity, console: console) else { return }
            let resolution = resolver.resolve(file: source.file, path: item.path, metadata: page.date)
            let title = resolution.title ?? page.title ?? firstLine(of: text)
            let usable = !requireDates || resolution.date != nil || (corpus.by == .label && resolution.label != nil)
            if !usable {
                undated.append("\(source.file) (\(resolution.reason ?? "no date"))")
                return
            }
            body(DatedDocument(file: source.file, title: title, date: resolution.date, dateSource: resolution.source,
                               label: resolution.label, text: text))
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

    /// Term counting shared by the commands: content terms (``TermModel/content(extra:)``; every word token with
    /// `--all-terms`), the default segmenter (over `lexicon`, adapted with `--adapt`), policy phrases as whole units.
    static func termCounting(phrases: PolicyPhrases = .default, allTerms: Bool = false, lexicon: Lexicon = .default) throws -> TermCounting {
        TermCounting(segmenter: LexiconSegmenter(lexicon: lexicon), units: phrases, model: allTerms ? .allTerms : try .content())
    }
}

/// The text of an input to analyse: for HTML and saved pages, the article body, title and date; otherwise the
/// whole text, unchanged.
struct PageText {
    var body: String
    var title: String?
    var date: DocumentDate?
    var warnings: [String] = []

    static func of(_ source: SourceText, item: InputItem) -> PageText {
        let result = ArticleExtractor().extract(from: source)
        let document = result.document
        let isPage = document.kind == .html || document.kind == .savedPage || document.kind == .markdown
        switch document.kind {
        case .html, .savedPage, .notFound, .markdown:
            return PageText(body: document.body, title: document.title,
                            date: isPage ? document.date.flatMap(DateParsing.parse) : nil, warnings: result.warnings)
        case .plain, .disabled:
            return PageText(body: source.text, title: nil, date: nil, warnings: result.warnings)
        }
    }
}
