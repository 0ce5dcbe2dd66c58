import ZhText

/// The frame of every page: header with navigation and language switch, the content, the footer. Every piece of
/// document or query text passes through ``HTMLEscaping``.
struct PageLayout {
    let language: Localization.Language
    /// The current page's path and parameters (for the language switch link).
    let path: String
    let params: QueryParameters

    func t(_ key: String) -> String { HTMLEscaping.escape(Localization.text(key, language)) }

    func render(title: String, current: String, body: String) -> String {
        let nav = [("/", "overview"), ("/trends", "trends"), ("/kwic", "kwic"), ("/keyness", "keyness"), ("/phrases", "phrases"),
                   ("/collocates", "collocates"), ("/dispersion", "dispersion"), ("/add", "add")]
            .map { href, key in "<a href=\"\(href)\"\(key == current ? " class=\"current\"" : "")>\(t(key))</a>" }
            .joined(separator: "")
        let other: Localization.Language = language == .zh ? .en : .zh
        let switchHref = path + "?" + params.setting("lang", other.rawValue).encoded
        return """
        <!DOCTYPE html>
        <html lang="\(language == .zh ? "zh-Hans" : "en")">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLEscaping.escape(title)) · \(t("app"))</title>
        <link rel="icon" href="data:,">
        <link rel="stylesheet" href="/assets/app.css">
        <script src="/assets/app.js" defer></script>
        </head>
        <body>
        <header><a class="brand" href="/">\(t("app"))</a><nav>\(nav)</nav><span class="lang"><a href="\(HTMLEscaping.escape(switchHref))" hreflang="\(other.rawValue)">\(t("language"))</a></span></header>
        <main>
        <h1>\(HTMLEscaping.escape(title))</h1>
        \(body)
        </main>
        <footer>zhtext serve</footer>
        </body>
        </html>

        """
    }

    /// A URL: `path?` + the encoded parameters.
    static func link(_ path: String, _ pairs: [(String, String)]) -> String {
        pairs.isEmpty ? path : path + "?" + QueryParameters(pairs).encoded
    }

    /// An `<a>` to `href` with escaped text.
    static func a(_ href: String, _ text: String) -> String {
        "<a href=\"\(HTMLEscaping.escape(href))\">\(HTMLEscaping.escape(text))</a>"
    }

    /// A table with escaped header cells; `rows` are already HTML.
    static func table(_ headers: [String], _ rows: [[String]], numeric: Set<Int> = [], cls: String = "") -> String {
        var s = "<table\(cls.isEmpty ? "" : " class=\"\(cls)\"")><thead><tr>" + headers.map { "<th>\(HTMLEscaping.escape($0))</th>" }.joined() + "</tr></thead><tbody>"
        for r in rows {
            s += "<tr>" + r.enumerated().map { k, c in numeric.contains(k) ? "<td class=\"num\">\(c)</td>" : "<td>\(c)</td>" }.joined() + "</tr>"
        }
        return s + "</tbody></table>"
    }

    /// The `where` inputs of a form: every given condition and one empty field.
    func whereInputs(_ params: QueryParameters) -> String {
        let conds = params.all("where")
        var s = ""
        for c in conds + [""] {
            s += "<label>\(t("where"))<input type=\"text\" name=\"where\" value=\"\(HTMLEscaping.escape(c))\" placeholder=\"\(t("where_hint"))\"></label>"
        }
        return s
    }

    /// A `<select>` of `options` (value, label) with `selected` chosen.
    static func select(_ name: String, _ options: [(String, String)], selected: String?) -> String {
        "<select name=\"\(name)\">" + options.map { v, l in
            "<option value=\"\(HTMLEscaping.escape(v))\"\(v == selected ? " selected" : "")>\(HTMLEscaping.escape(l))</option>"
        }.joined() + "</select>"
    }

    static func number(_ d: Double, _ decimals: Int = 2) -> String {
        guard d.isFinite else { return d > 0 ? "∞" : (d < 0 ? "−∞" : "") }
        let p = (0..<decimals).reduce(1.0) { r, _ in r * 10 }
        let v = (d * p).rounded() / p
        return v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)
    }
}
