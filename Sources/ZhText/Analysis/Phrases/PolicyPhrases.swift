/// Options for ``PolicyPhrases``.
public struct PhraseOptions: Sendable, Equatable {
    /// Scalars of context on each side of a hit (normalized text, line breaks shown as spaces).
    public var contextWidth = 20
    /// No effect, kept for source compatibility: a text written in Traditional characters is folded to Simplified
    /// by the normalizer (``NormalizationOptions/foldScript``), and the lexicon's Traditional variants match either way.
    public var convertToSimplified = false
    /// Only report phrases of these categories (`nil`: all).
    public var categories: Set<String>? = nil
    /// Report family pattern hits (``PhraseFamily``).
    public var families = true

    /// Options; the defaults report every category and family with 20 characters of context.
    public init(contextWidth: Int = 20, convertToSimplified: Bool = false, categories: Set<String>? = nil, families: Bool = true) {
        self.contextWidth = contextWidth
        self.convertToSimplified = convertToSimplified
        self.categories = categories
        self.families = families
    }
}

/// One occurrence of a lexicon phrase.
public struct PhraseHit: Sendable, Equatable, Hashable {
    /// The canonical phrase.
    public var phrase: String
    /// Its category.
    public var category: String
    /// The original characters of the span (quotation marks, line breaks or zero-width characters inside included).
    public var text: String
    /// The span in the original text, in Unicode scalars, end exclusive.
    public var range: Range<Int>
    /// The span in the normalized text.
    public var normalizedRange: Range<Int>
    /// Whether the whole hit is inside one pair of quotation marks (see ``Quotation``).
    public var quoted: Bool
    /// Whether the hit is kept by leftmost-longest selection (not inside or overlapping an earlier/longer hit).
    public var longest: Bool
    /// Normalized text around the hit.
    public var context: String
}

extension PhraseHit {
    /// The hit of `phrase` at normalized span `range` of `text`, its original text and range read through the offset
    /// map and `contextWidth` normalized scalars of context on each side.
    init(phrase: String, category: String, normalizedRange range: Range<Int>, quoted: Bool, longest: Bool,
         in text: NormalizedText, contextWidth: Int) {
        self.init(phrase: phrase, category: category, text: text.originalText(of: range), range: text.originalRange(of: range),
                  normalizedRange: range, quoted: quoted, longest: longest,
                  context: PolicyPhrases.context(of: range, in: text.scalars, width: contextWidth))
    }
}

/// Counts and occurrences of one canonical phrase in a text.
public struct PhraseCount: Sendable, Equatable {
    /// The canonical phrase (every form found counts for it).
    public var phrase: String
    /// Its category in the lexicon.
    public var category: String
    /// Every occurrence, nested ones included.
    public var count: Int
    /// Occurrences kept by leftmost-longest selection.
    public var longestCount: Int
    /// The occurrences, in text order (each made when read: see ``PhraseOccurrences``).
    public var occurrences: PhraseOccurrences
}

/// A formulation caught by a family pattern (not in the lexicon).
public struct PatternHit: Sendable, Equatable, Hashable {
    /// The family's name (``PhraseFamily/name``).
    public var family: String
    /// The normalized matched text (quotation marks removed).
    public var text: String
    /// The span in the original text.
    public var range: Range<Int>
    /// The span in the normalized text.
    public var normalizedRange: Range<Int>
}

/// Pattern hits of one family and text, counted.
public struct PatternCount: Sendable, Equatable {
    /// The family's name (``PhraseFamily/name``).
    public var family: String
    /// The normalized matched text.
    public var text: String
    /// Number of occurrences.
    public var count: Int
    /// The occurrences, in text order.
    public var occurrences: [PatternHit]
}

/// Everything found in one text.
public struct PhraseReport: Sendable, Equatable {
    /// Phrases found, by count descending, then phrase.
    public var phrases: [PhraseCount]
    /// Family pattern hits, by count descending, then family, then text.
    public var patterns: [PatternCount]
}

/// Finds policy formulations (提法) of a lexicon in normalized text, exactly and independently of segmentation.
///
/// Matching runs on a view of the normalized text with quotation marks removed (`“十四五”规划` is an occurrence of
/// `十四五规划` as well as of `十四五`), so a phrase broken across a line, split by zero-width characters or written
/// in full-width form is found (normalization takes care of those). Every occurrence of every form (canonical and
/// variants) is found in one Aho–Corasick pass; ``PhraseBoundary`` rules then drop numerals inside numbers.
///
/// ```swift
/// let report = PolicyPhrases.default.report(for: Normalizer.default.normalize(text))
/// for p in report.phrases { print(p.phrase, p.count, p.longestCount) }
/// ```
public struct PolicyPhrases: Sendable {
    /// The lexicon matched.
    public let lexicon: PolicyLexicon
    /// What is reported and how.
    public let options: PhraseOptions
    private let forms: [[Unicode.Scalar]]
    private let formOwner: [Int]      // form index → phrase index
    private let matcher: AhoCorasick
    private let normalizer: Normalizer

    /// The bundled lexicon with default options (empty when the bundled file cannot be read; load it with
    /// ``PolicyLexicon/bundled()`` to see the error).
    public static let `default` = PolicyPhrases(lexicon: (try? PolicyLexicon.bundled()) ?? PolicyLexicon(phrases: []))

    /// A matcher for `lexicon`. Forms are normalized like the text (so a user list may contain full-width forms).
    /// - Complexity: O(total length of the forms).
    public init(lexicon: PolicyLexicon, options: PhraseOptions = PhraseOptions()) {
        self.lexicon = lexicon
        self.options = options
        normalizer = Normalizer(options: NormalizationOptions())
        var forms: [[Unicode.Scalar]] = [], owner: [Int] = []
        var seen = Set<[Unicode.Scalar]>()
        for (index, phrase) in lexicon.phrases.enumerated() {
            if let wanted = options.categories, !wanted.contains(phrase.category) { continue }
            for form in phrase.forms {
                let scalars = Normalizer.default.normalize(form).scalars.filter { !Quotation.isQuotationMark($0) }
                guard !scalars.isEmpty, seen.insert(scalars).inserted else { continue }
                forms.append(scalars); owner.append(index)
            }
        }
        self.forms = forms
        formOwner = owner
        matcher = AhoCorasick(patterns: forms)
    }

    /// Normalizes `text` (converting to Simplified if ``PhraseOptions/convertToSimplified``) and reports on it.
    public func report(for text: String) -> PhraseReport { report(for: normalizer.normalize(text)) }

    /// Every lexicon hit in `text`, in text order (by start, longer first).
    public func matches(in text: String) -> [PhraseHit] { matches(in: normalizer.normalize(text)) }

    /// Every lexicon hit in normalized text, in text order (by start, longer first). Offsets go through the text's
    /// offset map, so a body cut out of a larger document reports offsets into that document.
    /// - Complexity: O(n + hits).
    public func matches(in text: NormalizedText) -> [PhraseHit] {
        compactMatches(in: text).map { h in
            let phrase = lexicon.phrases[Int(h.phrase)]
            return PhraseHit(phrase: phrase.phrase, category: phrase.category, normalizedRange: Int(h.start)..<Int(h.end),
                             quoted: h.quoted, longest: h.longest, in: text, contextWidth: options.contextWidth)
        }
    }

    /// One hit without its strings: phrase index, normalized span, quotation and leftmost-longest flags.
    struct CompactHit {
        var phrase: Int32
        var start: Int32
        var end: Int32
        var quoted: Bool
        var longest: Bool
    }

    /// Every lexicon hit as ``CompactHit``s, in text order (by start, longer first).
    func compactMatches(in text: NormalizedText) -> [CompactHit] {
        let view = MatchingView(text.scalars)
        var raw: [(form: Int32, start: Int32, end: Int32)] = []
        matcher.forEachMatch(in: view.scalars) { m in
            let range = view.normalizedRange(of: m.range)
            if PhraseBoundary.allows(form: forms[m.pattern], at: range, in: text.scalars) {
                raw.append((Int32(m.pattern), Int32(range.lowerBound), Int32(range.upperBound)))
            }
        }
        // Same phrase at the same start through two forms: keep the longer.
        raw.sort { ($0.start, $0.start - $0.end, $0.form) < ($1.start, $1.start - $1.end, $1.form) }
        var kept: [CompactHit] = []
        kept.reserveCapacity(raw.count)
        // Phrases already kept at the current start (hits are sorted by start, so a few at a time).
        var seenStart: Int32 = -1
        var seenHere: [Int32] = []
        // Rule 4: a numeral-initial form followed by a numeral, where a longer form of another phrase starts at the
        // same place (hits at one start are sorted longer first).
        var groupStart: Int32 = -1
        var groupLongest: (phrase: Int32, length: Int32) = (-1, 0)
        for r in raw {
            let phrase = Int32(formOwner[Int(r.form)])
            if r.start != seenStart { seenStart = r.start; seenHere.removeAll(keepingCapacity: true) }
            guard !seenHere.contains(phrase) else { continue }
            seenHere.append(phrase)
            if r.start != groupStart { groupStart = r.start; groupLongest = (phrase, r.end - r.start) }
            if let first = forms[Int(r.form)].first, PhraseBoundary.isNumeral(first), Int(r.end) < text.scalars.count,
               PhraseBoundary.isNumeral(text.scalars[Int(r.end)]),
               groupLongest.phrase != phrase, groupLongest.length > r.end - r.start {
                continue
            }
            kept.append(CompactHit(phrase: phrase, start: r.start, end: r.end, quoted: false, longest: false))
        }
        raw = []
        // Quotation and leftmost-longest selection.
        let quotation = Quotation(text.scalars)
        var lastEnd: Int32 = 0
        for i in kept.indices {
            kept[i].quoted = quotation.isQuoted(Int(kept[i].start)..<Int(kept[i].end))
            kept[i].longest = kept[i].start >= lastEnd
            if kept[i].longest { lastEnd = kept[i].end }
        }
        return kept
    }

    /// Counts per phrase and family pattern hits for normalized text.
    public func report(for text: NormalizedText) -> PhraseReport {
        let hits = compactMatches(in: text)
        var byPhrase: [Int32: PhraseOccurrences] = [:]
        for h in hits {
            if byPhrase[h.phrase] == nil {
                let p = lexicon.phrases[Int(h.phrase)]
                byPhrase[h.phrase] = PhraseOccurrences(phrase: p.phrase, category: p.category, text: text, contextWidth: options.contextWidth)
            }
            byPhrase[h.phrase]!.append(normalizedRange: Int(h.start)..<Int(h.end), quoted: h.quoted, longest: h.longest)
        }
        let phrases = byPhrase.values.map { PhraseCount(phrase: $0.phrase, category: $0.category, count: $0.count,
                                                        longestCount: $0.longestCount, occurrences: $0) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.phrase < $1.phrase }
        var patterns: [PatternCount] = []
        if options.families {
            // A pattern hit inside a lexicon hit is not reported: compare with the furthest end of a lexicon hit
            // starting at or before the pattern's start (hits sorted by start; memory O(hits), not O(n)).
            let starts = hits.map(\.start)
            var reach = hits.map(\.end)
            for i in reach.indices.dropFirst() { reach[i] = max(reach[i], reach[i - 1]) }
            func furthestEnd(from position: Int) -> Int {
                var lo = 0, hi = starts.count   // first hit starting after `position`
                while lo < hi { let mid = (lo + hi) / 2; if Int(starts[mid]) <= position { lo = mid + 1 } else { hi = mid } }
                return lo == 0 ? 0 : Int(reach[lo - 1])
            }
            var grouped: [[String]: PatternCount] = [:]
            for p in PhraseFamily.all.flatMap({ $0.hits(in: text) }) where furthestEnd(from: p.normalizedRange.lowerBound) < p.normalizedRange.upperBound {
                grouped[[p.family, p.text], default: PatternCount(family: p.family, text: p.text, count: 0, occurrences: [])].count += 1
                grouped[[p.family, p.text]]!.occurrences.append(p)
            }
            patterns = grouped.values.sorted {
                ($0.count != $1.count) ? $0.count > $1.count : ($0.family, $0.text) < ($1.family, $1.text)
            }
            for i in patterns.indices { patterns[i].occurrences.sort { $0.range.lowerBound < $1.range.lowerBound } }
        }
        return PhraseReport(phrases: phrases, patterns: patterns)
    }

    /// `width` normalized scalars either side of `range`, line breaks and tabs shown as spaces.
    static func context(of range: Range<Int>, in scalars: [Unicode.Scalar], width: Int) -> String {
        let lo = max(0, range.lowerBound - max(0, width)), hi = min(scalars.count, range.upperBound + max(0, width))
        var out = String.UnicodeScalarView()
        for s in scalars[lo..<hi] { out.append(Script.isLineBreak(s) || s == "\t" ? " " : s) }
        return String(out)
    }
}

/// The normalized text with quotation marks removed, and the way back.
struct MatchingView {
    var scalars: [Unicode.Scalar] = []
    /// View position → normalized position; empty when the text has no quotation mark (the view is the text itself,
    /// sharing its storage: no copy of a long text).
    var toNormalized: [Int32] = []

    init(_ text: [Unicode.Scalar]) {
        guard text.contains(where: Quotation.isQuotationMark) else {
            scalars = text
            return
        }
        scalars.reserveCapacity(text.count)
        toNormalized.reserveCapacity(text.count)
        for (i, s) in text.enumerated() where !Quotation.isQuotationMark(s) {
            scalars.append(s); toNormalized.append(Int32(i))
        }
    }

    /// The normalized range from the first to the last scalar of a view range (quotation marks inside included).
    func normalizedRange(of range: Range<Int>) -> Range<Int> {
        if toNormalized.isEmpty { return range }
        return Int(toNormalized[range.lowerBound])..<(Int(toNormalized[range.upperBound - 1]) + 1)
    }
}
