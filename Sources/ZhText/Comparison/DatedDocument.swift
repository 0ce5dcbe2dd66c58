/// Where a document's date came from (the `date_source` field).
public enum DateSource: String, Sendable, Equatable, CaseIterable {
    /// A `--manifest` entry.
    case manifest
    /// The file name (`2025.txt`, `2025-03-05_x.txt`).
    case fileName = "file-name"
    /// The page's own metadata (HTML and saved web pages only).
    case metadata
    /// `--date`, given for a single file.
    case option
}

/// One document of a dated corpus: its normalized text and when it was written.
public struct DatedDocument: Sendable {
    /// The input's name, as given.
    public var file: String
    /// A title (from the manifest, the page, or the first line), possibly empty.
    public var title: String
    /// The date, `nil` for an undated document.
    public var date: DocumentDate?
    /// Where the date came from.
    public var dateSource: DateSource?
    /// A label (from the manifest), used by `--by label`.
    public var label: String?
    /// The normalized text all counting runs on.
    public var text: NormalizedText
    /// Non-white-space characters of the normalized text (the per-10k denominator).
    public let characters: Int

    /// A document; `characters` is computed from `text`.
    public init(file: String, title: String = "", date: DocumentDate?, dateSource: DateSource?, label: String? = nil,
                text: NormalizedText) {
        self.file = file
        self.title = title
        self.date = date
        self.dateSource = dateSource
        self.label = label
        self.text = text
        self.characters = text.nonWhiteSpaceCount
    }
}

/// Decides a document's date, in order: the manifest, the file name, the page's metadata (HTML and saved pages
/// only), `--date`.
public struct DateResolver: Sendable {
    /// A manifest listing dates (tried first).
    public var manifest: Manifest?
    /// `--date`, for a single file.
    public var given: DocumentDate?

    /// A resolver using `manifest` and `given` when present.
    public init(manifest: Manifest? = nil, given: DocumentDate? = nil) {
        self.manifest = manifest
        self.given = given
    }

    /// A resolved date (or label) or the reason there is none.
    public struct Resolution: Sendable, Equatable {
        /// The date, `nil` when none was found.
        public var date: DocumentDate?
        /// Where it came from.
        public var source: DateSource?
        /// The manifest's label, if any.
        public var label: String?
        /// The manifest's title, if any.
        public var title: String?
        /// Why there is no date (when `date` is `nil`).
        public var reason: String?
    }

    /// Resolves the date of input `file` (read from `path`); `metadata` is the date the page extractor found, for
    /// HTML and saved pages (pass `nil` for plain text: a report's first date-like string is not its date).
    public func resolve(file: String, path: String?, metadata: DocumentDate?) -> Resolution {
        if let manifest, let path, let entry = manifest.entry(for: path) {
            if let date = entry.date {
                return Resolution(date: date, source: .manifest, label: entry.label, title: entry.title)
            }
            var r = resolveUnlisted(file: file, metadata: metadata)
            r.label = entry.label
            r.title = entry.title
            return r
        }
        return resolveUnlisted(file: file, metadata: metadata)
    }

    private func resolveUnlisted(file: String, metadata: DocumentDate?) -> Resolution {
        var reason = "no date in the file name"
        switch DateParsing.fromFileName(file) {
        case let .date(d): return Resolution(date: d, source: .fileName)
        case let .ambiguous(dates): reason = "file name has several dates (\(dates.map(\.description).joined(separator: ", ")))"
        case .none: break
        }
        if let metadata { return Resolution(date: metadata, source: .metadata) }
        if let given { return Resolution(date: given, source: .option) }
        if manifest != nil { reason += ", not in the manifest" }
        return Resolution(reason: reason)
    }
}
