/// The original forms behind term keys: what a term shows is its most frequent form as written (ties: the first in
/// code-point order), and the forms it merged are its variants (發展 and 发展; `AI` and `ai`).
///
/// Only forms that differ from their key are stored; the rest of a key's count is the key's own form.
public struct TermVariants: Sendable, Equatable {
    /// key → form → occurrences, for forms that differ from the key.
    public private(set) var forms: [String: [String: Int]] = [:]

    /// No variants.
    public init() {}

    /// Whether no form differs from its key.
    public var isEmpty: Bool { forms.isEmpty }

    /// Records `count` occurrences of `form` under `key` (nothing when they are equal).
    @inline(__always)
    public mutating func add(_ form: String, key: String, count: Int = 1) {
        guard count > 0, form != key else { return }
        forms[key, default: [:]][form, default: 0] += count
    }

    /// Adds the forms of `other`.
    public mutating func merge(_ other: TermVariants) {
        if forms.isEmpty { forms = other.forms; return }
        for (key, f) in other.forms { forms[key, default: [:]].merge(f, uniquingKeysWith: +) }
    }

    /// Every form of `key` with its occurrences, most frequent first (ties in code-point order); `count` is the key's
    /// total, so the key's own form gets what the stored forms leave.
    public func all(_ key: String, count: Int) -> [(form: String, count: Int)] {
        guard let stored = forms[key] else { return [(key, count)] }
        var all = stored
        let own = count - stored.values.reduce(0, +)
        if own > 0 { all[key, default: 0] += own }
        return all.map { ($0.key, $0.value) }.sorted {
            $0.count != $1.count ? $0.count > $1.count : $0.form.unicodeScalars.lexicographicallyPrecedes($1.form.unicodeScalars)
        }
    }

    /// What `key` shows: its most frequent form.
    public func shown(_ key: String, count: Int) -> String {
        guard forms[key] != nil else { return key }
        return all(key, count: count).first?.form ?? key
    }

    /// The forms `key` merged, most frequent first; empty when it was written one way only.
    public func variants(_ key: String, count: Int) -> [String] {
        guard forms[key] != nil else { return [] }
        let a = all(key, count: count)
        return a.count > 1 ? a.map(\.form) : []
    }
}
