import Foundation
import ZhTextData

/// The words the lexicon segmenter knows: a compiled general lexicon plus policy phrases, with user words added or
/// removed at run time.
///
/// A value type: `adding`/`removing` return a new lexicon and leave the original (and every segmenter built on it)
/// unchanged. The large compiled part is shared, not copied.
///
/// ```swift
/// var lexicon = Lexicon.default
/// lexicon.add(LexiconEntry(term: "青川模式", frequency: 1000, pos: "nz"))
/// let segmenter = LexiconSegmenter(lexicon: lexicon)
/// ```
public struct Lexicon: Sendable {
    var compiled: CompiledLexicon
    /// Words added at run time (user words), by term.
    public private(set) var addedWords: [String: LexiconEntry] = [:]
    /// Terms of the compiled lexicon removed at run time.
    public private(set) var removedTerms: Set<String> = []
    var added = WordTrie.empty
    var removed = WordTrie.empty

    /// The bundled lexicon (general words and policy phrases), or an empty one when the bundled dictionaries cannot
    /// be found (call ``bundled(directory:)`` to get the error).
    public static let `default`: Lexicon = (try? bundled()) ?? Lexicon(entries: [])

    /// An in-memory lexicon of `entries` with no unknown-word model (runs of unknown characters stay single
    /// characters). For tests and special vocabularies; most users want ``default`` plus ``add(_:)``.
    public init(entries: [LexiconEntry]) {
        let total = entries.filter { $0.origin == .general }.reduce(0) { $0 + max($1.frequency, 0) }
        compiled = CompiledLexicon(entries: entries, logTotal: log(Double(max(total, 1))), hmm: .empty)
    }

    init(compiled: CompiledLexicon) {
        self.compiled = compiled
    }

    /// Number of words (compiled plus added minus removed).
    public var count: Int { compiled.trie.wordCount + added.wordCount - removedTerms.count }

    /// Whether the lexicon has an unknown-word model.
    public var hasUnknownWordModel: Bool { !compiled.hmm.chars.isEmpty }

    /// The entry for `term` (normalized), or `nil`.
    public func entry(for term: String) -> LexiconEntry? {
        if let user = addedWords[term] { return user }
        if removedTerms.contains(term) { return nil }
        let w = compiled.trie.wordIndex(of: term)
        return w < 0 ? nil : compiled.trie.entry(ofWord: w, term: term)
    }

    /// Whether `term` is a word of the lexicon.
    public func contains(_ term: String) -> Bool { entry(for: term) != nil }

    // MARK: - Run-time changes

    /// Adds words (as user words unless their origin says otherwise). A later entry for the same term replaces an
    /// earlier one. Terms are normalized first.
    /// - Complexity: O(k log k) for k added words in total (the small user trie is rebuilt).
    public mutating func add(_ entries: [LexiconEntry]) {
        let normalizer = Normalizer(options: .characterLevel)
        for var e in entries {
            e.term = normalizer.normalize(e.term).text
            guard !e.term.isEmpty else { continue }
            addedWords[e.term] = e
            removedTerms.remove(e.term)
        }
        rebuild()
    }

    /// Adds one word.
    public mutating func add(_ entry: LexiconEntry) { add([entry]) }

    /// Adds a user word with the default user frequency and POS `n`.
    public mutating func add(_ term: String, pos: String = DictionaryParser.defaultPOS) {
        add(LexiconEntry(term: term, frequency: DictionaryParser.defaultUserFrequency, pos: pos, origin: .user))
    }

    /// Removes words (added ones and bundled ones alike).
    public mutating func remove(_ terms: [String]) {
        let normalizer = Normalizer(options: .characterLevel)
        for raw in terms {
            let term = normalizer.normalize(raw).text
            addedWords[term] = nil
            if compiled.trie.wordIndex(of: term) >= 0 { removedTerms.insert(term) }
        }
        rebuild()
    }

    /// Removes one word.
    public mutating func remove(_ term: String) { remove([term]) }

    /// A copy with `entries` added.
    public func adding(_ entries: [LexiconEntry]) -> Lexicon {
        var copy = self
        copy.add(entries)
        return copy
    }

    /// A copy with `terms` removed.
    public func removing(_ terms: [String]) -> Lexicon {
        var copy = self
        copy.remove(terms)
        return copy
    }

    private mutating func rebuild() {
        let entries = addedWords.keys.sorted().map { addedWords[$0]! }
        added = WordTrie(entries: entries, logTotal: compiled.logTotal)
        removed = WordTrie(entries: removedTerms.sorted().map { LexiconEntry(term: $0, frequency: 0, pos: "x") }, logTotal: 0)
    }

    // MARK: - Bundled lexicon

    /// Loads the bundled lexicon from `directory` (default: ``BundledDictionaries/directory``): every
    /// `lexicon/*.tsv` file (general words), the canonical phrases and variants of `policy/phrases.tsv`, and the HMM
    /// of `hmm/`. Reads the compiled form from `cacheDirectory` (see ``LexiconCache``) when it matches the sources,
    /// else builds it and stores it there (`nil`: build in memory, cache nothing).
    /// - Throws: ``ZhTextError/missingData(what:searched:)`` when there is no lexicon; `malformedLine` for a bad row.
    public static func bundled(directory: URL? = BundledDictionaries.directory,
                               cacheDirectory: URL? = LexiconCache.directory) throws(ZhTextError) -> Lexicon {
        guard let directory else {
            throw .missingData(what: "the lexicon (lexicon/words.tsv)", searched: BundledDictionaries.searchedPlaces)
        }
        let fm = FileManager.default
        let lexiconDir = directory.appendingPathComponent("lexicon")
        let lexiconFiles = ((try? fm.contentsOfDirectory(atPath: lexiconDir.path)) ?? []).filter { $0.hasSuffix(".tsv") }.sorted()
        guard !lexiconFiles.isEmpty else {
            throw .missingData(what: "the lexicon (lexicon/*.tsv)", searched: [lexiconDir.path])
        }
        var names = lexiconFiles.map { "lexicon/" + $0 }
        if fm.fileExists(atPath: directory.appendingPathComponent("policy/phrases.tsv").path) { names.append("policy/phrases.tsv") }
        names += ["hmm/start.tsv", "hmm/trans.tsv", "hmm/emit.tsv"]
        let paths = names.map { directory.appendingPathComponent($0).path }
        // Fast path: the sources are unchanged since their content hash was recorded.
        let identity = LexiconCache.identity(of: paths)
        if let identity, let hash = LexiconCache.recordedHash(identity: identity, in: cacheDirectory),
           let cached = LexiconCache.load(hash: hash, from: cacheDirectory) {
            return Lexicon(compiled: cached)
        }
        var sources: [(name: String, bytes: Data)] = []
        for (name, path) in zip(names, paths) {
            guard let data = fm.contents(atPath: path) else { throw .missingData(what: name, searched: [directory.path]) }
            sources.append((name, data))
        }
        let hash = LexiconCache.hash(sources.flatMap { [Data($0.name.utf8), $0.bytes] })
        if let identity { LexiconCache.record(hash: hash, identity: identity, in: cacheDirectory) }
        if let cached = LexiconCache.load(hash: hash, from: cacheDirectory) { return Lexicon(compiled: cached) }
        let bytes = try compile(sources, directory: directory, hash: hash)
        if LexiconCache.store(bytes, hash: hash, in: cacheDirectory), let cached = LexiconCache.load(hash: hash, from: cacheDirectory) {
            return Lexicon(compiled: cached)
        }
        guard let compiled = CompiledLexicon.decode(TrieMemory(copying: bytes), sourceHash: hash) else {
            throw .failed(file: directory.path, reason: "cannot compile the lexicon")
        }
        return Lexicon(compiled: compiled)
    }

    /// Parses and merges the sources into the compiled binary form.
    static func compile(_ sources: [(name: String, bytes: Data)], directory: URL, hash: UInt64) throws(ZhTextError) -> [UInt8] {
        func text(_ name: String) -> String { String(decoding: sources.first { $0.name == name }?.bytes ?? Data(), as: UTF8.self) }
        var entries: [LexiconEntry] = []
        var total = 0
        for source in sources where source.name.hasPrefix("lexicon/") {
            let label = directory.appendingPathComponent(source.name).path
            let result = DictionaryParser.parse(String(decoding: source.bytes, as: UTF8.self), source: label, origin: .general)
            if let problem = result.problems.first { throw problem }
            for e in result.entries { total += e.frequency }
            entries += result.entries
        }
        let phrases = DictionaryParser.parsePhrases(text("policy/phrases.tsv"), source: directory.appendingPathComponent("policy/phrases.tsv").path)
        if let problem = phrases.problems.first { throw problem }
        entries += phrases.entries
        let hmm = try HMMModel.parse(start: text("hmm/start.tsv"), trans: text("hmm/trans.tsv"), emit: text("hmm/emit.tsv"),
                                     source: directory.appendingPathComponent("hmm").path)
        // The same term twice: a general word in two files keeps the higher frequency; a phrase that is also a
        // general word becomes a phrase with the general word's POS and at least the phrase frequency.
        return CompiledLexicon.encode(entries: entries, logTotal: log(Double(max(total, 1))), hmm: hmm, sourceHash: hash) { old, new in
            var kept = old
            if new.origin == .phrase {
                kept.origin = .phrase
                kept.frequency = max(old.frequency, new.frequency)
                if old.origin == .phrase { kept.pos = new.pos }
            } else if new.frequency > old.frequency {
                kept = new
            }
            return kept
        }
    }
}
