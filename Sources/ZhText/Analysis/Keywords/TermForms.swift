/// Case-insensitive identity for Latin terms: `Deep`, `deep` and `DEEP` are one keyword, shown in its most frequent
/// form (ties: the first in code-point order). Han terms are their own key.
struct TermForms {
    private var variants: [String: [String: Int]] = [:]

    /// The key of `form` (lower case when it has ASCII capitals), remembering the form.
    mutating func key(for form: String) -> String {
        guard form.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return form }
        let key = form.lowercased()
        variants[key, default: [:]][form, default: 0] += 1
        return key
    }

    /// How to show the key whose occurrences total `count`.
    func display(_ key: String, count: Int) -> String {
        guard let forms = variants[key] else { return key }
        var all = forms
        let lower = count - forms.values.reduce(0, +)
        if lower > 0 { all[key, default: 0] += lower }
        return all.max { a, b in
            a.value != b.value ? a.value < b.value : b.key.unicodeScalars.lexicographicallyPrecedes(a.key.unicodeScalars)
        }!.key
    }
}
