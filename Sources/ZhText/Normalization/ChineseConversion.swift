import Foundation
import ZhTextData
import ZhTextICU

/// Traditional ↔ Simplified conversion.
public enum ChineseConversion: String, Sendable, Equatable, CaseIterable {
    case toSimplified = "to-simplified"
    case toTraditional = "to-traditional"

    var icuID: String { self == .toSimplified ? "Traditional-Simplified" : "Simplified-Traditional" }
    var protectFile: String { self == .toSimplified ? "normalization/t2s-protect.tsv" : "normalization/s2t-protect.tsv" }
}

/// ICU's character-by-character transliteration, corrected by a protect list of words ICU gets wrong
/// (乾隆 must keep 乾 rather than become 干隆; 头发 becomes 頭髮, not 頭發).
final class ChineseConverter: Sendable {
    let transliterator: Transliterator?
    /// Protected words: first scalar → (source word, replacement), longest first.
    let protect: [UInt32: [([Unicode.Scalar], [Unicode.Scalar])]]

    init(conversion: ChineseConversion, protectList: [(String, String)]) {
        transliterator = try? Transliterator(id: conversion.icuID)
        var table: [UInt32: [([Unicode.Scalar], [Unicode.Scalar])]] = [:]
        for (from, to) in protectList {
            let f = Array(from.unicodeScalars), t = Array(to.unicodeScalars)
            guard let first = f.first, f.count == t.count else { continue }
            table[first.value, default: []].append((f, t))
        }
        for key in table.keys { table[key]!.sort { $0.0.count > $1.0.count } }
        protect = table
    }

    private static let cache: [ChineseConversion: ChineseConverter] = {
        var result: [ChineseConversion: ChineseConverter] = [:]
        for c in ChineseConversion.allCases {
            let list = (try? ProtectList.load(c)) ?? []
            result[c] = ChineseConverter(conversion: c, protectList: list)
        }
        return result
    }()

    static func shared(_ conversion: ChineseConversion) -> ChineseConverter? { cache[conversion] }

    /// Converts, keeping the offset map: ICU's Han conversion is one scalar for one scalar; where it is not, the
    /// whole text is converted run by run and a run that changes length maps as a block.
    func convert(_ input: MappedScalars) -> MappedScalars {
        guard let transliterator, input.count > 0 else { return input }
        var output = input
        let inputScalars = input.scalars
        let source = String(scalars: inputScalars)
        let converted = Array(transliterator.transliterate(source).unicodeScalars)
        if converted.count == inputScalars.count {
            output.scalars = converted
        } else {
            output = convertByRuns(input, transliterator)
        }
        applyProtectList(original: inputScalars, into: &output)
        return output
    }

    private func convertByRuns(_ input: MappedScalars, _ t: Transliterator) -> MappedScalars {
        var out = MappedScalars(capacity: input.count)
        var i = 0
        let s = input.scalars
        while i < s.count {
            guard Script.isHan(s[i]) else { out.append(s[i], input.start(i), input.end(i)); i += 1; continue }
            var j = i
            while j < s.count && Script.isHan(s[j]) { j += 1 }
            let run = Array(t.transliterate(String(scalars: s[i..<j])).unicodeScalars)
            if run.count == j - i {
                for (k, c) in run.enumerated() { out.append(c, input.start(i + k), input.end(i + k)) }
            } else {
                for c in run { out.append(c, input.start(i), input.end(j - 1)) }
            }
            i = j
        }
        return out
    }

    private func applyProtectList(original: [Unicode.Scalar], into output: inout MappedScalars) {
        guard !protect.isEmpty, output.count == original.count else { return }
        var i = 0
        while i < original.count {
            if let candidates = protect[original[i].value] {
                var matched = false
                for (from, to) in candidates where i + from.count <= original.count && original[i..<(i + from.count)].elementsEqual(from) {
                    for k in 0..<to.count { output.replaceScalar(at: i + k, with: to[k]) }
                    i += from.count
                    matched = true
                    break
                }
                if matched { continue }
            }
            i += 1
        }
    }
}

/// The protect lists in `Dictionaries/normalization/` (`source<TAB>replacement`, same length).
enum ProtectList {
    static func load(_ conversion: ChineseConversion) throws(ZhTextError) -> [(String, String)] {
        guard let dir = BundledDictionaries.directory else {
            throw .missingData(what: conversion.protectFile, searched: BundledDictionaries.searchedPlaces)
        }
        let url = dir.appendingPathComponent(conversion.protectFile)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw .unreadable(file: url.path, reason: "cannot read protect list")
        }
        return try parse(text, source: url.path)
    }

    static func parse(_ text: String, source: String) throws(ZhTextError) -> [(String, String)] {
        var result: [(String, String)] = []
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2 else {
                throw .malformedLine(file: source, line: n + 1, reason: "expected 2 tab-separated fields", content: String(line))
            }
            guard fields[0].unicodeScalars.count == fields[1].unicodeScalars.count else {
                throw .malformedLine(file: source, line: n + 1, reason: "source and replacement differ in length", content: String(line))
            }
            result.append((String(fields[0]), String(fields[1])))
        }
        return result
    }
}
