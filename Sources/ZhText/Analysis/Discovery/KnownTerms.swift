import Foundation
import ZhTextData

/// Terms that are not new: what ``Discovery`` leaves out.
public enum KnownTerms {
    /// The general word lexicon's path inside the dictionaries folder (used when present).
    public static let bundledWordList = "lexicon/words.tsv"

    /// The bundled policy lexicon's forms, the bundled general word list when there is one, and the terms of
    /// `files` — the first field of every line (tab- or space-separated, so jieba's `word freq pos` files work too;
    /// `#` lines are comments).
    public static func load(files: [String], bundled: Bool = true) throws(ZhTextError) -> Set<String> {
        var known = Set<String>()
        var lists = files
        if bundled {
            known = Set(try PolicyLexicon.bundled().phrases.flatMap(\.forms))
            if let dir = BundledDictionaries.directory {
                let words = dir.appendingPathComponent(bundledWordList).path
                if FileManager.default.fileExists(atPath: words) { lists.insert(words, at: 0) }
            }
        }
        for file in lists {
            guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
                throw .unreadable(file: file, reason: FileProblem.reading(file) ?? "not readable UTF-8")
            }
            known.formUnion(parse(text))
        }
        return known
    }

    /// The first field of every non-comment line of a word list.
    public static func parse(_ text: String) -> Set<String> {
        var result = Set<String>()
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) where !line.hasPrefix("#") {
            if let word = line.split(whereSeparator: { $0 == "\t" || $0 == " " }).first { result.insert(String(word)) }
        }
        return result
    }
}
