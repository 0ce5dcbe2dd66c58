import Foundation
import ZhTextData

/// One policy formulation (提法) of a lexicon.
public struct PolicyPhrase: Sendable, Equatable, Hashable {
    /// The canonical Simplified form (`十四五`, `高质量发展`).
    public var phrase: String
    /// Category slug (`five-year-plan`, `numbered-formulation`, …; user lists may add their own).
    public var category: String
    /// Other spellings of the same phrase (Traditional, punctuation and 二/两 variants).
    public var variants: [String]
    /// Canonical forms of rows with an abbreviation ↔ full-form relation.
    public var related: [String]
    /// First year attested, when known.
    public var firstSeen: Int?
    /// Citation of the primary source.
    public var source: String

    /// A phrase row; only the canonical form and category are required.
    public init(phrase: String, category: String, variants: [String] = [], related: [String] = [],
                firstSeen: Int? = nil, source: String = "") {
        self.phrase = phrase
        self.category = category
        self.variants = variants
        self.related = related
        self.firstSeen = firstSeen
        self.source = source
    }

    /// The canonical form followed by the variants: every spelling that is matched.
    public var forms: [String] { [phrase] + variants }
}

/// A list of policy phrases, as read from `Dictionaries/policy/phrases.tsv` or a user file in the same format.
///
/// Format: UTF-8, tab-separated, lines starting with `#` are comments, empty lines are skipped. Columns:
/// `phrase  category  variants  related  first_seen  source`; variants and related are `|`-separated or `-`.
/// User files may stop after any column from the first (a bare list of phrases is valid; the category is then
/// `user`). A malformed line is reported as `file:line: reason: "content"`.
public struct PolicyLexicon: Sendable, Equatable {
    /// The phrases, in file order (the bundled file is sorted by phrase).
    public private(set) var phrases: [PolicyPhrase]

    /// A lexicon of `phrases`, in the given order.
    public init(phrases: [PolicyPhrase]) { self.phrases = phrases }

    /// The category given to rows of a user list that name none.
    public static let userCategory = "user"

    /// The bundled lexicon's path inside the dictionaries folder.
    public static let bundledPath = "policy/phrases.tsv"

    /// Parses lexicon text. `source` names the file in error messages.
    /// - Complexity: O(n) in the length of the text.
    public static func parse(_ text: String, source: String) throws(ZhTextError) -> PolicyLexicon {
        var phrases: [PolicyPhrase] = []
        var lineNumber = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if lineNumber == 1 && line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            func bad(_ reason: String) -> ZhTextError {
                .malformedLine(file: source, line: lineNumber, reason: reason, content: String(line))
            }
            guard fields.count <= 6 else { throw bad("expected at most 6 tab-separated fields, found \(fields.count)") }
            let phrase = fields[0]
            guard !phrase.isEmpty, phrase.trimmingCharacters(in: .whitespaces) == phrase else {
                throw bad("empty phrase or blanks around it")
            }
            guard phrase.unicodeScalars.contains(where: { !Script.isWhiteSpace($0) }) else { throw bad("empty phrase") }
            let category = fields.count > 1 ? fields[1] : userCategory
            guard !category.isEmpty, !category.contains(" ") else { throw bad("empty or blank category") }
            let variants = fields.count > 2 ? try list(fields[2], bad) : []
            let related = fields.count > 3 ? try list(fields[3], bad) : []
            var firstSeen: Int? = nil
            if fields.count > 4 && fields[4] != "-" {
                guard let year = Int(fields[4]), (1000...9999).contains(year) else { throw bad("first_seen must be a year or -") }
                firstSeen = year
            }
            let citation = fields.count > 5 ? fields[5] : ""
            phrases.append(PolicyPhrase(phrase: phrase, category: category, variants: variants, related: related,
                                        firstSeen: firstSeen, source: citation))
        }
        return PolicyLexicon(phrases: phrases)
    }

    private static func list(_ field: String, _ bad: (String) -> ZhTextError) throws(ZhTextError) -> [String] {
        if field == "-" || field.isEmpty { return [] }
        let items = field.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        guard !items.contains(where: \.isEmpty) else { throw bad("empty item in a |-separated list") }
        return items
    }

    /// Reads a lexicon file.
    public static func load(file path: String) throws(ZhTextError) -> PolicyLexicon {
        guard let data = FileManager.default.contents(atPath: path) else {
            let reason = FileProblem.reading(path) ?? "cannot open"
            throw .unreadable(file: path, reason: reason)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .unreadable(file: path, reason: "not UTF-8")
        }
        return try parse(text, source: path)
    }

    /// The bundled lexicon (`Dictionaries/policy/phrases.tsv`).
    public static func bundled() throws(ZhTextError) -> PolicyLexicon {
        guard let dir = BundledDictionaries.directory else {
            throw .missingData(what: bundledPath, searched: BundledDictionaries.searchedPlaces)
        }
        return try load(file: dir.appendingPathComponent(bundledPath).path)
    }

    /// This lexicon with `other`'s rows added. A row of `other` whose phrase is already here replaces it; a form
    /// (phrase or variant) of `other` that is a form of a row here is taken away from that row.
    public func adding(_ other: PolicyLexicon) -> PolicyLexicon {
        var taken = Set<String>()
        for p in other.phrases { taken.formUnion(p.forms) }
        var merged: [PolicyPhrase] = []
        for var p in phrases where !taken.contains(p.phrase) {
            p.variants.removeAll { taken.contains($0) }
            merged.append(p)
        }
        merged += other.phrases
        return PolicyLexicon(phrases: merged)
    }

    /// Every category, sorted.
    public var categories: [String] { Array(Set(phrases.map(\.category))).sorted() }
}
