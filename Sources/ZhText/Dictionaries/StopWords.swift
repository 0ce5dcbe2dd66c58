import Foundation

/// A set of stop words: terms that are never keywords and are left out of frequency lists.
///
/// Matching is by term key (``TermKey``): Latin letters are compared in lower case (`The` = `the`).
/// The bundled lists (`Dictionaries/stopwords/zh.txt` and `en.txt`) are written by the ZhText team: function words,
/// pronouns, auxiliaries, conjunctions, prepositions, localizers, measure words and discourse fillers.
public struct StopWords: Sendable, Equatable {
    /// The words, Latin letters in lower case.
    public private(set) var words: Set<String>

    /// A set of `words` (Latin letters lowered).
    public init<S: Sequence>(_ words: S) where S.Element == String {
        self.words = Set(words.map(StopWords.key))
    }

    /// An empty set.
    public init() { words = [] }

    /// Whether `term` is a stop word.
    @inline(__always)
    public func contains(_ term: String) -> Bool {
        !words.isEmpty && words.contains(TermKey.of(term))
    }

    /// This set and `other`.
    public func union(_ other: StopWords) -> StopWords {
        if other.words.isEmpty { return self }
        if words.isEmpty { return other }
        var copy = self
        copy.words.formUnion(other.words)
        return copy
    }

    /// Whether the set is empty.
    public var isEmpty: Bool { words.isEmpty }
    /// Number of words.
    public var count: Int { words.count }

    /// Parses a stop-word file: one word per line (the first tab-separated column); blank lines and lines starting
    /// with `#` are skipped. `source` names the file in error messages.
    public static func parse(_ text: String, source: String) throws -> StopWords {
        var words: [String] = []
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let word = trimmed.split(separator: "\t", maxSplits: 1)[0].trimmingCharacters(in: .whitespaces)
            if word.unicodeScalars.contains(where: Script.isWhiteSpace) {
                throw ZhTextError.malformedLine(file: source, line: lineNumber, reason: "a stop word cannot contain white space", content: String(line))
            }
            words.append(word)
        }
        return StopWords(words)
    }

    /// Reads and parses a stop-word file.
    public static func load(path: String) throws -> StopWords {
        try parse(BundledText.readFile(path), source: path)
    }

    /// The bundled Chinese and English lists.
    public static func bundled() throws -> StopWords { try bundledResult.get() }

    private static let bundledResult: Result<StopWords, Error> = Result {
        try parse(BundledText.read("stopwords/zh.txt"), source: "stopwords/zh.txt")
            .union(parse(BundledText.read("stopwords/en.txt"), source: "stopwords/en.txt"))
    }

    /// The bundled policy-discourse boilerplate (`Dictionaries/stopwords/zh-policy.txt`): 贯彻, 落实, 部署, 推进,
    /// 全面贯彻, 会议强调 … — words that frame nearly every policy or government news text. Keyword extraction leaves
    /// them out by default (``KeywordOptions/useBoilerplateStopWords``); frequency lists do not, since there their
    /// counts are data.
    public static func policyBoilerplate() throws -> StopWords { try boilerplateResult.get() }

    private static let boilerplateResult: Result<StopWords, Error> = Result {
        try parse(BundledText.read("stopwords/zh-policy.txt"), source: "stopwords/zh-policy.txt")
    }

    /// The key a listed word is stored under (``TermKey``; a word written in Traditional or full-width characters is
    /// normalized first, so that 發展 in a list leaves out 发展).
    static func key(_ word: String) -> String {
        word.unicodeScalars.contains { ScriptFolding.isTraditional($0) || (0xFF01...0xFF5E).contains($0.value) }
            ? TermKey.ofQuery(word) : TermKey.of(word)
    }
}

extension StopWords: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: String...) { self.init(elements) }
}
