import ZhText
import ZhTextStore

/// The server-rendered pages: each takes its question from the URL (so a view can be bookmarked), asks the same
/// ``CorpusService`` the API uses, and renders the answer as HTML with inline SVG charts. A question the service
/// refuses shows its error on the page (the form stays usable).
struct Pages: Sendable {
    let service: CorpusService
    let language: Localization.Language
    /// Adding documents is refused (read-only, or no token off loopback).
    let readOnly: Bool

    func t(_ key: String) -> String { HTMLEscaping.escape(Localization.text(key, language)) }
    func layout(_ path: String, _ params: QueryParameters) -> PageLayout { PageLayout(language: language, path: path, params: params) }

    /// A page by name.
    func page(_ name: String, _ params: QueryParameters) throws -> String {
        switch name {
        case "trends": return try trends(params)
        case "kwic": return try kwic(params)
        case "keyness": return try keyness(params)
        case "phrases": return try phrases(params)
        case "collocates": return try collocates(params)
        case "dispersion": return try dispersion(params)
        default: throw ServeError.notFound("no such page")
        }
    }

    /// The question's answer, or its error shown as a paragraph (parameter errors only; others propagate).
    func attempt(_ body: () throws -> String) throws -> String {
        do { return try body() } catch let e as ServeError {
            guard e.status == 400 || e.status == 404 else { throw e }
            return "<p class=\"error\">\(HTMLEscaping.escape(e.description))</p>"
        } catch let e as ZhTextError {
            return "<p class=\"error\">\(HTMLEscaping.escape(e.description))</p>"
        }
    }

    static func documentLink(_ r: DocumentRecord, term: String? = nil) -> String {
        var pairs: [(String, String)] = []
        if let term { pairs.append(("term", term)) }
        return PageLayout.link("/documents/" + QueryParameters.encode(r.id), pairs)
    }

    // MARK: Overview

    func overview(_ params: QueryParameters) throws -> String {
        let body = try service.cache.memo("page:overview:\(language.rawValue)?" + params.setting("lang", nil).encoded, version: service.storeVersion()) {
            try overviewBody(params)
        }
        return layout("/", params).render(title: Localization.text("overview", language), current: "overview", body: body)
    }

    func overviewBody(_ params: QueryParameters) throws -> String {
        let info = try service.store.info()
        var s = "<div class=\"stats\">"
        for (k, v) in [("documents", String(info.documents)), ("characters", String(info.characters)),
                       ("first_date", info.firstDate?.description ?? "–"), ("last_date", info.lastDate?.description ?? "–"),
                       ("undated", String(info.undated))] {
            s += "<div class=\"stat\"><span class=\"muted\">\(t(k))</span><b>\(HTMLEscaping.escape(v))</b></div>"
        }
        s += "</div>"
        let entries = try service.entries(DocumentFilter())
        // Documents over time: by month when the dates span less than six years, else by year.
        let span = (info.lastDate?.year ?? 0) - (info.firstDate?.year ?? 0)
        let unit: PeriodUnit = span < 6 ? .month : .year
        let groups = CorpusQueries.groups(entries, by: .period(unit))
        if !groups.buckets.isEmpty {
            let chart = SVGLineChart(periods: groups.buckets.map(\.period),
                                     series: [SVGLineChart.Series(name: Localization.text("documents", language), values: groups.buckets.map { Double($0.documents.count) })],
                                     yLabel: Localization.text("documents", language))
            s += "<h2>\(t("documents_over_time"))</h2><div class=\"chart-box\">\(chart.render())</div>"
        }
        // Fields and their most frequent values.
        let names = try service.store.fieldNames()
        if !names.isEmpty {
            s += "<h2>\(t("fields"))</h2><div class=\"columns\">"
            for name in names.prefix(8) {
                var counts: [String: Int] = [:]
                for e in entries { if let v = e.record.fields[name] { counts[v, default: 0] += 1 } }
                let top = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.unicodeScalars.lexicographicallyPrecedes($1.key.unicodeScalars) }.prefix(10)
                let rows = top.map { v, n in
                    [PageLayout.a(PageLayout.link("/trends", [("by", name)]), v), String(n)]
                }
                s += "<div><h3>\(HTMLEscaping.escape(name)) <span class=\"muted\">(\(counts.count))</span></h3>\(PageLayout.table([Localization.text("value", language), Localization.text("documents", language)], rows, numeric: [1]))</div>"
            }
            s += "</div>"
        }
        // Top content terms and policy phrases, from the stored counts (no segmenting).
        let filter = try TermFilter.content()
        var termTotals: [String: Int] = [:]
        var phraseTotals: [String: Int] = [:]
        try service.store.forEachTerms(of: entries.map(\.key)) { _, terms in
            for (term, n) in terms.termCounts(filter: filter).counts where term.unicodeScalars.count >= 2 { termTotals[term, default: 0] += n }
            for (p, n) in terms.phrases { phraseTotals[p, default: 0] += n }
        }
        let topTerms = termTotals.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.unicodeScalars.lexicographicallyPrecedes($1.key.unicodeScalars) }.prefix(40)
        s += "<div class=\"columns\"><div><h2>\(t("top_terms"))</h2>"
        s += PageLayout.table([Localization.text("term", language), Localization.text("count", language)],
                              topTerms.map { [PageLayout.a(PageLayout.link("/trends", [("term", $0.key)]), $0.key), String($0.value)] }, numeric: [1])
        s += "</div><div><h2>\(t("phrases_by_category"))</h2>"
        let lexicon = PolicyPhrases.default.lexicon
        var byCategory: [String: [(String, Int)]] = [:]
        for p in lexicon.phrases { if let n = phraseTotals[p.phrase], n > 0 { byCategory[p.category, default: []].append((p.phrase, n)) } }
        if byCategory.isEmpty { s += "<p class=\"muted\">\(t("none"))</p>" }
        for category in lexicon.categories where byCategory[category] != nil {
            let list = byCategory[category]!.sorted { $0.1 > $1.1 }
            s += "<h3>\(PageLayout.a(PageLayout.link("/phrases", [("category", category)]), category)) <span class=\"muted\">(\(list.count))</span></h3><p>"
            s += list.prefix(12).map { p, n in PageLayout.a(PageLayout.link("/kwic", [("term", p)]), p) + " <span class=\"muted\">\(n)</span>" }.joined(separator: " · ")
            s += "</p>"
        }
        s += "</div></div>"
        // The documents, newest first, paged.
        let offset = (try? params.int("offset", default: 0, in: 0...Int(Int32.max))) ?? 0
        let sorted = entries.sorted { ($0.record.date?.dayNumber ?? Int.min, $1.key) > ($1.record.date?.dayNumber ?? Int.min, $0.key) }
        let page = CorpusPaging.page(sorted, offset: offset, limit: 50)
        s += "<h2>\(t("recent"))</h2>"
        s += PageLayout.table([Localization.text("date", language), Localization.text("title", language), Localization.text("characters", language)],
                              page.map { e in [HTMLEscaping.escape(e.record.date?.description ?? "–"), PageLayout.a(Self.documentLink(e.record), e.record.title.isEmpty ? e.record.file : e.record.title), String(e.record.characters)] },
                              numeric: [2])
        s += pager(path: "/", params: params, offset: offset, limit: 50, total: sorted.count)
        return s
    }

    func pager(path: String, params: QueryParameters, offset: Int, limit: Int, total: Int) -> String {
        guard total > limit else { return "" }
        var s = "<div class=\"pager\">"
        if offset > 0 { s += PageLayout.a(path + "?" + params.setting("offset", String(max(0, offset - limit))).encoded, "← " + Localization.text("previous", language)) }
        s += "<span>\(offset + 1)–\(min(total, offset + limit)) \(t("of")) \(total)</span>"
        if offset + limit < total { s += PageLayout.a(path + "?" + params.setting("offset", String(offset + limit)).encoded, Localization.text("next", language) + " →") }
        return s + "</div>"
    }

    // MARK: Trends

    /// Terms of the page's `term` fields: each split at commas (, ， 、) so one input can hold several.
    static func splitTerms(_ params: QueryParameters) -> [String] {
        params.all("term").flatMap { $0.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == "、" }) }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    func byOptions(selected: String) throws -> String {
        var options = ["year", "quarter", "month", "week", "day"].map { ($0, $0) }
        for f in try service.store.fieldNames() { options.append((f, f)) }
        return "<label>\(t("by"))\(PageLayout.select("by", options, selected: selected))</label>"
    }

    func trends(_ params: QueryParameters) throws -> String {
        let terms = Self.splitTerms(params)
        let by = (try? params.string("by")) ?? nil ?? "year"
        var s = "<form class=\"query\" method=\"get\" action=\"/trends\">"
        s += "<label>\(t("terms")) <span class=\"muted\">(\(t("terms_hint")))</span><input type=\"text\" name=\"term\" id=\"term\" value=\"\(HTMLEscaping.escape(terms.joined(separator: ", ")))\" autofocus></label>"
        s += try byOptions(selected: by)
        s += layout("/trends", params).whereInputs(params)
        s += "<button type=\"submit\">\(t("show"))</button></form>"
        if terms.isEmpty {
            s += "<p class=\"muted\">\(t("enter_term"))</p>"
        } else {
            s += try attempt {
                var q = params.setting("term", nil)
                for term in terms { q = QueryParameters(q.pairs + [("term", term)]) }
                let answer = try service.trend(q)
                guard let trends = answer.sections.first?.trends else { return "" }
                let grouping = CorpusGrouping(parsing: answer.by)
                let wheres = params.all("where")
                var chart = SVGLineChart(periods: answer.buckets.map(\.period),
                                         series: trends.map { SVGLineChart.Series(name: $0.term, values: $0.points.map(\.per10k)) },
                                         yLabel: Localization.text("per10k", language))
                chart.links = trends.map { tr in
                    answer.buckets.map { b in
                        PageLayout.link("/kwic", [("term", tr.term)] + (wheres + PeriodConditions.conditions(label: b.period.label, grouping: grouping)).map { ("where", $0) })
                    }
                }
                var out = "<div class=\"chart-box\" id=\"trend-chart\">\(chart.render())</div><p class=\"muted\">\(t("click_point"))</p>"
                if !answer.skipped.isEmpty { out += "<p class=\"muted\">\(answer.skipped.count) \(t("skipped"))</p>" }
                out += PageLayout.table([Localization.text("term", language), Localization.text("count", language), Localization.text("first_seen", language),
                                         Localization.text("last_seen", language), Localization.text("peak", language)],
                                        trends.map { tr in [PageLayout.a(PageLayout.link("/kwic", [("term", tr.term)] + wheres.map { ("where", $0) }), tr.term),
                                                             String(tr.points.reduce(0) { $0 + $1.count }),
                                                             HTMLEscaping.escape(tr.occurrence.firstSeen?.label ?? "–"), HTMLEscaping.escape(tr.occurrence.lastSeen?.label ?? "–"),
                                                             HTMLEscaping.escape(tr.occurrence.peak?.label ?? "–")] }, numeric: [1])
                var rows: [[String]] = []
                for (i, b) in answer.buckets.enumerated() {
                    rows.append([HTMLEscaping.escape(b.period.label), String(b.documents.count)] + trends.map { tr in
                        "\(tr.points[i].count) <span class=\"muted\">(\(PageLayout.number(tr.points[i].per10k, 3)))</span>"
                    })
                }
                out += "<h2>\(t("period"))</h2>" + PageLayout.table([Localization.text("period", language), Localization.text("documents", language)] + trends.map(\.term), rows, numeric: Set(1..<(2 + trends.count)))
                return out
            }
        }
        return layout("/trends", params).render(title: Localization.text("trends", language), current: "trends", body: s)
    }

    // MARK: KWIC

    func kwicForm(_ params: QueryParameters, action: String = "/kwic") throws -> String {
        let term = (try? params.string("term")) ?? nil ?? ""
        let sort = ((try? params.string("sort")) ?? nil ?? "").uppercased()
        var s = "<form class=\"query\" method=\"get\" action=\"\(action)\">"
        s += "<label>\(t("term"))<input type=\"text\" name=\"term\" id=\"term\" value=\"\(HTMLEscaping.escape(term))\" autofocus></label>"
        s += "<label>\(t("sort"))\(PageLayout.select("sort", [("", Localization.text("text_order", language))] + ["L1", "L2", "L3", "R1", "R2", "R3"].map { ($0, $0) }, selected: sort))</label>"
        s += layout(action, params).whereInputs(params)
        return s + "<button type=\"submit\">\(t("show"))</button></form>"
    }

    func kwic(_ params: QueryParameters) throws -> String {
        var s = try kwicForm(params)
        if ((try? params.string("term")) ?? nil) == nil && ((try? params.string("regex")) ?? nil) == nil {
            s += "<p class=\"muted\">\(t("enter_term"))</p>"
        } else {
            s += try attempt {
                let limit = try params.int("limit", default: 50, in: 1...1000)
                let (query, page) = try service.kwic(params.setting("limit", String(limit)))
                var out = "<div class=\"pager\"><span id=\"kwic-total\">\(page.total) \(t("lines"))</span>"
                out += PageLayout.a(PageLayout.link("/api/kwic.csv", params.setting("offset", nil).setting("limit", nil).pairs), Localization.text("export_csv", language)) + "</div>"
                if page.lines.isEmpty { return out + "<p>\(t("no_hits"))</p>" }
                let term: String? = { if case let .term(t) = query.pattern { return t } else { return nil } }()
                let rows = page.lines.map { l -> [String] in
                    let h = l.line.hit, r = l.entry.record
                    return ["<td class=\"left\">\(HTMLEscaping.escape(ConcordanceHit.oneLine(h.left)))</td>",
                            "<td class=\"hit\"><mark class=\"term\">\(HTMLEscaping.escape(ConcordanceHit.oneLine(h.text)))</mark></td>",
                            "<td class=\"right\">\(HTMLEscaping.escape(ConcordanceHit.oneLine(h.right)))</td>",
                            "<td class=\"doc\">\(PageLayout.a(Self.documentLink(r, term: term), (r.date.map { $0.description + " " } ?? "") + (r.title.isEmpty ? r.file : r.title)))</td>"]
                }
                out += "<table class=\"kwic\" id=\"kwic-lines\"><thead><tr><th>\(t("left"))</th><th>\(t("hit"))</th><th>\(t("right"))</th><th>\(t("document"))</th></tr></thead><tbody>"
                out += rows.map { "<tr>" + $0.joined() + "</tr>" }.joined() + "</tbody></table>"
                out += pager(path: "/kwic", params: params, offset: page.offset, limit: limit, total: page.total)
                return out
            }
        }
        return layout("/kwic", params).render(title: Localization.text("kwic", language), current: "kwic", body: s)
    }

    /// `/api/kwic.csv`: every line of the question (at most 100,000) as CSV, the columns of `kwic --format csv`.
    func kwicCSV(_ params: QueryParameters) throws -> String {
        let (_, page) = try service.kwic(params.setting("offset", nil).setting("limit", nil).setting("limit", "10000"))
        var table = ReportTable(columns: [ReportColumn("file"), ReportColumn("start"), ReportColumn("end"), ReportColumn("left"),
                                          ReportColumn("hit"), ReportColumn("right"), ReportColumn("date"), ReportColumn("title")])
        for l in page.lines {
            let h = l.line.hit, r = l.entry.record
            table.append([r.file, String(h.range.lowerBound), String(h.range.upperBound), ConcordanceHit.oneLine(h.left),
                          ConcordanceHit.oneLine(h.text), ConcordanceHit.oneLine(h.right), r.date?.description ?? "", r.title])
        }
        return table.renderCSV(excel: false)
    }

    // MARK: Keyness

    func keyness(_ params: QueryParameters) throws -> String {
        let by = (try? params.string("by")) ?? nil ?? "year"
        let from = (try? params.string("from")) ?? nil ?? "", to = (try? params.string("to")) ?? nil ?? ""
        var s = "<form class=\"query\" method=\"get\" action=\"/keyness\">"
        s += try byOptions(selected: by)
        s += "<label>\(t("from"))<input type=\"text\" name=\"from\" value=\"\(HTMLEscaping.escape(from))\" placeholder=\"2020\"></label>"
        s += "<label>\(t("to"))<input type=\"text\" name=\"to\" value=\"\(HTMLEscaping.escape(to))\" placeholder=\"2024\"></label>"
        s += "<label>\(t("side_a"))<input type=\"text\" name=\"a\" value=\"\(HTMLEscaping.escape(params.all("a").first ?? ""))\" placeholder=\"source=…\"></label>"
        s += "<label>\(t("side_b"))<input type=\"text\" name=\"b\" value=\"\(HTMLEscaping.escape(params.all("b").first ?? ""))\" placeholder=\"source=…\"></label>"
        s += "<button type=\"submit\">\(t("compare"))</button></form>"
        let asked = !from.isEmpty || !to.isEmpty || !params.all("a").isEmpty || !params.all("b").isEmpty
        if asked {
            s += try attempt {
                let answer = try service.compare(params.setting("top", (try? params.string("top")) ?? nil ?? "25"))
                let c = answer.comparison
                let rows = answer.rendering.keyness(c)
                let wheres = params.all("where") + answer.conditions.b
                let links = rows.map { PageLayout.link("/kwic", [("term", $0.term)] + wheres.map { ("where", $0) }) }
                var out = "<p>A: <b>\(HTMLEscaping.escape(c.a.name))</b> (\(c.a.documents) \(t("documents"))) · B: <b>\(HTMLEscaping.escape(c.b.name))</b> (\(c.b.documents) \(t("documents")))</p>"
                var g2 = SVGBarChart(bars: rows.map { SVGBarChart.Bar(name: $0.term, value: $0.g2) },
                                     negativeLabel: Localization.text("more_in_a", language), positiveLabel: Localization.text("more_in_b", language))
                g2.links = links
                var lr = SVGBarChart(bars: rows.map { SVGBarChart.Bar(name: $0.term, value: $0.logRatio) },
                                     negativeLabel: Localization.text("more_in_a", language), positiveLabel: Localization.text("more_in_b", language))
                lr.links = links
                out += "<p class=\"muted\">\(t("click_bar"))</p>"
                out += "<h2>\(t("g2"))</h2><div class=\"chart-box\" id=\"keyness-g2\">\(g2.render())</div>"
                out += "<h2>\(t("log_ratio"))</h2><div class=\"chart-box\">\(lr.render())</div>"
                out += PageLayout.table([Localization.text("term", language), "A", "B", "G²", "p", "log ratio"],
                                        zip(rows, links).map { r, l in [PageLayout.a(l, r.term), String(r.countA), String(r.countB), PageLayout.number(r.g2), Self.p(r.p), PageLayout.number(r.logRatio)] },
                                        numeric: [1, 2, 3, 4, 5])
                return out
            }
        }
        return layout("/keyness", params).render(title: Localization.text("keyness", language), current: "keyness", body: s)
    }

    static func p(_ p: Double) -> String {
        if p >= 0.001 { return PageLayout.number(p, 4) }
        return p > 0 ? "< 0.001" : "≈ 0"
    }

    // MARK: Phrases

    func phrases(_ params: QueryParameters) throws -> String {
        let lexicon = try PolicyLexicon.bundled()
        let category = (try? params.string("category")) ?? nil ?? ""
        let by = (try? params.string("by")) ?? nil ?? "year"
        var s = "<form class=\"query\" method=\"get\" action=\"/phrases\">"
        s += "<label>\(t("category"))\(PageLayout.select("category", [("", Localization.text("all_categories", language))] + lexicon.categories.map { ($0, $0) }, selected: category))</label>"
        s += try byOptions(selected: by)
        s += layout("/phrases", params).whereInputs(params)
        s += "<button type=\"submit\">\(t("show"))</button></form>"
        s += try attempt {
            let key = "page:phrases:\(language.rawValue)?" + params.setting("lang", nil).encoded
            return try service.cache.memo(key, version: service.storeVersion()) {
                var q = QueryParameters([("phrases", "1"), ("by", by)] + params.all("where").map { ("where", $0) })
                if !category.isEmpty { q = QueryParameters(q.pairs + [("category", category)]) }
                let answer = try service.trend(q)
                let trends = (answer.sections.first?.trends ?? []).filter { $0.occurrence.firstSeen != nil }
                let categories = ComparisonJSON.bundledCategories
                var out = ""
                let entries = trends.sorted { ($0.occurrence.firstSeen!, $0.term) < ($1.occurrence.firstSeen!, $1.term) }
                    .map { SVGTimeline.Entry(name: $0.term, first: $0.occurrence.firstSeen!, last: $0.occurrence.lastSeen!) }
                if !entries.isEmpty {
                    out += "<h2>\(t("timeline"))</h2><div class=\"chart-box\">\(SVGTimeline(periods: answer.buckets.map(\.period), entries: Array(entries.prefix(60))).render())</div>"
                }
                // Categories: phrases found and occurrences.
                var perCategory: [String: (phrases: Int, count: Int)] = [:]
                for tr in trends {
                    let c = categories[tr.term] ?? ""
                    perCategory[c, default: (0, 0)].phrases += 1
                    perCategory[c, default: (0, 0)].count += tr.points.reduce(0) { $0 + $1.count }
                }
                out += "<h2>\(t("category"))</h2>" + PageLayout.table(
                    [Localization.text("category", language), Localization.text("phrases", language), Localization.text("count", language)],
                    lexicon.categories.filter { perCategory[$0] != nil }.map { c in
                        [PageLayout.a(PageLayout.link("/phrases", [("category", c), ("by", by)]), c), String(perCategory[c]!.phrases), String(perCategory[c]!.count)]
                    }, numeric: [1, 2])
                out += "<h2>\(t("phrases"))</h2>" + PageLayout.table(
                    [Localization.text("phrase", language), Localization.text("category", language), Localization.text("count", language),
                     Localization.text("first_seen", language), Localization.text("last_seen", language), Localization.text("peak", language)],
                    trends.sorted { $0.points.reduce(0) { $0 + $1.count } > $1.points.reduce(0) { $0 + $1.count } }.map { tr in
                        [PageLayout.a(PageLayout.link("/trends", [("term", tr.term), ("by", by)]), tr.term), HTMLEscaping.escape(categories[tr.term] ?? ""),
                         PageLayout.a(PageLayout.link("/kwic", [("term", tr.term)]), String(tr.points.reduce(0) { $0 + $1.count })),
                         HTMLEscaping.escape(tr.occurrence.firstSeen?.label ?? "–"), HTMLEscaping.escape(tr.occurrence.lastSeen?.label ?? "–"),
                         HTMLEscaping.escape(tr.occurrence.peak?.label ?? "–")]
                    }, numeric: [2])
                // Families: pattern hits (提法 variants such as 加强…建设) over the selected documents.
                let finder = PolicyPhrases(lexicon: lexicon, options: PhraseOptions(categories: category.isEmpty ? nil : [category], families: true))
                var families: [String: [String: Int]] = [:]
                let selected = try service.entries(try params.filter())
                try service.store.forEachText(of: selected.map(\.key), containing: nil) { _, text in
                    for p in finder.report(for: text).patterns { families[p.family, default: [:]][p.text, default: 0] += p.count }
                }
                out += "<h2>\(t("families"))</h2>"
                if families.isEmpty { out += "<p class=\"muted\">\(t("none"))</p>" }
                for (family, forms) in families.sorted(by: { $0.key < $1.key }) {
                    let top = forms.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(15)
                    out += "<h3>\(HTMLEscaping.escape(family)) <span class=\"muted\">(\(forms.count))</span></h3><p>"
                    out += top.map { f, n in PageLayout.a(PageLayout.link("/kwic", [("term", f)]), f) + " <span class=\"muted\">\(n)</span>" }.joined(separator: " · ") + "</p>"
                }
                return out
            }
        }
        return layout("/phrases", params).render(title: Localization.text("phrases", language), current: "phrases", body: s)
    }

    // MARK: Collocates and dispersion

    func collocates(_ params: QueryParameters) throws -> String {
        let term = (try? params.string("term")) ?? nil ?? ""
        let measure = (try? params.string("measure")) ?? nil ?? "logdice"
        var s = "<form class=\"query\" method=\"get\" action=\"/collocates\">"
        s += "<label>\(t("term"))<input type=\"text\" name=\"term\" value=\"\(HTMLEscaping.escape(term))\" autofocus></label>"
        s += "<label>\(t("window"))<input type=\"number\" name=\"window\" min=\"1\" max=\"20\" value=\"\(HTMLEscaping.escape((try? params.string("window")) ?? nil ?? "5"))\"></label>"
        s += "<label>\(t("measure"))\(PageLayout.select("measure", AssociationMeasure.allCases.map { ($0.rawValue, $0.rawValue) }, selected: measure))</label>"
        s += layout("/collocates", params).whereInputs(params)
        s += "<button type=\"submit\">\(t("show"))</button></form>"
        if term.isEmpty {
            s += "<p class=\"muted\">\(t("enter_term"))</p>"
        } else {
            s += try attempt {
                guard let m = AssociationMeasure(rawValue: measure) else { throw ServeError.badParameter(name: "measure", reason: "one of logdice, mi, t, g2") }
                let window = try params.int("window", default: 5, in: 1...20)
                let entries = try service.entries(try params.filter())
                var coll = Collocates(node: term, window: window, terms: try .standard())
                try service.store.forEachText(of: entries.map(\.key), containing: term) { _, text in coll.add(text) }
                let rows = coll.rows(measure: m, minimumCount: 2, top: 50)
                if rows.isEmpty { return "<p>\(t("no_hits"))</p>" }
                let wheres = params.all("where").map { ("where", $0) }
                return PageLayout.table([Localization.text("collocate", language), Localization.text("count", language), Localization.text("score", language)],
                                        rows.map { r in [PageLayout.a(PageLayout.link("/kwic", [("term", term)] + wheres), r.term), String(r.counts.observed), PageLayout.number(r.score, 3)] },
                                        numeric: [1, 2])
            }
        }
        return layout("/collocates", params).render(title: Localization.text("collocates", language), current: "collocates", body: s)
    }

    func dispersion(_ params: QueryParameters) throws -> String {
        let term = (try? params.string("term")) ?? nil ?? ""
        var s = "<form class=\"query\" method=\"get\" action=\"/dispersion\">"
        s += "<label>\(t("term"))<input type=\"text\" name=\"term\" value=\"\(HTMLEscaping.escape(term))\" autofocus></label>"
        s += layout("/dispersion", params).whereInputs(params)
        s += "<button type=\"submit\">\(t("show"))</button></form>"
        if term.isEmpty {
            s += "<p class=\"muted\">\(t("enter_term"))</p>"
        } else {
            s += try attempt {
                let entries = try service.entries(try params.filter())
                if entries.count > 2000 { throw ServeError.badParameter(name: "where", reason: "dispersion plots at most 2000 documents (narrow with where)") }
                var d = Dispersion(terms: [term])
                // Short names: the plot's label column is narrow (date and the title's first characters).
                let names = Dictionary(uniqueKeysWithValues: entries.map { e in
                    let title = e.record.title.isEmpty ? e.record.file : e.record.title
                    return (e.key, (e.record.date.map { $0.description + " " } ?? "") + (title.count > 8 ? String(title.prefix(8)) + "…" : title))
                })
                try service.store.forEachText(of: entries.map(\.key), containing: nil) { k, text in d.add(name: names[k] ?? "", text: text) }
                let result = d.result()
                var out = "<div class=\"chart-box\">\(SVGDispersionPlot(d).render())</div>"
                out += PageLayout.table([Localization.text("term", language), Localization.text("count", language), Localization.text("range", language),
                                         Localization.text("juilland", language), Localization.text("dp", language)],
                                        result.rows.map { r in [PageLayout.a(PageLayout.link("/kwic", [("term", r.term)]), r.term), String(r.count), "\(r.range)/\(result.parts.count)",
                                                                 r.juillandD.map { PageLayout.number($0, 3) } ?? "–", r.griesDP.map { PageLayout.number($0, 3) } ?? "–"] },
                                        numeric: [1, 3, 4])
                return out
            }
        }
        return layout("/dispersion", params).render(title: Localization.text("dispersion", language), current: "dispersion", body: s)
    }

    // MARK: Document

    func document(id: String, _ params: QueryParameters) throws -> String {
        let (entry, text) = try service.document(id: id)
        let r = entry.record
        let term = (try? params.string("term")) ?? nil
        var meta: [[String]] = [[t("title"), HTMLEscaping.escape(r.title)], [t("date"), HTMLEscaping.escape(r.date?.description ?? "–")],
                                ["id", HTMLEscaping.escape(r.id)], [t("characters"), String(r.characters)]]
        for (k, v) in r.fields.sorted(by: { $0.key < $1.key }) {
            // Only http(s) addresses become links (never javascript: or data:).
            let lower = v.lowercased()
            let cell = k == "url" && (lower.hasPrefix("http://") || lower.hasPrefix("https://"))
                ? "<a href=\"\(HTMLEscaping.escape(v))\" rel=\"noopener noreferrer nofollow\">\(HTMLEscaping.escape(v))</a>" : HTMLEscaping.escape(v)
            meta.append([HTMLEscaping.escape(k), cell])
        }
        var s = "<h2>\(t("metadata"))</h2><table>" + meta.map { "<tr><th>\($0[0])</th><td>\($0[1])</td></tr>" }.joined() + "</table>"
        s += "<form class=\"query\" method=\"get\" action=\"\(HTMLEscaping.escape(Self.documentLink(r)))\"><label>\(t("highlight"))<input type=\"text\" name=\"term\" value=\"\(HTMLEscaping.escape(term ?? ""))\"></label><button type=\"submit\">\(t("show"))</button></form>"
        s += "<div class=\"doc-text\" id=\"doc-text\">\(Self.highlighted(text, term: term))</div>"
        return layout(Self.documentLink(r), params).render(title: r.title.isEmpty ? r.file : r.title, current: "", body: s)
    }

    /// The normalized text with the policy phrases (leftmost-longest) and the term's occurrences marked.
    static func highlighted(_ text: NormalizedText, term: String?) -> String {
        var marks: [(range: Range<Int>, cls: String, title: String)] = []
        if let term, let q = try? KWICQuery(term: term, context: 0) {
            marks += q.hits(in: text).map { ($0.normalizedRange, "term", "") }
        }
        for hit in PolicyPhrases.default.matches(in: text) where hit.longest {
            if !marks.contains(where: { $0.range.overlaps(hit.normalizedRange) }) { marks.append((hit.normalizedRange, "phrase", hit.category)) }
        }
        marks.sort { $0.range.lowerBound < $1.range.lowerBound }
        var out = ""
        var at = 0
        let scalars = text.scalars
        for m in marks where m.range.lowerBound >= at {
            out += HTMLEscaping.escape(Self.string(scalars[at..<m.range.lowerBound]))
            out += "<mark class=\"\(m.cls)\"\(m.title.isEmpty ? "" : " title=\"\(HTMLEscaping.escape(m.title))\"")>\(HTMLEscaping.escape(Self.string(scalars[m.range])))</mark>"
            at = m.range.upperBound
        }
        return out + HTMLEscaping.escape(Self.string(scalars[at...]))
    }

    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    // MARK: Add

    func addForm() throws -> String {
        let params = QueryParameters([])
        var s: String
        if readOnly {
            s = "<p class=\"error\">\(t("read_only"))</p>"
        } else {
            s = "<form class=\"query\" method=\"post\" action=\"/add\" enctype=\"multipart/form-data\" id=\"add-form\">"
            s += "<label>\(t("files"))<input type=\"file\" name=\"file\" multiple></label>"
            s += "<label>\(t("date"))<input type=\"text\" name=\"date\" placeholder=\"2025-03-05\"></label>"
            s += "<label>\(t("title"))<input type=\"text\" name=\"title\"></label>"
            s += "<label>\(t("source"))<input type=\"text\" name=\"source\"></label>"
            s += "<label>\(t("url"))<input type=\"text\" name=\"url\"></label>"
            s += "<label class=\"wide\">\(t("paste"))<textarea name=\"text\"></textarea></label>"
            s += "<button type=\"submit\">\(t("upload"))</button></form>"
        }
        return layout("/add", params).render(title: Localization.text("add", language), current: "add", body: s)
    }

    func added(_ summary: CorpusAddSummary, documents: [LoadedDocument]) throws -> String {
        var s = "<div class=\"stats\">"
        for (k, v) in [("added", summary.added), ("updated", summary.updated), ("unchanged", summary.unchanged), ("documents", summary.documents)] {
            s += "<div class=\"stat\"><span class=\"muted\">\(t(k))</span><b>\(v)</b></div>"
        }
        s += "</div>" + PageLayout.table([Localization.text("date", language), Localization.text("title", language)],
                                         documents.map { [HTMLEscaping.escape($0.record.date?.description ?? "–"), PageLayout.a(Self.documentLink($0.record), $0.record.title.isEmpty ? $0.record.file : $0.record.title)] })
        return layout("/add", QueryParameters([])).render(title: Localization.text("add", language), current: "add", body: s)
    }
}
