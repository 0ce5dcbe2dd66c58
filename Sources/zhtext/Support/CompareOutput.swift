import Foundation
import ZhText

extension Double {
    static func pow10(_ x: Double) -> Double { Foundation.pow(10, x) }
}

/// Writes a ``Comparison`` in the chosen format. JSON: `{"a", "b", "keyness", "new", "vanished", "rank_changes",
/// "similarity", "phrases"}`, keyness sorted by signed G² descending.
struct CompareOutput {
    let format: ComparisonFormat
    let excel: Bool
    /// Rows per list (0 = all).
    let top: Int
    /// Policy phrase → category.
    let categories: [String: String]

    /// The library's JSON rendering (also the server's), whose row limits the tables share.
    var rendering: ComparisonJSON { ComparisonJSON(top: top, categories: categories) }
    func keyness(_ c: Comparison) -> [KeynessRow] { rendering.keyness(c) }
    func limited(_ rows: [KeynessRow]) -> [KeynessRow] { rendering.limited(rows) }

    func write(_ c: Comparison, to console: Console) {
        switch format {
        case .json:
            console.line(rendering.value(c).pretty)
        case .csv:
            console.write(keynessTable(keyness(c), status: true).renderCSV(excel: excel))
        case .table, .md:
            let md = format == .md
            func section(_ title: String, _ table: ReportTable) {
                console.line(md ? "## \(title)\n" : "\(title):")
                if table.rows.isEmpty { console.line(md ? "(none)\n" : "  (none)\n"); return }
                console.write(md ? table.renderMarkdown() : table.renderTable())
                console.line("")
            }
            for (tag, s) in [("A", c.a), ("B", c.b)] {
                console.line("\(md ? "- " : "")\(tag): \(s.name) — \(s.documents) document\(s.documents == 1 ? "" : "s"), \(s.characters) characters, \(s.tokens) tokens")
            }
            let o = c.similarity.overlap
            console.line("\(md ? "- " : "")similarity: cosine \(TrendOutput.number(c.similarity.cosine, 4)); top-\(o.k) keywords shared \(o.shared.count) (Jaccard \(TrendOutput.number(o.jaccard, 4)))")
            console.line("")
            section("Keyness of B against A (G² > 0: more frequent in B)", keynessTable(keyness(c), status: false))
            section("New in B", countTable(limited(c.new), side: \.countB, per10k: \.per10kB))
            section("Vanished from B", countTable(limited(c.vanished), side: \.countA, per10k: \.per10kA))
            section("Rank changes", rankTable(c.rankChanges))
            section("Policy phrases", phraseTable(limited(c.phrases)))
        }
    }

    static func status(_ r: KeynessRow) -> String {
        r.countA == 0 ? "new" : (r.countB == 0 ? "vanished" : (r.g2 > 0 ? "more" : (r.g2 < 0 ? "less" : "same")))
    }

    func keynessTable(_ rows: [KeynessRow], status: Bool) -> ReportTable {
        var columns = [ReportColumn("term"), ReportColumn("count_a", alignment: .right), ReportColumn("count_b", alignment: .right),
                       ReportColumn("per_10k_a", alignment: .right), ReportColumn("per_10k_b", alignment: .right),
                       ReportColumn("g2", alignment: .right), ReportColumn("p", alignment: .right),
                       ReportColumn("log_ratio", alignment: .right), ReportColumn("percent_diff", alignment: .right)]
        if status { columns.append(ReportColumn("status")) }
        var t = ReportTable(columns: columns)
        for r in rows {
            var row = [r.term, String(r.countA), String(r.countB), TrendOutput.number(r.per10kA, 3), TrendOutput.number(r.per10kB, 3),
                       TrendOutput.number(r.g2, 3), Self.pValue(r), TrendOutput.number(r.logRatio, 3), TrendOutput.number(r.percentDiff, 1)]
            if status { row.append(Self.status(r)) }
            t.append(row)
        }
        return t
    }

    func countTable(_ rows: [KeynessRow], side count: KeyPath<KeynessRow, Int>, per10k: KeyPath<KeynessRow, Double>) -> ReportTable {
        var t = ReportTable(columns: [ReportColumn("term"), ReportColumn("count", alignment: .right), ReportColumn("per_10k", alignment: .right),
                                      ReportColumn("g2", alignment: .right)])
        for r in rows { t.append([r.term, String(r[keyPath: count]), TrendOutput.number(r[keyPath: per10k], 3), TrendOutput.number(r.g2, 3)]) }
        return t
    }

    func rankTable(_ rows: [RankChange]) -> ReportTable {
        var t = ReportTable(columns: [ReportColumn("term"), ReportColumn("rank_a", alignment: .right), ReportColumn("rank_b", alignment: .right),
                                      ReportColumn("change", alignment: .right)])
        for r in rows {
            t.append([r.term, r.rankA.map(String.init) ?? "-", r.rankB.map(String.init) ?? "-", r.change.map { $0 > 0 ? "+\($0)" : String($0) } ?? (r.rankA == nil ? "new" : "gone")])
        }
        return t
    }

    func phraseTable(_ rows: [KeynessRow]) -> ReportTable {
        var t = ReportTable(columns: [ReportColumn("phrase"), ReportColumn("category"), ReportColumn("count_a", alignment: .right),
                                      ReportColumn("count_b", alignment: .right), ReportColumn("g2", alignment: .right), ReportColumn("status")])
        for r in rows { t.append([r.term, categories[r.term] ?? "", String(r.countA), String(r.countB), TrendOutput.number(r.g2, 3), Self.status(r)]) }
        return t
    }

    /// p-values: three significant digits, scientific notation below 0.001; below the double range (p = 0) from
    /// log10 p, so that 1e-400 still reads as 1.00e-400.
    static func pValue(_ r: KeynessRow) -> String {
        let p = r.p
        if p >= 0.001 { return TrendOutput.number(p, 4) }
        if p > 0 { return String(format: "%.2e", p) }
        let l = r.log10P
        guard l.isFinite, l < 0 else { return TrendOutput.number(p, 4) }
        var exponent = Int(l.rounded(.down))
        var mantissa = Double.pow10(l - Double(exponent))
        if (mantissa * 100).rounded() >= 1000 { mantissa /= 10; exponent += 1 }
        return String(format: "%.2fe%d", mantissa, exponent)
    }
}
