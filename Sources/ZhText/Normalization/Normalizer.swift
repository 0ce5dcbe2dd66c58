import ZhTextICU

/// Options for ``Normalizer``. The defaults suit analysis of Chinese text.
public struct NormalizationOptions: Sendable, Equatable {
    /// Fold full-width ASCII letters, digits and symbols to ASCII (ＡＢＣ１２３ → ABC123) and ideographic space to space.
    /// Chinese punctuation `，、。：；！？“”‘’《》（）` is kept unless ``foldPunctuation`` is set.
    public var foldWidth = true
    /// Fold Chinese punctuation to ASCII too (，→, 。→. 、→, “”→" …).
    public var foldPunctuation = false
    /// Remove zero-width characters, soft hyphens, format and control characters.
    public var removeInvisible = true
    /// Map Kangxi radicals, CJK radical look-alikes and compatibility ideographs to unified ideographs (⽅ → 方).
    public var unifyIdeographs = true
    /// Re-join lines broken inside a run of Han characters (`政府工作报\n告` → `政府工作报告`).
    public var rejoinBrokenLines = true
    /// Collapse runs of spaces to one, trim spaces at line ends, remove spaces between two Han characters,
    /// and collapse three or more line breaks to one blank line.
    public var tidySpaces = true
    /// Convert between Traditional and Simplified characters.
    public var conversion: ChineseConversion? = nil
    /// Fold a text written in Traditional characters (or with a Traditional passage) to Simplified, so that 發展 and
    /// 发展 are one term (``ScriptFolding/shouldFold(_:)`` decides per text; a Simplified text is left as it is).
    /// Offsets and token texts still show the original characters. Ignored when ``conversion`` is set; off with
    /// `--keep-script`.
    public var foldScript = true

    /// Options; every argument defaults to the setting for analysis of Chinese text.
    public init(foldWidth: Bool = true, foldPunctuation: Bool = false, removeInvisible: Bool = true,
                unifyIdeographs: Bool = true, rejoinBrokenLines: Bool = true, tidySpaces: Bool = true,
                conversion: ChineseConversion? = nil, foldScript: Bool = true) {
        self.foldWidth = foldWidth
        self.foldPunctuation = foldPunctuation
        self.removeInvisible = removeInvisible
        self.unifyIdeographs = unifyIdeographs
        self.rejoinBrokenLines = rejoinBrokenLines
        self.tidySpaces = tidySpaces
        self.conversion = conversion
        self.foldScript = foldScript
    }

    /// Character-level normalization only: no line re-joining or space tidying (what `segment` uses, since it keeps
    /// the input's lines).
    public static let characterLevel = NormalizationOptions(rejoinBrokenLines: false, tidySpaces: false)
}

/// Normalizes Chinese text and keeps an ``OffsetMap`` back to the original.
///
/// Idempotent: normalizing normalized text changes nothing.
public struct Normalizer: Sendable {
    /// What this normalizer does.
    public let options: NormalizationOptions
    private let converter: ChineseConverter?

    /// A normalizer with default options.
    public static let `default` = Normalizer()

    /// A normalizer with `options` (default: the settings for analysis).
    public init(options: NormalizationOptions = NormalizationOptions()) {
        self.options = options
        self.converter = options.conversion.flatMap { ChineseConverter.shared($0) }
    }

    /// Normalizes `text`.
    /// - Complexity: O(n) in the number of scalars.
    public func normalize(_ text: String) -> NormalizedText {
        normalize(scalars: Array(text.unicodeScalars))
    }

    /// Normalizes an array of scalars.
    public func normalize(scalars original: [Unicode.Scalar]) -> NormalizedText {
        var buffer = MappedScalars(source: original, capacity: original.count)
        characterPass(original, into: &buffer)
        if let converter {
            buffer = converter.convert(buffer)
        } else if options.foldScript && ScriptFolding.shouldFold(original), let folding = ChineseConverter.shared(.toSimplified) {
            buffer = folding.convert(buffer)
        }
        if options.tidySpaces || options.rejoinBrokenLines { buffer = linePass(buffer) }
        return NormalizedText(original: original, scalars: buffer.scalars,
                              map: buffer.map(originalCount: original.count))
    }

    // MARK: - Character pass

    private func characterPass(_ input: [Unicode.Scalar], into out: inout MappedScalars) {
        var i = 0
        let n = input.count
        while i < n {
            let s = input[i]
            let v = s.value
            let at = Int32(i)
            if v < 0x80 {
                if s == "\r" {
                    if i + 1 < n && input[i + 1] == "\n" {
                        out.append("\n", Int32(i), Int32(i + 2)); i += 2; continue
                    }
                    out.append("\n", at, at + 1)
                } else if options.removeInvisible && Script.isControl(s) {
                    // dropped
                } else if s == "\t" && options.tidySpaces {
                    out.append(" ", at, at + 1)
                } else if (s == "\u{0B}" || s == "\u{0C}") {
                    out.append("\n", at, at + 1)
                } else {
                    out.append(s, at, at + 1)
                }
                i += 1
                continue
            }
            if options.removeInvisible && (Script.isInvisible(s) || Script.isControl(s)) { i += 1; continue }
            if v == 0x2028 || v == 0x2029 || v == 0x85 { out.append("\n", at, at + 1); i += 1; continue }
            if options.foldWidth {
                if Script.isInlineSpace(s) { out.append(" ", at, at + 1); i += 1; continue }
                if (0xFF01...0xFF5E).contains(v) && (options.foldPunctuation || !Self.keptFullWidth.contains(v)) {
                    out.append(Unicode.Scalar(v - 0xFEE0)!, at, at + 1); i += 1; continue
                }
                if (0xFF5F...0xFFE6).contains(v), let folded = Self.otherWidthForms[v] { out.append(folded, at, at + 1); i += 1; continue }
            }
            if options.foldPunctuation, let ascii = Self.punctuationFolds[v] {
                out.append(ascii, at, at + 1); i += 1; continue
            }
            if options.unifyIdeographs && ((0x2F00...0x2FDF).contains(v) || (0x2E80...0x2EFF).contains(v) || (0xF900...0xFAFF).contains(v) || (0x2F800...0x2FA1F).contains(v)) {
                let mapped = UnicodeProperties.nfkc(s)
                if mapped.count == 1 { out.append(mapped[0], at, at + 1); i += 1; continue }
            }
            out.append(s, at, at + 1)
            i += 1
        }
    }

    /// Full-width forms that are ordinary Chinese punctuation and stay as they are: ！（），：；？
    static let keptFullWidth: Set<UInt32> = [0xFF01, 0xFF08, 0xFF09, 0xFF0C, 0xFF1A, 0xFF1B, 0xFF1F]

    /// Half-width/full-width forms outside FF01–FF5E.
    static let otherWidthForms: [UInt32: Unicode.Scalar] = [
        0xFFE0: "\u{A2}", 0xFFE1: "\u{A3}", 0xFFE2: "\u{AC}", 0xFFE3: "\u{AF}", 0xFFE4: "\u{A6}", 0xFFE5: "\u{A5}", 0xFFE6: "\u{20A9}",
        0xFF5F: "\u{2985}", 0xFF60: "\u{2986}",
    ]

    /// Chinese punctuation → ASCII, with ``NormalizationOptions/foldPunctuation``.
    static let punctuationFolds: [UInt32: Unicode.Scalar] = [
        0x3001: ",", 0x3002: ".", 0x201C: "\"", 0x201D: "\"", 0x2018: "'", 0x2019: "'", 0x300A: "<", 0x300B: ">",
        0x3008: "<", 0x3009: ">", 0x300C: "\"", 0x300D: "\"", 0x300E: "\"", 0x300F: "\"", 0x3010: "[", 0x3011: "]",
        0x3014: "(", 0x3015: ")", 0x2014: "-", 0x2026: ".", 0xFF5E: "~", 0x00B7: ".", 0x30FB: ".",
    ]

    // MARK: - Line pass

    private func linePass(_ input: MappedScalars) -> MappedScalars {
        let s = input.scalars
        let n = s.count
        var out = MappedScalars(source: s, capacity: n)
        var i = 0
        // Scalar index of the last non-space scalar written, for the rejoin and Han-space rules.
        while i < n {
            let c = s[i]
            if c == "\n" {
                // Gather the whole run of line breaks and the spaces around them.
                var j = i
                var breaks = 0
                while j < n && (s[j] == "\n" || (options.tidySpaces && s[j] == " ")) {
                    if s[j] == "\n" { breaks += 1 }
                    j += 1
                }
                if options.tidySpaces { out.trimTrailingSpaces() }
                let prev = out.lastScalar
                let next: Unicode.Scalar? = j < n ? s[j] : nil
                if options.rejoinBrokenLines && breaks == 1, let p = prev, let q = next, Self.joinsAcrossLine(p, q) {
                    i = j
                    continue
                }
                let keep = options.tidySpaces ? min(breaks, 2) : breaks
                var written = 0
                var k = i
                while k < j && written < keep {
                    if s[k] == "\n" { out.append("\n", input.start(k), input.end(k)); written += 1 }
                    k += 1
                }
                if !options.tidySpaces {
                    // Keep the spaces as they were.
                    for m in i..<j where s[m] == " " { out.append(" ", input.start(m), input.end(m)) }
                }
                i = j
                continue
            }
            if c == " " && options.tidySpaces {
                var j = i
                while j < n && s[j] == " " { j += 1 }
                let prev = out.lastScalar
                let next: Unicode.Scalar? = j < n ? s[j] : nil
                if prev == nil || prev == "\n" || next == nil || next == "\n" {
                    // Leading or trailing spaces of a line are dropped.
                } else if let p = prev, let q = next, Script.isHan(p) && Script.isHan(q) {
                    // Spaces between two Han characters are dropped.
                } else {
                    out.append(" ", input.start(i), input.end(i))
                }
                i = j
                continue
            }
            out.append(c, input.start(i), input.end(i))
            i += 1
        }
        if options.tidySpaces { out.trimTrailingSpaces() }
        return out
    }

    /// A single line break between `before` and `after` is a wrap, not a real break, when it splits a run of Han
    /// characters: Han (or a non-final mark such as `，、“《（`) before, Han (or a mark that cannot start a line) after.
    static func joinsAcrossLine(_ before: Unicode.Scalar, _ after: Unicode.Scalar) -> Bool {
        let beforeOK = Script.isHan(before) || nonFinalMarks.contains(before.value)
        let afterOK = Script.isHan(after) || noLineStartMarks.contains(after.value)
        return beforeOK && afterOK && (Script.isHan(before) || Script.isHan(after))
    }

    static let nonFinalMarks: Set<UInt32> = [0xFF0C, 0x3001, 0x201C, 0x2018, 0x300A, 0xFF08, 0x300C, 0x300E, 0x3010]
    static let noLineStartMarks: Set<UInt32> = [0xFF0C, 0x3001, 0x3002, 0xFF1B, 0xFF1A, 0xFF01, 0xFF1F, 0x201D, 0x2019, 0x300B, 0xFF09, 0x300D, 0x300F, 0x3011]
}

/// Scalars with the original range each came from.
///
/// Built by appending; while what is appended equals the `source` scalars one for one and each scalar maps to its own
/// position (text that normalization leaves alone), neither the scalars nor the map are stored: the result shares
/// `source` and has an identity ``OffsetMap``. The first difference copies the prefix and continues explicitly.
struct MappedScalars {
    /// What the scalars are expected to be while ``sharesSource``.
    private let source: [Unicode.Scalar]
    /// Whether the scalars are `source[0..<count]` (and `stored` is empty).
    private var sharesSource = true
    private var stored: [Unicode.Scalar] = []
    /// Whether entry `i` maps to `i..<i+1` (and `starts`/`ends` are empty).
    private var identityMap = true
    private var starts: [Int32] = []
    private var ends: [Int32] = []
    private let capacity: Int
    /// Number of scalars.
    private(set) var count = 0

    /// An empty buffer expecting `source` (pass the scalars the result will probably equal).
    init(source: [Unicode.Scalar] = [], capacity: Int) {
        self.source = source
        self.capacity = capacity
    }

    /// The scalars (shares `source` when they are all of it).
    var scalars: [Unicode.Scalar] {
        get {
            guard sharesSource else { return stored }
            return count == source.count ? source : Array(source[0..<count])
        }
        set {
            precondition(newValue.count == count)
            stored = newValue
            sharesSource = false
        }
    }

    /// Replaces scalar `i` in place (the map is unchanged).
    mutating func replaceScalar(at i: Int, with s: Unicode.Scalar) {
        if sharesSource {
            if source[i] == s { return }
            stored = Array(source[0..<count])
            sharesSource = false
        }
        stored[i] = s
    }

    @inline(__always)
    func scalar(_ i: Int) -> Unicode.Scalar { sharesSource ? source[i] : stored[i] }
    @inline(__always)
    func start(_ i: Int) -> Int32 { identityMap ? Int32(i) : starts[i] }
    @inline(__always)
    func end(_ i: Int) -> Int32 { identityMap ? Int32(i + 1) : ends[i] }

    @inline(__always)
    mutating func append(_ s: Unicode.Scalar, _ start: Int32, _ end: Int32) {
        if sharesSource {
            if count >= source.count || source[count] != s {
                stored.reserveCapacity(max(capacity, count + 1))
                stored.append(contentsOf: source[0..<count])
                sharesSource = false
                stored.append(s)
            }
        } else {
            stored.append(s)
        }
        if identityMap {
            if start != Int32(count) || end != Int32(count) + 1 {
                starts.reserveCapacity(max(capacity, count + 1)); ends.reserveCapacity(max(capacity, count + 1))
                for k in 0..<count { starts.append(Int32(k)); ends.append(Int32(k) + 1) }
                identityMap = false
                starts.append(start); ends.append(end)
            }
        } else {
            starts.append(start); ends.append(end)
        }
        count += 1
    }

    var lastScalar: Unicode.Scalar? { count == 0 ? nil : scalar(count - 1) }

    mutating func trimTrailingSpaces() {
        while lastScalar == " " {
            count -= 1
            if !sharesSource { stored.removeLast() }
            if !identityMap { starts.removeLast(); ends.removeLast() }
        }
    }

    /// The map to an original text of `originalCount` scalars.
    func map(originalCount: Int) -> OffsetMap {
        identityMap ? OffsetMap(identityCount: count, originalCount: originalCount)
                    : OffsetMap(starts: starts, ends: ends, originalCount: originalCount)
    }
}
