import Foundation

/// Builds a domain IDF table from the user's own documents (`zhtext idf build`).
///
/// IDF = ln(N / df), where N is the number of documents added and df the number of documents containing the term
/// (the same definition as jieba's table, so a built table can overlay the bundled one). A term found in every
/// document gets 0: in that domain it says nothing about what a document is about.
public struct IDFBuilder: Sendable {
    /// Documents added so far.
    public private(set) var documentCount = 0
    /// Documents containing each term (by ``TermKey``).
    public private(set) var documentFrequency: [String: Int] = [:]
    /// Which tokens count (default: every word that is not a number; the table covers stop words too, so that it can
    /// serve any keyword filter).
    public let filter: TermFilter

    /// A builder counting the tokens `filter` accepts.
    public init(filter: TermFilter = TermFilter()) { self.filter = filter }

    /// Adds one document given by its terms (repeats are counted once; terms are keyed by ``TermKey``).
    public mutating func add<S: Sequence>(document terms: S) where S.Element == String {
        documentCount += 1
        for term in Set(terms.lazy.map(TermKey.of)) { documentFrequency[term, default: 0] += 1 }
    }

    /// Adds one document given by its tokens: the tokens the filter accepts.
    public mutating func add(tokens: [Token]) {
        add(document: tokens.lazy.filter(counts).map(\.term))
    }

    /// Adds `text` as one document, segmenting it chunk by chunk (the same result as
    /// `add(tokens: segmenter.tokens(in: text))`, without holding every token in memory).
    /// - Complexity: O(n); memory O(chunk + distinct terms).
    public mutating func add(text: NormalizedText, segmenter: some Segmenter) {
        var tally = TermTally()
        tally.add(text: text, segmenter: segmenter, chunkSize: 200_000)
        add(document: tally.entries(filter: filter).entries.map(\.key))
    }

    /// Adds every paragraph of `text` as its own document. A paragraph is a non-empty line of the original text
    /// (normalization may have re-joined a title or an unpunctuated line to the next one; those stay separate here,
    /// while a word wrapped across two lines stays one word).
    public mutating func addParagraphs(of tokens: [Token], in text: NormalizedText) {
        var current: [String] = []
        var breakPending = false
        for token in tokens {
            // Token texts tile the original, so a line break removed by normalization sits at the edge of a token.
            let scalars = Array(token.text.unicodeScalars)
            let firstSolid = scalars.firstIndex { !Script.isWhiteSpace($0) }
            let lastSolid = scalars.lastIndex { !Script.isWhiteSpace($0) }
            let breakBefore = scalars[..<(firstSolid ?? scalars.count)].contains(where: Script.isLineBreak)
            if breakPending || breakBefore {
                if !current.isEmpty { add(document: current) }
                current.removeAll(keepingCapacity: true)
            }
            if counts(token) { current.append(token.term) }
            breakPending = firstSolid != nil && scalars[(lastSolid! + 1)...].contains(where: Script.isLineBreak)
        }
        if !current.isEmpty { add(document: current) }
    }

    /// The table: ln(N / df) for every term seen.
    public func table() -> IDFTable {
        let n = Double(max(documentCount, 1))
        return IDFTable(values: documentFrequency.mapValues { log(n / Double($0)) })
    }

    func counts(_ token: Token) -> Bool { filter.accepts(token) }
}
