import Foundation
import ZhText

/// `analyze --input jsonl --full --format jsonl`: reads JSONL documents line by line (standard input or files),
/// writes one ``AnalysisLine`` per non-blank line, in input order whatever `--jobs`, each batch written before the
/// next is read. A line that gives no document becomes an error record and one line on standard error; the exit
/// status is 0 unless `--strict`.
enum AnalyzeStream {
    static func run(paths: [String], options: StreamOptions, extract: Bool, decoder: TextDecoder, jobs: Int, console: Console) {
        let loader = DocumentLoader(decoder: decoder, extract: extract, dates: DateResolver(given: options.date.flatMap(DateParsing.parse)))
        let analysis = AnalysisRecord.digest(ofFingerprint: DocumentTerms.analysisFingerprint())
        let inputs = paths.isEmpty ? ["-"] : paths
        for path in inputs {
            let descriptor: Int32
            if path == "-" {
                descriptor = 0
            } else {
                var isDir: ObjCBool = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
                    console.fail(ZhTextError.unreadable(file: path, reason: "a directory; --input jsonl reads JSONL files"))
                    continue
                }
                descriptor = open(path, O_RDONLY)
                if descriptor < 0 {
                    console.fail(ZhTextError.unreadable(file: path, reason: String(cString: strerror(errno))))
                    continue
                }
            }
            defer { if descriptor != 0 { close(descriptor) } }
            let step = RowAnalysis(file: path == "-" ? options.name : path, fields: options.rowFields, loader: loader, analysis: analysis)
            var stream = LineStream(descriptor: descriptor, firstLine: path == "-" ? options.firstLine : 1)
            let batch = jobs == 1 ? 1 : 8 * jobs
            while true {
                let pieces: [LineSplitter.Piece]
                do { pieces = try stream.nextBatch(batch, file: step.file) } catch {
                    console.fail(error)
                    break
                }
                if pieces.isEmpty { break }
                OrderedParallel.forEach(pieces, jobs: jobs, transform: { step($0) }) { _, result in
                    if let error = result.error {
                        if options.strict { console.fail(error) } else { console.warn(error.description) }
                    }
                    console.line(result.line.jsonLine)
                }
                console.flush()
            }
        }
    }
}
