import ArgumentParser
import ZhText
import ZhTextStore

extension StoreOptions {
    /// The documents of `--corpus` (those satisfying `--where`) or else of `paths`, one at a time as
    /// ``DatedDocument``s, so that a command runs the same library query over either. Store texts are read 64 at a
    /// time; a store document's `file` is its record's `file` (the contract's name, as when it was added), its date
    /// and label those of the record. Undated documents are dealt with as `--undated` says, as for paths.
    func eachDocument(_ paths: [String], input: InputOptions, corpus: CorpusOptions, console: Console,
                      requireDates: Bool = true, _ body: (DatedDocument) -> Void) throws {
        guard self.corpus != nil else {
            try DatedInputs.each(paths, input: input, corpus: corpus, console: console, requireDates: requireDates, body)
            return
        }
        guard let store = open(console: console) else { return }
        var entries: [CorpusEntry]
        do { entries = try store.entries(matching: filter) } catch { console.fail(error); return }
        var undated: [String] = []
        if requireDates {
            entries = entries.filter { e in
                let usable = e.record.date != nil || (corpus.by == .label && e.record.label != nil)
                if !usable { undated.append("\(e.record.file) (no date)") }
                return usable
            }
        }
        do {
            try store.forEachText(of: entries) { e, text in
                guard let text else { return }
                let r = e.record
                body(DatedDocument(file: r.file, title: r.title, date: r.date, dateSource: r.dateSource, label: r.label, text: text))
            }
        } catch {
            console.fail(error)
            return
        }
        if !undated.isEmpty {
            let message = "\(undated.count) document\(undated.count == 1 ? "" : "s") without a date: " + undated.joined(separator: "; ")
            switch corpus.undated {
            case .error:
                console.fail(ZhTextError.invalidArgument(message + " (date them in the store, or pass --undated skip)"))
            case .skip:
                console.warn(message + " (skipped)")
            }
        }
    }
}
