import ArgumentParser
import Foundation
import ZhText
import ZhTextStore

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a self-contained HTML report of a dated corpus: trend lines, first-seen timeline, keyness, documents.",
        discussion: """
        One HTML file with inline CSS and inline SVG charts: no script, no external requests. Sections: trend lines \
        of the terms that rose the most and of the chosen terms (--term, --group) or, without them, of the most \
        frequent policy phrases; a timeline of when policy formulations first appeared; keyness bars between the \
        first and the last period; a dispersion plot of the chosen terms; a table of the documents (date, title, length, top keywords by TF-IDF within the \
        corpus). Dates as for `trend`. All document text is HTML-escaped.
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var adaptation: AdaptOptions
    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("Where to write the HTML (`-` for standard output).", valueName: "file"))
    var html: String

    @Option(name: .customLong("term"), help: ArgumentHelp("A term to chart (repeatable).", valueName: "term"))
    var terms: [String] = []

    @Option(name: .customLong("group"), help: ArgumentHelp("Terms charted together: NAME=T1,T2,… (repeatable).", valueName: "name=terms"))
    var groups: [String] = []

    @Option(name: .customLong("category"), help: ArgumentHelp("Only policy phrases of this category in the phrase charts (repeatable).", valueName: "category"))
    var categories: [String] = []

    @Option(help: ArgumentHelp("Lines per trend chart.", valueName: "n"))
    var top: Int = 8

    @Option(help: ArgumentHelp("Formulations on the first-seen timeline.", valueName: "n"))
    var timeline: Int = 30

    @Option(help: ArgumentHelp("The least total count of a word to be charted among the rising terms.", valueName: "n"))
    var minCount: Int = 3

    @Option(help: ArgumentHelp("Report title.", valueName: "text"))
    var title: String?

    @Option(help: ArgumentHelp("With --to: the reference period of the keyness chart (default: the first period).", valueName: "period"))
    var from: String?

    @Option(help: ArgumentHelp("With --from: the period studied in the keyness chart (default: the last period).", valueName: "period"))
    var to: String?

    @Option(help: ArgumentHelp("Language of the page's headings and notes: en or zh.", valueName: "lang"))
    var lang: ReportLanguage = .en

    func validate() throws {
        if top < 1 || timeline < 0 { throw ValidationError("--top must be at least 1 and --timeline 0 or more") }
        if minCount < 1 { throw ValidationError("--min-count must be at least 1") }
        for g in groups where !g.contains("=") { throw ValidationError("--group \(g): expected NAME=TERM1,TERM2,…") }
        if (from == nil) != (to == nil) { throw ValidationError("--from and --to go together") }
        try store.validate(paths: input.paths)
        try adaptation.validate(store: store)
        if case let .field(f) = corpus.grouping, store.corpus == nil { throw ValidationError("--by \(f): not a period (year, quarter, month, week, day, label); fields need --corpus") }
    }

    func run() throws {
        let console = Console()
        // One path for files and the store: the documents that fit a group of --by, their stored (or, for files,
        // just computed) word and phrase counts; a store's documents are not segmented again.
        guard let (source, selection) = try CorpusRun.groups(input: input, corpus: corpus, store: store, adaptation: adaptation,
                                                             console: console) else { try console.finish(); return }
        let grouped = Set(selection.buckets.flatMap(\.documents))
        let dated = grouped.count == selection.entries.count ? selection
            : CorpusQueries.groups(selection.entries.indices.filter(grouped.contains).map { selection.entries[$0] }, by: corpus.grouping)
        let entries = dated.entries
        guard !entries.isEmpty else { try console.finish(); return }
        let buckets = dated.buckets
        let phrases = try PhraseSelection.matcher(categories: categories)
        // Every bundled phrase is in the counts; chosen categories are counted from the text (matching, no segmenting).
        let profiles = try CorpusQueries.profiles(of: entries, in: source, model: try .series(), phrases: categories.isEmpty ? nil : phrases)
        let periods = buckets.map(\.period)
        let series = DatedCorpus(documents: [])   // reads only the profiles and buckets given
        var sections: [HTMLReport.Section] = []
        let t = lang.text

        // Terms that rose the most (tokens).
        let (rising, _) = series.risingAndFalling(profiles: profiles, buckets: buckets, limit: top, minimumCount: minCount)
        if !rising.isEmpty {
            sections.append(HTMLReport.Section(
                heading: t.rising,
                note: t.risingNote(corpus.grouping.description),
                svg: SVGLineChart(periods: periods, series: rising.map { chartSeries($0) }, yLabel: t.per10k).render(),
                data: Self.trendData(rising, periods: periods), dataName: "rising-terms.csv"))
        }

        // Chosen terms, or the most frequent policy phrases.
        let phraseNames = Set(phrases.lexicon.phrases.map(\.phrase))
        var phraseTotals: [String: Int] = [:]
        for p in profiles { for u in p.units where phraseNames.contains(u) { phraseTotals[u, default: 0] += p.counts[u] ?? 0 } }
        let phraseTrends = series.series(of: phraseTotals.keys.sorted(), profiles: profiles, buckets: buckets)
        var queries = terms.map(TrendQuery.term)
        for g in groups {
            let eq = g.firstIndex(of: "=")!
            queries.append(TrendQuery(name: String(g[..<eq]), members: g[g.index(after: eq)...].split(separator: ",").map(String.init)))
        }
        let chosen: [TermTrend]
        let chosenNote: String
        if queries.isEmpty {
            chosen = Array(phraseTrends.sorted { total($0) != total($1) ? total($0) > total($1) : $0.term < $1.term }.prefix(top))
            chosenNote = t.phrasesNote(chosen.count)
        } else {
            chosen = try CorpusQueries.trend(of: queries, in: source, groups: dated)
            chosenNote = t.chosenNote
        }
        if !chosen.isEmpty {
            sections.append(HTMLReport.Section(heading: queries.isEmpty ? t.phrases : t.chosen, note: chosenNote,
                                               svg: SVGLineChart(periods: periods, series: chosen.map { chartSeries($0) }, yLabel: t.per10k).render(),
                                               data: Self.trendData(chosen, periods: periods), dataName: queries.isEmpty ? "policy-phrases.csv" : "chosen-terms.csv"))
        }

        // First-seen timeline of formulations that appeared after the first period.
        if timeline > 0, periods.count > 1 {
            // Chosen terms always, then policy phrases first seen after the first period, spread over the periods.
            let mustShow = queries.isEmpty ? [] : Array(chosen.filter { $0.occurrence.firstSeen != nil }.prefix(timeline))
            let shown = Set(mustShow.map(\.term))
            let candidates = phraseTrends.filter { ($0.occurrence.firstSeen ?? periods[0]) > periods[0] && !shown.contains($0.term) }
            let picked = mustShow + Self.spread(candidates, limit: timeline - mustShow.count, total: total)
            let entries = picked.sorted { ($0.occurrence.firstSeen!, $0.term) < ($1.occurrence.firstSeen!, $1.term) }
                .map { SVGTimeline.Entry(name: $0.term, first: $0.occurrence.firstSeen!, last: $0.occurrence.lastSeen!) }
            if !entries.isEmpty {
                var data = ReportTable(columns: [ReportColumn(t.term), ReportColumn("first_seen"), ReportColumn("last_seen")])
                for entry in entries { data.append([entry.name, entry.first.label, entry.last.label]) }
                sections.append(HTMLReport.Section(
                    heading: t.timeline,
                    note: t.timelineNote(periods[0].label),
                    svg: SVGTimeline(periods: periods, entries: entries).render(), data: data, dataName: "first-seen.csv"))
            }
        }

        // Keyness: --to against --from (default: the last period against the first).
        if buckets.count > 1, let (first, last) = try keynessPeriods(buckets) {
            let c = Comparison(a: first.period.label, first.documents.map { profiles[$0] },
                               b: last.period.label, last.documents.map { profiles[$0] })
            let bars = c.keyness.prefix(12).filter { $0.g2 > 0 } + c.keyness.suffix(12).filter { $0.g2 < 0 }
            var data = ReportTable(columns: [ReportColumn(t.term), ReportColumn("count_a", alignment: .right), ReportColumn("count_b", alignment: .right),
                                             ReportColumn("g2", alignment: .right), ReportColumn("log10_p", alignment: .right)])
            for r in bars { data.append([r.term, String(r.countA), String(r.countB), ReportNumber.format(r.g2, decimals: 3), ReportNumber.format(r.log10P, decimals: 3)]) }
            sections.append(HTMLReport.Section(
                heading: t.keyness(last.period.label, first.period.label),
                note: t.keynessNote(last.period.label),
                svg: SVGBarChart(bars: bars.map { SVGBarChart.Bar(name: $0.term, value: $0.g2) },
                                 negativeLabel: t.moreIn(first.period.label), positiveLabel: t.moreIn(last.period.label)).render(),
                data: data, dataName: "keyness.csv"))
        }

        // Documents.
        var df: [String: Int] = [:]
        for p in profiles { for (t, n) in p.documentFrequency { df[t, default: 0] += n } }
        let order = entries.indices.sorted { x, y in
            let dx = entries[x].record.date, dy = entries[y].record.date
            if dx != dy, let dx, let dy { return dx < dy }
            return x < y
        }
        // Dispersion plot of the chosen terms (or the three most frequent policy phrases), documents in date order.
        let plotted = queries.isEmpty ? chosen.prefix(3).map(\.term) : queries.flatMap(\.members)
        if !plotted.isEmpty {
            // Each document's hits from its text (in corpus order, one text at a time), then in date order.
            var each: [Int: Dispersion] = [:]
            try source.forEachText(of: entries.map(\.key), containing: nil) { k, text in
                var one = Dispersion(terms: plotted)
                one.add(name: "", text: text)
                each[k] = one
            }
            var plot = Dispersion(terms: plotted)
            for i in order { if let one = each[entries[i].key] { plot.append(one, name: entries[i].record.file) } }
            sections.append(HTMLReport.Section(
                heading: "Where the terms occur",
                note: "A strip per document (in date order), a tick at each occurrence of the string; the number of occurrences on the right.",
                svg: SVGDispersionPlot(plot).render(), data: Self.dispersionData(plot), dataName: "dispersion.csv"))
        }
        let rows = order.map { i -> HTMLReport.DocumentRow in
            let v = CosineSimilarity.tfidf(profiles[i].counts, documentFrequency: df, documents: entries.count)
            let keywords = v.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(6).map(\.key)
            let d = entries[i].record
            return HTMLReport.DocumentRow(date: d.date?.description ?? (d.label ?? ""), title: d.title, file: d.file,
                                          characters: d.characters, keywords: keywords)
        }
        let span = periods.count > 1 ? "\(periods.first!.label)–\(periods.last!.label)" : periods.first?.label ?? ""
        let report = HTMLReport(
            title: title ?? t.title(span),
            summary: t.summary(documents: entries.count, characters: entries.reduce(0) { $0 + $1.record.characters }, periods: periods.count, by: corpus.grouping.description),
            sections: sections, documents: rows, labels: t.labels)
        let page = report.render()
        if html == "-" {
            console.write(page)
        } else {
            do { try page.write(toFile: html, atomically: true, encoding: String.Encoding.utf8) } catch {
                console.fail(ZhTextError.failed(file: html, reason: "cannot write (\(FileProblem.writing(html) ?? (error as NSError).localizedDescription))"))
            }
        }
        try console.finish()
    }

    private func total(_ t: TermTrend) -> Int { t.points.reduce(0) { $0 + $1.count } }

    /// The keyness chart's periods: --from and --to when given (each must have documents), else first and last.
    func keynessPeriods(_ buckets: [DatedCorpus.Bucket]) throws -> (DatedCorpus.Bucket, DatedCorpus.Bucket)? {
        guard let from, let to else { return (buckets[0], buckets[buckets.count - 1]) }
        func bucket(_ label: String) throws -> DatedCorpus.Bucket {
            guard let b = buckets.first(where: { $0.period.label == label }) else {
                throw ValidationError("no documents in period \(label) (--by \(corpus.grouping.description); periods: \(buckets.map(\.period.label).joined(separator: ", ")))")
            }
            return b
        }
        return (try bucket(from), try bucket(to))
    }

    /// A dispersion plot's data: one row per document and term, with the number of occurrences.
    static func dispersionData(_ plot: Dispersion) -> ReportTable {
        var table = ReportTable(columns: [ReportColumn("document"), ReportColumn("term"), ReportColumn("count", alignment: .right)])
        for d in plot.documents {
            for (term, hits) in zip(plot.terms, d.hits) { table.append([d.name, term, String(hits.count)]) }
        }
        return table
    }

    /// A trend chart's data: one row per period, one column per line (per 10,000 characters, 3 decimals).
    static func trendData(_ trends: [TermTrend], periods: [Period]) -> ReportTable {
        var table = ReportTable(columns: [ReportColumn("period")] + trends.map { ReportColumn($0.term, alignment: .right) })
        for (k, p) in periods.enumerated() {
            table.append([p.label] + trends.map { k < $0.points.count ? ReportNumber.format($0.points[k].per10k, decimals: 3) : "" })
        }
        return table
    }

    /// Up to `limit` trends spread over their first-seen periods: the most frequent formulation of each period first
    /// (latest periods first when there are more periods than room), then the second of each, and so on.
    static func spread(_ trends: [TermTrend], limit: Int, total: (TermTrend) -> Int) -> [TermTrend] {
        var byPeriod: [Period: [TermTrend]] = [:]
        for t in trends { if let p = t.occurrence.firstSeen { byPeriod[p, default: []].append(t) } }
        let periods = byPeriod.keys.sorted(by: >)
        let queues = periods.map { p in byPeriod[p]!.sorted { total($0) != total($1) ? total($0) > total($1) : $0.term < $1.term } }
        var picked: [TermTrend] = []
        var round = 0
        while picked.count < limit {
            var added = false
            for q in queues where round < q.count && picked.count < limit { picked.append(q[round]); added = true }
            if !added { break }
            round += 1
        }
        return picked
    }

    private func chartSeries(_ t: TermTrend) -> SVGLineChart.Series {
        SVGLineChart.Series(name: t.term, values: t.points.map(\.per10k))
    }
}
