import ArgumentParser
import Foundation
import ZhText

/// Filters and data shared by `keywords` (and usable by other keyword-based commands).
struct KeywordFilterOptions: ParsableArguments {
    @Option(name: .customLong("stopwords"), help: ArgumentHelp("Also leave out the words of this file, one per line (repeatable).", valueName: "file"))
    var stopWordFiles: [String] = []

    @Flag(help: "Do not use the bundled Chinese and English stop-word lists.")
    var noBundledStopwords = false

    @Option(help: ArgumentHelp("Use this IDF table (term<TAB>idf, or jieba's `term idf`) instead of the bundled one.", valueName: "file"))
    var idf: String?

    @Option(name: .customLong("idf-merge"), help: ArgumentHelp("Overlay this IDF table on the bundled one (or on --idf): its values win (repeatable).", valueName: "file"))
    var idfMerge: [String] = []

    @Option(help: "Shortest keyword, in characters (2 leaves out single characters).")
    var minLength: Int = 2

    @Flag(help: "Allow bare numbers as keywords.")
    var keepNumbers = false

    @Option(name: .customLong("pos"), help: ArgumentHelp("Only words with these part-of-speech tags (jieba's tag set, comma-separated: n,nr,ns,vn,eng).", valueName: "tags"))
    var includePOS: String?

    @Option(name: .customLong("exclude-pos"), help: ArgumentHelp("Leave out words with these tags (comma-separated; default: function-word tags u,p,c,d,r,m,q,f,t,x …).", valueName: "tags"))
    var excludePOS: String?

    func validate() throws {
        if minLength < 1 { throw ValidationError("--min-length must be at least 1") }
    }

    /// The keyword options these flags describe; data-file errors name the file.
    func keywordOptions() throws -> KeywordOptions {
        var options = KeywordOptions()
        options.useBundledStopWords = !noBundledStopwords
        for path in stopWordFiles { options.stopWords = options.stopWords.union(try StopWords.load(path: path)) }
        if idf != nil || !idfMerge.isEmpty {
            var table = try idf.map { try IDFTable.load(path: $0) } ?? IDFTable.bundled()
            for path in idfMerge { table = table.merging(try IDFTable.load(path: path)) }
            options.idf = table
        }
        options.filter.minimumLength = minLength
        options.filter.excludeNumbers = !keepNumbers
        if let includePOS { options.filter.includePOS = Self.tags(includePOS) }
        if let excludePOS { options.filter.excludePOS = Self.tags(excludePOS) }
        return options
    }

    static func tags(_ list: String) -> Set<String> {
        Set(list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
    }
}
