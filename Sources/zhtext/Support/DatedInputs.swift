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
        let decoder = input.prepare()
        let normalizer = input.normalizer
        var manifest: Manifest?
        if let path = corpus.manifest {
            do { manifest = try Manifest.load(path) } catch { console.fail(error); return [] }
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
        var documents: [DatedDocument] = []
        var undated: [String] = []
        var options = InputOptions()
        options.paths = paths
        options.encoding = input.encoding
        forEachInput(options, console: console, decoder: decoder) { source in
            let item = InputItem(file: source.file, path: source.file == "-" ? nil : source.file)
            let page = PageText.of(source, item: item)
            page.warnings.forEach(console.warn)
            let resolution = resolver.resolve(file: source.file, path: item.path, metadata: page.date)
            let text = normalizer.normalize(page.body)
            let title = resolution.title ?? page.title ?? firstLine(of: text)
            let usable = !requireDates || resolution.date != nil || (corpus.by == .label && resolution.label != nil)
            if !usable {
                undated.append("\(source.file) (\(resolution.reason ?? "no date"))")
                return
            }
            documents.append(DatedDocument(file: source.file, title: title, date: resolution.date, dateSource: resolution.source,
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
        return documents
    }

    /// The first non-empty line that is not a salutation (`各位代表：`), shortened to 40 characters: a title for
    /// plain text.
    static func firstLine(of text: NormalizedText) -> String {
        let head = String(String.UnicodeScalarView(text.scalars.prefix(2000)))
        let lines = head.split(whereSeparator: \.isNewline).filter { !$0.allSatisfy(\.isWhitespace) }
        let line = lines.prefix(3).first { !$0.hasSuffix("：") && !$0.hasSuffix(":") } ?? lines.first ?? ""
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return trimmed.count > 40 ? String(trimmed.prefix(40)) + "…" : trimmed
    }

    /// Term counting shared by the commands: content terms of two or more characters (``TermModel/content(extra:)``
    /// narrowed like `--min-length 2`: across documents and periods a lone character is mostly a piece of a longer
    /// word); every word token with `--all-terms`. The default segmenter; policy phrases as whole units.
    static func termCounting(phrases: PolicyPhrases = .default, allTerms: Bool = false) throws -> TermCounting {
        var model = allTerms ? TermModel.allTerms : try TermModel.content()
        if !allTerms { model.filter.minimumLength = 2 }
        return TermCounting(segmenter: LexiconSegmenter.shared, units: phrases, model: model)
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
        let isPage = document.kind == .html || document.kind == .savedPage
        switch document.kind {
        case .html, .savedPage, .notFound:
            return PageText(body: document.body, title: document.title,
                            date: isPage ? document.date.flatMap(DateParsing.parse) : nil, warnings: result.warnings)
        case .plain, .disabled:
            return PageText(body: source.text, title: nil, date: nil, warnings: result.warnings)
        }
    }
}
