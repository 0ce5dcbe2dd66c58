/// Documents with dates, grouped into periods.
public struct DatedCorpus: Sendable {
    /// The documents, in input order.
    public let documents: [DatedDocument]

    /// A corpus of `documents`.
    public init(documents: [DatedDocument]) { self.documents = documents }

    /// A period and the documents in it.
    public struct Bucket: Sendable {
        /// The period.
        public var period: Period
        /// Indices into ``DatedCorpus/documents``, in input order.
        public var documents: [Int]
        /// Non-white-space characters of the period's normalized text.
        public var characters: Int

        /// A period with its documents.
        public init(period: Period, documents: [Int], characters: Int) {
            self.period = period
            self.documents = documents
            self.characters = characters
        }
    }

    /// The periods of the corpus, in time order, each with its documents. With `.label`, a document's period is
    /// its label (or, without one, its date as written), ordered by first appearance.
    /// - Throws: ``ZhTextError/invalidArgument(_:)`` listing the documents whose date is missing or not precise
    ///   enough for `unit` (a year-only date cannot go into a month).
    /// - Complexity: O(n log n) in the number of documents.
    public func buckets(by unit: PeriodUnit) throws(ZhTextError) -> [Bucket] {
        var byLabel: [String: Bucket] = [:]
        var order: [String] = []
        var problems: [String] = []
        for (i, doc) in documents.enumerated() {
            guard let period = Self.period(of: doc, by: unit, labels: order) else {
                let what = doc.date.map { "date \($0) is not precise enough for --by \(unit.rawValue)" } ?? (unit == .label ? "no label or date" : "no date")
                problems.append("\(doc.file) (\(what))")
                continue
            }
            if byLabel[period.label] == nil {
                order.append(period.label)
                byLabel[period.label] = Bucket(period: period, documents: [], characters: 0)
            }
            byLabel[period.label]!.documents.append(i)
            byLabel[period.label]!.characters += doc.characters
        }
        if !problems.isEmpty {
            throw .invalidArgument("cannot group by \(unit.rawValue): " + problems.joined(separator: "; "))
        }
        return byLabel.values.sorted { $0.period < $1.period }
    }

    /// The period `document` falls into by `unit` (`nil` without a date precise enough, or, by label, without a label
    /// or date). `labels` are the labels met so far, in order: a new label comes after them.
    public static func period(of document: DatedDocument, by unit: PeriodUnit, labels: [String]) -> Period? {
        if unit == .label {
            let label = document.label ?? document.date?.description
            return label.map { l in Period.label(l, index: labels.firstIndex(of: l) ?? labels.count) }
        }
        return document.date.flatMap { unit.period(of: $0) }
    }
}
