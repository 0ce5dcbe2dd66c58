import ArgumentParser
import Foundation
import ZhText

struct Segment: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Split Chinese text into words.",
        discussion: """
        Text format: one output line per input line, words separated by single spaces, every non-space character \
        kept exactly as written (the SIGHAN format). tsv, json and jsonl list each token that is not white space \
        with its original text, normalized term, start and end (Unicode scalars into the decoded input, end \
        exclusive), kind and part of speech. User dictionaries: ZhText TSV (term, freq, pos) or jieba's \
        `word [freq] [pos]`; a user word is one token wherever it occurs.
        """
    )

    enum Engine: String, ExpressibleByArgument, CaseIterable { case lexicon, icu }
    enum Mode: String, ExpressibleByArgument, CaseIterable { case `default`, search }
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, tsv, json, jsonl }

    @OptionGroup var input: InputOptions
    @OptionGroup var adaptation: AdaptOptions

    @Option(help: "Segmentation engine: lexicon (default) or icu (ICU's word break).")
    var engine: Engine = .lexicon

    @Option(help: "default, or search (also the words inside long words, for indexing).")
    var mode: Mode = .default

    @Option(name: .customLong("user-dict"), help: ArgumentHelp("A user dictionary (repeatable).", valueName: "file"))
    var userDicts: [String] = []

    @Flag(help: "Write word/pos in text format.")
    var pos = false

    @Option(help: "Output format: text, tsv, json or jsonl.")
    var format: Format = .text

    /// Turns the name model off (for measuring what it adds).
    @Flag(name: .customLong("no-names"), help: .hidden)
    var noNames = false

    /// Name rules to turn off (comma-separated: transliterated, person, suffix, numbered), for measuring.
    @Option(name: .customLong("no-name-rules"), help: .hidden)
    var noNameRules: String = ""

    /// Scalars segmented at once (long lines are cut after a sentence end; the output does not change).
    @Option(name: .customLong("chunk-size"), help: .hidden)
    var chunkSize: Int = 65_536

    func validate() throws {
        if engine == .icu && !userDicts.isEmpty { throw ValidationError("--user-dict needs --engine lexicon") }
        if engine == .icu && mode == .search { throw ValidationError("--mode search needs --engine lexicon") }
        if engine == .icu && adaptation.adapt { throw ValidationError("--adapt needs --engine lexicon") }
        if chunkSize < 1 { throw ValidationError("--chunk-size must be at least 1") }
    }

    func run() throws {
        let decoder = input.prepare()
        let console = Console()
        let normalizer = Normalizer(options: .characterLevel)
        var stdin: SourceText?
        guard let segmenter = makeSegmenter(console, adapt: { lexicon in
            let adapted = adaptation.lexicon(lexicon, input: input, decoder: decoder) { normalizer.normalize($0.text) }
            stdin = adapted.stdin
            return adapted.lexicon
        }) else { try console.finish(); return }
        var json = JSONReport(format: format == .jsonl ? .jsonl : .json)
        if format == .tsv { console.line("file\tstart\tend\ttext\tterm\tkind\tpos") }
        let inputs = InputCollector.collect(input.paths)
        json.expect(inputs: inputs.count)
        forEachInput(inputs, console: console, decoder: decoder, stdin: stdin) { source in
            let text = normalizer.normalize(source.text)
            let format = self.format
            // Search mode's inner words may map differently at a cut inside a line: cut search mode at line breaks only.
            func eachChunk(_ body: (Range<Int>, [TokenSpan]) -> Void) {
                for chunk in TextChunks.ranges(of: text.scalars, size: chunkSize, insideLines: mode != .search) {
                    body(chunk, segmenter.spans(in: text, range: chunk))
                }
            }
            switch format {
            case .json, .jsonl:
                // Written token by token: a 50 MB input has millions of tokens.
                json.add(console: console) { w in
                    w.beginObject()
                    w.field("file", .string(source.file))
                    w.field("engine", .string(engine.rawValue))
                    w.field("mode", .string(mode.rawValue))
                    w.key("tokens"); w.beginArray()
                    eachChunk { _, spans in for token in renderJSON(spans, text) { w.value(token) } }
                    w.end()
                    w.end()
                }
            case .text, .tsv:
                var line = LineState()
                eachChunk { chunk, spans in
                    if format == .text {
                        console.write(bytes: renderText(spans, text, line: &line, lastChunk: chunk.upperBound == text.scalars.count))
                    } else {
                        console.write(bytes: renderTSV(spans, text, file: source.file))
                    }
                }
                if text.scalars.isEmpty && !text.original.isEmpty && format == .text {
                    // Only characters that normalization removes: keep them as written.
                    console.line(String(String.UnicodeScalarView(text.original.filter { !Script.isWhiteSpace($0) })))
                }
            }
        }
        json.finish(console: console)
        try console.finish()
    }

    /// The segmenter the flags ask for; lexicon and user-dictionary errors are reported on `console`. `adapt` turns
    /// the lexicon (with the user words) into the one to segment with.
    func makeSegmenter(_ console: Console, adapt: (Lexicon) -> Lexicon = { $0 }) -> (any Segmenter)? {
        let needsLexicon = engine == .lexicon || pos || format != .text
        var lexicon: Lexicon? = nil
        if needsLexicon {
            do { lexicon = try Lexicon.bundled() } catch {
                console.fail(error)
                if engine == .lexicon { return nil }
            }
        }
        if var lex = lexicon, !userDicts.isEmpty {
            for path in userDicts {
                guard let data = FileManager.default.contents(atPath: path) else {
                    console.fail(ZhTextError.unreadable(file: path, reason: FileProblem.reading(path) ?? "cannot open"))
                    continue
                }
                let result = DictionaryParser.parse(String(decoding: data, as: UTF8.self), source: path)
                result.problems.forEach(console.fail)
                lex.add(result.entries)
            }
            lexicon = lex
        }
        if engine == .lexicon, let lex = lexicon { lexicon = adapt(lex) }
        switch engine {
        case .lexicon:
            var options = LexiconSegmenter.Options(mode: mode == .search ? .search : .default, names: !noNames)
            options.disableNameRules(noNameRules)
            return LexiconSegmenter(lexicon: lexicon!, options: options)
        case .icu:
            return ICUSegmenter(lexicon: lexicon)
        }
    }

    /// Text-format state carried from one chunk to the next inside a line.
    struct LineState {
        var hasWords = false
        var open = false
    }

    /// Original boundaries of spans that tile a chunk (the chunk's own start and end included).
    func bounds(_ spans: [TokenSpan], _ text: NormalizedText, _ chunk: Range<Int>? = nil) -> [Int] {
        var b = Token.originalBoundaries(of: spans, in: text)
        guard let first = spans.first, let last = spans.last else { return b }
        // `originalBoundaries` assumes the spans cover the whole text; fix the two ends for a chunk.
        b[0] = first.range.lowerBound == 0 ? 0 : text.map.originalOffset(of: first.range.lowerBound)
        if last.range.upperBound < text.scalars.count {
            b[spans.count] = max(b[spans.count - 1], text.map.originalOffset(of: last.range.upperBound))
        }
        return b
    }

    func renderText(_ spans: [TokenSpan], _ text: NormalizedText, line: inout LineState, lastChunk: Bool) -> [UInt8] {
        let ranges = originalRanges(spans, text)
        let withPOS = pos  // read the flag once: property-wrapper access is slow in a loop
        // Upper bound of the output: 4 bytes per original scalar of each token (search mode's tokens overlap), a
        // separator and a tag per token, a final newline.
        let capacity = ranges.reduce(0) { $0 + $1.count }
        let maxTag = withPOS ? spans.reduce(0) { max($0, $1.pos.utf8.count) } + 1 : 0
        var lineHasWords = line.hasWords
        var lineOpen = line.open
        defer { line = LineState(hasWords: lineHasWords, open: lineOpen) }
        return [UInt8](unsafeUninitializedCapacity: capacity * 4 + spans.count * (1 + maxTag) + 1) { out, count in
            var n = 0
            text.original.withUnsafeBufferPointer { original in
                for (k, span) in spans.enumerated() {
                    let r = ranges[k]
                    if span.kind == .space {
                        // Characters removed by normalization may ride on a space token: keep them as a word.
                        var first = true
                        for p in r where !Script.isWhiteSpace(original[p]) {
                            if first && lineHasWords { out[n] = 0x20; n += 1 }
                            first = false
                            Self.appendUTF8(original[p], out, &n)
                            lineHasWords = true
                        }
                        lineOpen = true
                        if text.scalars[span.range.lowerBound] == "\n" {
                            out[n] = 0x0A; n += 1
                            lineHasWords = false
                            lineOpen = false
                        }
                        continue
                    }
                    if lineHasWords { out[n] = 0x20; n += 1 }
                    for p in r { Self.appendUTF8(original[p], out, &n) }
                    if withPOS {
                        out[n] = 0x2F; n += 1
                        for b in span.pos.utf8 { out[n] = b; n += 1 }
                    }
                    lineHasWords = true
                    lineOpen = true
                }
                if lastChunk && lineOpen { out[n] = 0x0A; n += 1 }
            }
            count = n
        }
    }

    @inline(__always)
    static func appendUTF8(_ s: Unicode.Scalar, _ out: UnsafeMutableBufferPointer<UInt8>, _ n: inout Int) {
        let v = s.value
        if v < 0x80 { out[n] = UInt8(v); n += 1 }
        else if v < 0x800 { out[n] = UInt8(0xC0 | v >> 6); out[n + 1] = UInt8(0x80 | v & 0x3F); n += 2 }
        else if v < 0x10000 {
            out[n] = UInt8(0xE0 | v >> 12); out[n + 1] = UInt8(0x80 | (v >> 6) & 0x3F); out[n + 2] = UInt8(0x80 | v & 0x3F); n += 3
        } else {
            out[n] = UInt8(0xF0 | v >> 18); out[n + 1] = UInt8(0x80 | (v >> 12) & 0x3F)
            out[n + 2] = UInt8(0x80 | (v >> 6) & 0x3F); out[n + 3] = UInt8(0x80 | v & 0x3F); n += 4
        }
    }

    /// The original range of each span: tiles for the spans that tile the chunk, the mapped range for search mode's
    /// inner words.
    func originalRanges(_ spans: [TokenSpan], _ text: NormalizedText) -> [Range<Int>] {
        var tiles: [TokenSpan] = []
        var covered = spans.first?.range.lowerBound ?? 0
        var isTile: [Bool] = []
        for s in spans {
            let tile = s.range.lowerBound == covered
            isTile.append(tile)
            if tile { tiles.append(s); covered = s.range.upperBound }
        }
        if tiles.count == spans.count {
            let b = bounds(spans, text)
            return spans.indices.map { b[$0]..<b[$0 + 1] }
        }
        let b = bounds(tiles, text)
        var result: [Range<Int>] = []
        result.reserveCapacity(spans.count)
        var t = 0
        for (k, s) in spans.enumerated() {
            if isTile[k] { result.append(b[t]..<b[t + 1]); t += 1 } else { result.append(text.originalRange(of: s.range)) }
        }
        return result
    }

    /// The tokens of a chunk that are not white space, with original ranges (search mode's inner words included).
    func wordTokens(_ spans: [TokenSpan], _ text: NormalizedText) -> [(span: TokenSpan, range: Range<Int>)] {
        zip(spans, originalRanges(spans, text)).filter { $0.0.kind != .space }.map { ($0.0, $0.1) }
    }

    func renderTSV(_ spans: [TokenSpan], _ text: NormalizedText, file: String) -> [UInt8] {
        var out = ""
        for (span, r) in wordTokens(spans, text) {
            let original = String(String.UnicodeScalarView(text.original[r])).map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 }
            out += "\(file)\t\(r.lowerBound)\t\(r.upperBound)\t\(String(original))\t\(text.normalizedText(of: span.range))\t\(span.kind.rawValue)\t\(span.pos)\n"
        }
        return Array(out.utf8)
    }

    func renderJSON(_ spans: [TokenSpan], _ text: NormalizedText) -> [JSON] {
        wordTokens(spans, text).map { span, r in
            JSON.object([("text", .string(String(String.UnicodeScalarView(text.original[r])))),
                         ("term", .string(text.normalizedText(of: span.range))), ("start", .int(r.lowerBound)),
                         ("end", .int(r.upperBound)), ("kind", .string(span.kind.rawValue)), ("pos", .string(span.pos))])
        }
    }
}
