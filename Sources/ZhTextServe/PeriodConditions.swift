import ZhText

/// The `where` conditions that select the documents of one group of a query (a period of `by`, or a field value):
/// what a click on a chart point links to.
enum PeriodConditions {
    static func conditions(label: String, grouping: CorpusGrouping) -> [String] {
        switch grouping {
        case let .field(name): return ["\(name)=\(label)"]
        case .period(.label): return ["label=\(label)"]
        case .period(.year), .period(.month), .period(.day): return ["date=\(label)"]
        case .period(.quarter):
            let parts = label.split(separator: "-")
            guard parts.count == 2, let y = Int(parts[0]), parts[1].hasPrefix("Q"), let q = Int(parts[1].dropFirst()), (1...4).contains(q) else { return [] }
            return ["date>=\(y)-\(DocumentDate.pad2(3 * q - 2))", "date<=\(y)-\(DocumentDate.pad2(3 * q))"]
        case .period(.week):
            // ISO week: Monday to Sunday; week 1 holds 4 January.
            let parts = label.split(separator: "-")
            guard parts.count == 2, let y = Int(parts[0]), parts[1].hasPrefix("W"), let w = Int(parts[1].dropFirst()) else { return [] }
            let jan4 = DocumentDate.dayNumber(year: y, month: 1, day: 4)
            let monday = jan4 - ((jan4 + 3) % 7 + 7) % 7 + (w - 1) * 7
            let a = DocumentDate.civil(dayNumber: monday), b = DocumentDate.civil(dayNumber: monday + 6)
            return ["date>=\(a.year)-\(DocumentDate.pad2(a.month))-\(DocumentDate.pad2(a.day))",
                    "date<=\(b.year)-\(DocumentDate.pad2(b.month))-\(DocumentDate.pad2(b.day))"]
        }
    }
}
