/// One `--where` condition: `FIELD=VALUE`, `FIELD!=VALUE`, `FIELD>=VALUE`, `FIELD<=VALUE`, `FIELD~TEXT` (contains).
///
/// `date` compares as dates at the precision of the value given (`date<=2024` holds for every day of 2024;
/// `date>=2024-03` from March 2024 on); an undated document satisfies only `!=`. Other fields compare as numbers
/// when both sides are numbers, else as strings (Unicode scalar order). A document without the field satisfies only
/// `!=`.
public struct WhereCondition: Sendable, Equatable, CustomStringConvertible {
    /// The comparison.
    public enum Operator: String, Sendable, CaseIterable {
        case equal = "=", notEqual = "!=", atLeast = ">=", atMost = "<=", contains = "~"
    }

    /// The field name.
    public var field: String
    /// The comparison.
    public var op: Operator
    /// The value compared with.
    public var value: String
    private var dateValue: DocumentDate?

    /// Parses `FIELD OP VALUE`.
    /// - Throws: ``ZhTextError/invalidArgument(_:)`` when there is no operator, no field, or `date` gets a value that
    ///   is not a date.
    public init(parsing text: String) throws(ZhTextError) {
        // The first operator in the text (two-character operators before "=").
        var found: (Range<String.Index>, Operator)?
        for op in [Operator.notEqual, .atLeast, .atMost, .equal, .contains] {
            if let r = text.range(of: op.rawValue), found.map({ r.lowerBound < $0.0.lowerBound }) ?? true { found = (r, op) }
        }
        guard let (range, op) = found else {
            throw .invalidArgument("--where \(text): expected FIELD=VALUE, FIELD!=VALUE, FIELD>=VALUE, FIELD<=VALUE or FIELD~TEXT")
        }
        let field = text[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
        guard !field.isEmpty else { throw .invalidArgument("--where \(text): no field name before \(op.rawValue)") }
        self.field = field
        self.op = op
        self.value = String(text[range.upperBound...])
        if field == "date" && op != .contains {
            guard let d = DateParsing.parse(value) else {
                throw .invalidArgument("--where \(text): \"\(value)\" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")
            }
            dateValue = d
        }
    }

    /// `field op value`.
    public var description: String { field + op.rawValue + value }

    /// Whether `record` satisfies the condition.
    public func holds(for record: DocumentRecord) -> Bool {
        if let dateValue, field == "date" {
            guard let d = record.date else { return op == .notEqual }
            let precision = min(d.precision, dateValue.precision)
            let order = Self.compare(Self.truncated(d, precision), Self.truncated(dateValue, precision))
            switch op {
            case .equal: return order == 0
            case .notEqual: return order != 0
            case .atLeast: return order >= 0
            case .atMost: return order <= 0
            case .contains: return false
            }
        }
        guard let v = record.value(of: field) else { return op == .notEqual }
        switch op {
        case .equal: return v == value
        case .notEqual: return v != value
        case .contains: return v.contains(value)
        case .atLeast, .atMost:
            let order: Int
            if let a = Double(v), let b = Double(value) {
                order = a < b ? -1 : (a > b ? 1 : 0)
            } else {
                order = v == value ? 0 : (v.unicodeScalars.lexicographicallyPrecedes(value.unicodeScalars) ? -1 : 1)
            }
            return op == .atLeast ? order >= 0 : order <= 0
        }
    }

    static func truncated(_ d: DocumentDate, _ p: DocumentDate.Precision) -> (Int, Int, Int) {
        (d.year, p >= .month ? (d.month ?? 0) : 0, p >= .day ? (d.day ?? 0) : 0)
    }

    static func compare(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int { a < b ? -1 : (a > b ? 1 : 0) }
}

/// All `--where` conditions of a query (every one must hold).
public struct DocumentFilter: Sendable, Equatable {
    /// The conditions.
    public var conditions: [WhereCondition]

    /// A filter; no conditions accepts every document.
    public init(_ conditions: [WhereCondition] = []) { self.conditions = conditions }

    /// Parses each `--where` value.
    public init(parsing texts: [String]) throws(ZhTextError) {
        var c: [WhereCondition] = []
        for t in texts { c.append(try WhereCondition(parsing: t)) }
        conditions = c
    }

    /// Whether every condition holds for `record`.
    public func accepts(_ record: DocumentRecord) -> Bool { conditions.allSatisfy { $0.holds(for: record) } }
}
