/// Reads word lists: ZhText's TSV (`term<TAB>freq<TAB>pos`, `#` headers) and jieba's `word [freq] [pos]` lines.
///
/// Parsers take text and a `source` label (used in messages), never paths. A malformed line does not stop the
/// parse: it is returned as a ``ZhTextError/malformedLine(file:line:reason:content:)`` next to the good entries.
public enum DictionaryParser {
    /// What a parse produced.
    public struct Result: Sendable, Equatable {
        /// The words, in file order.
        public var entries: [LexiconEntry]
        /// One error per malformed line (`file:line: reason: "content"`).
        public var problems: [ZhTextError]
    }

    /// The frequency given to a user word without one (jieba's `suggest_freq` idea: enough to be a word).
    public static let defaultUserFrequency = 1000
    /// The part of speech given to a word without one.
    public static let defaultPOS = "n"

    /// Parses a word list in either format, detected per line: a line with a TAB is ZhText TSV
    /// (`term[\tfreq[\tpos]]`), otherwise jieba's space-separated `word [freq] [pos]`.
    /// Empty lines and lines starting with `#` are skipped. Terms are normalized with ``Normalizer/default``'s
    /// character rules; the frequency must be a non-negative integer; POS is letters only.
    /// - Complexity: O(n) in the length of the text.
    public static func parse(_ text: String, source: String, origin: WordOrigin = .user) -> Result {
        var entries: [LexiconEntry] = []
        var problems: [ZhTextError] = []
        var lineNumber = 0
        let normalizer = Normalizer(options: .characterLevel)
        // Lines and fields are cut on UTF-8 bytes (LF, TAB, space): much faster than on Characters for the
        // 350,000-line bundled lexicon, and CR LF needs no special case.
        for rawLine in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = Substring(rawLine)
            if line.utf8.last == 0x0D { line = Substring(line.utf8.dropLast()) }
            if lineNumber == 1 && line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
            if line.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) || line.utf8.first == 0x23 { continue }
            let fields: [Substring] = line.utf8.contains(0x09)
                ? line.utf8.split(separator: 0x09, omittingEmptySubsequences: false).map { Substring($0) }
                : line.utf8.split(separator: 0x20, omittingEmptySubsequences: true).map { Substring($0) }
            func fail(_ reason: String) {
                problems.append(.malformedLine(file: source, line: lineNumber, reason: reason, content: String(line)))
            }
            guard fields.count <= 3 else { fail("expected at most 3 fields (word, frequency, part of speech)"); continue }
            // Bundled general files are already normalized (a test checks it); user files may not be.
            let term = origin == .general ? String(fields[0]) : normalizer.normalize(String(fields[0])).text
            guard !term.isEmpty else { fail("empty word"); continue }
            guard !term.unicodeScalars.contains(where: Script.isWhiteSpace) else { fail("word contains white space"); continue }
            var frequency = origin == .general ? 1 : defaultUserFrequency
            if fields.count >= 2 {
                let f = fields[1].trimmingSpaces
                if !f.isEmpty {
                    guard let n = Int(f), n >= 0 else { fail("frequency is not a non-negative integer"); continue }
                    frequency = n
                }
            }
            var pos = defaultPOS
            if fields.count == 3 {
                let p = fields[2].trimmingSpaces
                if !p.isEmpty {
                    guard p.utf8.count <= 8, p.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic }) else {
                        fail("part of speech must be 1-8 ASCII letters"); continue
                    }
                    pos = String(p)
                }
            }
            entries.append(LexiconEntry(term: term, frequency: frequency, pos: pos, origin: origin))
        }
        return Result(entries: entries, problems: problems)
    }

    /// Parses `Dictionaries/policy/phrases.tsv` (phrase, category, variants `|`-separated or `-`, related,
    /// first_seen, source) into lexicon words: every canonical phrase and every variant, as ``WordOrigin/phrase``
    /// words with `frequency` and POS `nz`.
    public static func parsePhrases(_ text: String, source: String, frequency: Int = defaultUserFrequency) -> Result {
        var entries: [LexiconEntry] = []
        var problems: [ZhTextError] = []
        var lineNumber = 0
        let normalizer = Normalizer(options: .characterLevel)
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 3 else {
                problems.append(.malformedLine(file: source, line: lineNumber, reason: "expected phrase, category and variants", content: String(line)))
                continue
            }
            var forms = [String(fields[0])]
            if fields[2] != "-" { forms += fields[2].split(separator: "|").map(String.init) }
            for form in forms {
                let term = normalizer.normalize(form).text
                guard !term.isEmpty, !term.unicodeScalars.contains(where: Script.isWhiteSpace) else { continue }
                guard !term.isEmpty, !term.unicodeScalars.contains(where: Script.isWhiteSpace) else { continue }
                entries.append(LexiconEntry(term: term, frequency: frequency, pos: "nz", origin: .phrase))
            }
        }
        return Result(entries: entries, problems: problems)
    }
}

extension Substring {
    var trimmingSpaces: Substring {
        var s = self
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return s
    }
}
