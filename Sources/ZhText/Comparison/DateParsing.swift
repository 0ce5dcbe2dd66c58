/// Reads dates from the strings users give (`--date`, manifests) and from file names.
public enum DateParsing {
    /// Parses a whole string as a date: `2025`, `2025-03`, `2025-03-05`, `20250305`, with `-`, `/` or `.` between the
    /// parts (one or two digits for month and day), `2025年3月5日` / `2025年3月` / `2025年`, optionally followed by a
    /// time (`2025-03-05 10:00:00`, `2025-03-05T10:00:00+08:00`), which is dropped. `nil` for anything else,
    /// including impossible dates (2025-02-30).
    public static func parse(_ text: String) -> DocumentDate? {
        var s = Array(text.unicodeScalars)
        while let f = s.first, Script.isWhiteSpace(f) { s.removeFirst() }
        while let l = s.last, Script.isWhiteSpace(l) { s.removeLast() }
        if let cut = s.firstIndex(where: { $0 == "T" || $0 == " " }) {
            let rest = s[(cut + 1)...]
            guard rest.first.map(isDigit) == true, rest.allSatisfy({ isDigit($0) || ":+-.Z ".unicodeScalars.contains($0) }) else { return nil }
            s = Array(s[..<cut])
        }
        var numbers: [Int] = []
        var digits: [Int] = []    // length of each number
        var separators: [Unicode.Scalar] = []
        var i = 0
        while i < s.count {
            guard isDigit(s[i]) else { return nil }
            var value = 0, n = 0
            while i < s.count, isDigit(s[i]) { value = value * 10 + Int(s[i].value - 48); n += 1; i += 1 }
            guard n <= 8 else { return nil }
            numbers.append(value); digits.append(n)
            if i < s.count { separators.append(s[i]); i += 1 }
        }
        guard !numbers.isEmpty else { return nil }
        let han = separators.first == "年"
        if han {
            // 2025年 / 2025年3月 / 2025年3月5日
            let expected: [Unicode.Scalar] = ["年", "月", "日"]
            guard separators.count == numbers.count, separators == Array(expected.prefix(numbers.count)) else { return nil }
        } else {
            guard separators.count == numbers.count - 1, Set(separators).count <= 1,
                  separators.allSatisfy({ $0 == "-" || $0 == "/" || $0 == "." }) else { return nil }
        }
        if numbers.count == 1 && digits[0] == 8 && !han {
            let v = numbers[0]
            return DocumentDate(year: v / 10000, month: v / 100 % 100, day: v % 100)
        }
        guard digits[0] == 4, numbers.count <= 3, digits.dropFirst().allSatisfy({ $0 <= 2 }) else { return nil }
        return DocumentDate(year: numbers[0], month: numbers.count > 1 ? numbers[1] : nil,
                            day: numbers.count > 2 ? numbers[2] : nil)
    }

    /// The outcome of reading a file name.
    public enum FileNameDate: Sendable, Equatable {
        /// One date found.
        case date(DocumentDate)
        /// No date-like part.
        case none
        /// Several different dates (`2015-2018_summary.txt`); the name is not trusted.
        case ambiguous([DocumentDate])
    }

    /// The date in a file's name (the last path component, without its extension): `2025.txt`, `2025-03-05_x.txt`,
    /// `20250305.md`, `x_2025-03.txt`, `2026-01-22_浙江省.txt`, `2025.03.05 report.txt`. A date is a four-digit year
    /// (1900–2100) not touching other digits, optionally followed by `-`, `_` or `.` and a month, and again by a day;
    /// or eight digits `YYYYMMDD`. Other numbers (`v2`, `123456`) are ignored.
    public static func fromFileName(_ path: String) -> FileNameDate {
        var name = Substring(path)
        if let slash = name.lastIndex(of: "/") { name = name[name.index(after: slash)...] }
        if let dot = name.lastIndex(of: "."), dot != name.startIndex,
           name[name.index(after: dot)...].unicodeScalars.contains(where: { !isDigit($0) }) {
            name = name[..<dot]
        }
        let s = Array(name.unicodeScalars)
        // Maximal runs of ASCII digits.
        var runs: [(start: Int, end: Int, value: Int)] = []
        var i = 0
        while i < s.count {
            if isDigit(s[i]) {
                let start = i
                var value = 0
                while i < s.count, isDigit(s[i]) { if i - start < 9 { value = value * 10 + Int(s[i].value - 48) }; i += 1 }
                runs.append((start, i, value))
            } else { i += 1 }
        }
        func joined(_ a: Int, _ b: Int) -> Bool {
            runs[b].start == runs[a].end + 1 && ["-", "_", "."].contains(s[runs[a].end])
                && runs[b].end - runs[b].start <= 2
        }
        var found: [DocumentDate] = []
        var k = 0
        while k < runs.count {
            let length = runs[k].end - runs[k].start
            if length == 8, let d = DocumentDate(year: runs[k].value / 10000, month: runs[k].value / 100 % 100, day: runs[k].value % 100) {
                found.append(d); k += 1; continue
            }
            guard length == 4, DocumentDate.plausibleYears.contains(runs[k].value) else { k += 1; continue }
            var date = DocumentDate(year: runs[k].value)
            var used = 1
            if k + 1 < runs.count, joined(k, k + 1), let m = DocumentDate(year: runs[k].value, month: runs[k + 1].value) {
                date = m; used = 2
                if k + 2 < runs.count, joined(k + 1, k + 2),
                   let d = DocumentDate(year: runs[k].value, month: runs[k + 1].value, day: runs[k + 2].value) {
                    date = d; used = 3
                }
            }
            if let date { found.append(date) }
            k += used
        }
        var unique: [DocumentDate] = []
        for d in found where !unique.contains(d) { unique.append(d) }
        switch unique.count {
        case 0: return .none
        case 1: return .date(unique[0])
        default: return .ambiguous(unique)
        }
    }

    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }
}
