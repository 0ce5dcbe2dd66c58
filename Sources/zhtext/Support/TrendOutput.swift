import Foundation
import ZhText

/// Writes trends in the chosen format. CSV: one row per period and term, header `period,term,count,per_10k,documents`.
struct TrendOutput {
    let format: ComparisonFormat
    let excel: Bool
    /// What `--by` named (a period unit or a field).
    let by: String
    let buckets: [DatedCorpus.Bucket]

    func write(sections: [(name: String, trends: [TermTrend])], spikes: [Spike]? = nil, to console: Console) {
        switch format {
        case .json:
            console.line(TrendJSON.value(by: by, buckets: buckets, sections: sections, spikes: spikes).pretty)
        case .csv:
            var seen = Set<String>()
            let trends = sections.flatMap(\.trends).filter { seen.insert($0.term).inserted }
            console.write(seriesTable(trends, spikes: spikes).renderCSV(excel: excel))
        case .table, .md:
            var first = true
            for s in sections {
                if !first { console.line("") }
                first = false
                let summary = summaryTable(s.trends)
                if format == .md {
                    console.line("## \(s.name)\n")
                    console.write(summary.renderMarkdown())
                    console.line("")
                    console.write(seriesTable(s.trends).renderMarkdown())
                } else {
                    console.line("\(s.name):")
                    console.write(summary.renderTable())
                    console.line("")
                    console.write(seriesTable(s.trends).renderTable())
                }
            }
            if let spikes {
                console.line("")
                if format == .md { console.line("## spikes\n"); console.write(spikeTable(spikes).renderMarkdown()) } else {
                    console.line("spikes:")
                    console.write(spikeTable(spikes).renderTable())
                }
            }
        }
    }

    func summaryTable(_ trends: [TermTrend]) -> ReportTable {
        var t = ReportTable(columns: [ReportColumn("term"), ReportColumn("count", alignment: .right), ReportColumn("first_seen"),
                                      ReportColumn("last_seen"), ReportColumn("peak"), ReportColumn("slope", alignment: .right),
                                      ReportColumn("direction")])
        for tr in trends {
            t.append([tr.term, String(tr.points.reduce(0) { $0 + $1.count }), tr.occurrence.firstSeen?.label ?? "-",
                      tr.occurrence.lastSeen?.label ?? "-", tr.occurrence.peak?.label ?? "-", Self.number(tr.slope, 4), tr.direction.rawValue])
        }
        return t
    }

    /// One row per period and term; with `spikes`, a `spike` column holding the score of the periods that spike.
    func seriesTable(_ trends: [TermTrend], spikes: [Spike]? = nil) -> ReportTable {
        var columns = [ReportColumn("period"), ReportColumn("term"), ReportColumn("count", alignment: .right),
                       ReportColumn("per_10k", alignment: .right), ReportColumn("documents", alignment: .right)]
        if spikes != nil { columns.append(ReportColumn("spike", alignment: .right)) }
        var t = ReportTable(columns: columns)
        var score: [String: Double] = [:]
        for s in spikes ?? [] { score[s.term + "\u{0}" + s.period.label] = s.score }
        for tr in trends {
            for p in tr.points {
                var row = [p.period.label, tr.term, String(p.count), Self.number(p.per10k, 3), String(p.documents)]
                if spikes != nil { row.append(score[tr.term + "\u{0}" + p.period.label].map { Self.number($0, 3) } ?? "") }
                t.append(row)
            }
        }
        return t
    }

    func spikeTable(_ spikes: [Spike]) -> ReportTable {
        var t = ReportTable(columns: [ReportColumn("term"), ReportColumn("period"), ReportColumn("count", alignment: .right),
                                      ReportColumn("baseline", alignment: .right), ReportColumn("score", alignment: .right), ReportColumn("kind")])
        for s in spikes { t.append([s.term, s.period.label, String(s.count), Self.number(s.baseline, 3), Self.number(s.score, 3), s.kind.rawValue]) }
        return t
    }

    /// A number with up to `decimals` decimals, locale-independent, without trailing zeros; `inf` for infinity.
    static func number(_ d: Double, _ decimals: Int) -> String {
        if d.isInfinite { return d > 0 ? "inf" : "-inf" }
        guard d.isFinite else { return "" }
        var s = String(format: "%.\(decimals)f", d)
        if s.hasPrefix("-") && s.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) { s.removeFirst() }
        if s.contains(".") {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        return s
    }
}
