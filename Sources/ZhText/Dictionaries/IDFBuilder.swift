import Foundation

/// Builds a domain IDF table from the user's own documents (`zhtext idf build`).
///
/// IDF = ln(N / df), where N is the number of documents added and df the number of documents containing the term
/// (the same definition as jieba's table, so a built table can overlay the bundled one). A term found in every
/// document gets 0: in that domain it says nothing about what a document is about.
public struct IDFBuilder: Sendable {
    /// Documents added so far.
    public private(set) var documentCount = 0
    /// Documents containing each term.
    public private(set) var documentFrequency: [String: Int] = [:]

    public init() {}

    /// Adds one document given by its terms (repeats are counted once).
    public mutating func add<S: Sequence>(document terms: S) where S.Element == String {
        documentCount += 1
        for term in Set(terms) { documentFrequency[term, default: 0] += 1 }
    }

    /// Adds one document given by its tokens: every word that is not a number, punctuation or space counts.
    public mutating func add(tokens: [Token]) {
        add(document: tokens.lazy.filter(IDFBuilder.counts).map(\.term))
    }

    /// Adds every paragraph of `text` as its own document. A paragraph is a non-empty line of the normalized text
    /// (normalization has already re-joined lines broken inside a sentence).
    public mutating func addParagraphs(of tokens: [Token], in text: NormalizedText) {
        var current: [String] = []
        var hasWords = false
        for token in tokens {
            if token.kind == .space && token.term.unicodeScalars.contains(where: Script.isLineBreak) {
                if hasWords { add(document: current) }
                current.removeAll(keepingCapacity: true)
                hasWords = false
            } else if IDFBuilder.counts(token) {
                current.append(token.term)
                hasWords = true
            }
        }
        if hasWords { add(document: current) }
    }

    /// The table: ln(N / df) for every term seen.
    public func table() -> IDFTable {
        let n = Double(max(documentCount, 1))
        return IDFTable(values: documentFrequency.mapValues { log(n / Double($0)) })
    }

    static func counts(_ token: Token) -> Bool {
        (token.kind == .han || token.kind == .latin) && !token.term.isEmpty
    }
}
