/// Options for ``DocumentAnalyzer``.
public struct AnalysisOptions: Sendable {
    /// Keywords listed per document.
    public var keywordLimit = 10
    /// Top terms listed per document.
    public var termLimit = 15
    /// Which terms the top terms and corpus summaries list: content terms by default (``TermFilter/content(extra:)``
    /// with ``KeywordOptions/stopWords``); with ``allTerms``, every word token (`--all-terms`). ``minimumLength`` and
    /// ``includePOS`` still apply.
    public var allTerms = false
    /// Shortest top term, in characters.
    public var minimumLength = 1
    /// When not empty, only top terms with these tags.
    public var includePOS: Set<String> = []
    /// The keyword method.
    public var keywordMethod = Keywords.defaultMethod
    /// Options of the keyword extractor.
    public var keywordOptions = KeywordOptions()
    /// Extraction and normalization.
    public var preparation = PreparationOptions()
    /// Policy phrase detection.
    public var phrases = PolicyPhrases.default
    /// Size of the pieces (in scalars) that normalized text is segmented and counted in; pieces end at a line or
    /// sentence end, so results do not depend on it.
    public var chunkSize = 200_000
    /// Texts longer than this (in scalars) are not kept whole as tokens: their keywords come from TF-IDF over the streamed counts, since the other methods need every token in memory.
    public var wholeTextLimit = 2_000_000

    public init() {}
}

extension AnalysisOptions {
    /// The filter of the top terms (see ``allTerms``).
    public func termFilter() throws -> TermFilter {
        var f = allTerms ? TermFilter.allTerms : try TermFilter.content(extra: keywordOptions.stopWords)
        f.minimumLength = minimumLength
        f.includePOS = includePOS
        return f
    }
}

/// Analyses one document: extraction, normalization, segmentation, statistics, keywords, policy phrases, top terms.
public struct DocumentAnalyzer: Sendable {
    /// What is analysed and how much is listed.
    public let options: AnalysisOptions
    private let segmenter: LexiconSegmenter
    private let filter: TermFilter

    /// An analyzer; loads the bundled stop words (and throws if they cannot be read).
    public init(options: AnalysisOptions = AnalysisOptions(), segmenter: LexiconSegmenter = .default) throws {
        self.options = options
        self.segmenter = segmenter
        self.filter = try options.termFilter()
    }

    /// Analyses decoded input.
    /// - Complexity: O(n) in the length of the input; memory O(chunk) for segmentation beyond ``AnalysisOptions/wholeTextLimit``.
    public func analyze(_ source: SourceText) throws -> DocumentAnalysis {
        let prepared = TextPreparation.prepare(source, options: options.preparation)
        let text = prepared.normalized
        let document = prepared.document
        var analysis = try analyzeNormalized(text, file: source.file, encoding: source.encoding, document: document,
                                             warnings: source.warnings + prepared.warnings)
        analysis.script = ScriptProfile(document.body).script?.rawValue
        // Plain text: its own lines (normalization joins lines between Han characters); pages: the body's.
        let plain = document.kind == .plain || document.kind == .disabled
        analysis.firstLine = plain ? DocumentLabel.firstLine(of: text.original) : DocumentLabel.firstLine(of: text.scalars)
        return analysis
    }

    /// Analyses a text that is already normalized, such as a corpus store's document, without reading its input
    /// again: the same statistics, keywords, phrases and terms as ``analyze(_:)-(SourceText)`` gives for the input
    /// it was normalized from. `document` supplies the metadata (file, title, date, source, author, encoding and
    /// extraction kind); its body is not read. The script is profiled on the original text, and the first line is
    /// taken from the original lines unless `plain` is false (extracted pages: from the normalized body).
    /// - Complexity: O(n) in the length of the text; memory O(chunk) beyond ``AnalysisOptions/wholeTextLimit``.
    public func analyze(_ text: NormalizedText, document: Document, plain: Bool = true, warnings: [String] = []) throws -> DocumentAnalysis {
        var analysis = try analyzeNormalized(text, file: document.file, encoding: document.encoding, document: document, warnings: warnings)
        var script = ScriptProfile()
        script.add(text.original)
        analysis.script = script.script?.rawValue
        analysis.firstLine = plain ? DocumentLabel.firstLine(of: text.original) : DocumentLabel.firstLine(of: text.scalars)
        return analysis
    }

    private func analyzeNormalized(_ text: NormalizedText, file: String, encoding: String, document: Document,
                                   warnings: [String]) throws -> DocumentAnalysis {
        var tally = AnalysisTally()
        tally.addStatistics(of: text)

        let keywords: [Keyword]
        let method: String
        if text.scalars.count <= options.wholeTextLimit {
            // Whole-text tokens: every keyword method can run.
            var spans: [TokenSpan] = []
            for chunk in TextChunks.ranges(of: text.scalars, size: options.chunkSize) {
                spans.append(contentsOf: segmenter.spans(in: text, range: chunk))
            }
            let tokens = Token.tokens(from: spans, in: text)
            spans = []
            tally.count(tokens)
            keywords = try options.keywordMethod.extractor(options: options.keywordOptions, segmenter: segmenter)
                .extract(from: tokens, in: text, limit: options.keywordLimit)
            method = options.keywordMethod.rawValue
            tally.addPhrases(options.phrases.report(for: text), offset: 0)
        } else {
            // Too long to hold every token: count chunk by chunk, TF-IDF keywords from the counts.
            add(text, offset: 0, to: &tally)
            keywords = try tally.tfidfKeywords(options: options.keywordOptions, limit: options.keywordLimit)
            method = Keywords.Method.tfidf.rawValue
        }
        var analysis = finish(tally, file: file, encoding: encoding, document: document, keywords: keywords,
                              method: method, warnings: warnings)
        analysis.identity = DuplicateDetector.Identity(text)
        return analysis
    }

    /// Analyses an input read in pieces (``TextPieces``), so that a file of any size is analysed in bounded memory.
    /// Inputs that fit in one block, and HTML, are analysed whole by ``analyze(_:)-(SourceText)``; longer inputs are
    /// analysed as plain text (no article extraction), with TF-IDF keywords, and give the same results as
    /// ``analyze(_:)-(SourceText)`` gives for a text longer than ``AnalysisOptions/wholeTextLimit``.
    /// - Complexity: O(n) time; memory O(block size + distinct terms).
    public func analyze(_ item: InputItem, decoder: TextDecoder = TextDecoder(),
                        blockSize: Int = TextPieces.defaultBlockSize) throws -> DocumentAnalysis {
        var pieces = try TextPieces(item, decoder: decoder, blockSize: blockSize)
        if let whole = pieces.whole { return try analyze(whole) }
        var tally = AnalysisTally()
        var script = ScriptProfile()
        let normalizer = options.preparation.normalizer
        var identity = DuplicateDetector.Identity(input: .init(), normalized: .init())
        var firstLine: String?
        while let piece = try pieces.next() {
            script.add(piece.scalars)
            let text = normalizer.normalize(scalars: piece.scalars)
            identity.input.add(piece.scalars)
            identity.normalized.add(text.scalars)
            if firstLine == nil { firstLine = DocumentLabel.firstLine(of: piece.scalars) }
            tally.addStatistics(of: text)
            add(text, offset: piece.offset, to: &tally)
        }
        let keywords = try tally.tfidfKeywords(options: options.keywordOptions, limit: options.keywordLimit)
        let document = Document(file: item.file, body: "", bodyMap: .identity(count: 0), encoding: pieces.encoding,
                                kind: options.preparation.extract ? .plain : .disabled)
        var analysis = finish(tally, file: item.file, encoding: pieces.encoding, document: document, keywords: keywords,
                              method: Keywords.Method.tfidf.rawValue, warnings: pieces.warnings)
        analysis.identity = identity
        analysis.script = script.script?.rawValue
        analysis.firstLine = firstLine
        return analysis
    }

    /// Counts the terms and policy phrases of `text`, whose original scalars start at `offset` in the input.
    private func add(_ text: NormalizedText, offset: Int, to tally: inout AnalysisTally) {
        tally.countTerms(of: text, offset: offset, segmenter: segmenter, chunkSize: options.chunkSize)
        tally.addPhrases(options.phrases.report(for: text), offset: offset)
    }

    private func finish(_ tally: AnalysisTally, file: String, encoding: String, document: Document, keywords: [Keyword],
                        method: String, warnings: [String]) -> DocumentAnalysis {
        let terms = tally.topTerms(filter: filter, limit: options.termLimit)
        return DocumentAnalysis(
            file: file, encoding: encoding, extraction: document.kind.rawValue,
            title: document.title, date: document.date, dateSource: document.dateSource, source: document.source,
            author: document.author,
            statistics: .init(characters: tally.characters, hanCharacters: tally.han, sentences: tally.sentences,
                              tokens: tally.wordTokens, distinctTerms: terms.distinct),
            keywords: keywords, keywordMethod: method, phrases: tally.phraseSummaries(),
            topTerms: terms.top, contentTerms: terms.content,
            warnings: keywords.isEmpty ? warnings + [Keywords.noKeywordsWarning(file: file)] : warnings)
    }
}
