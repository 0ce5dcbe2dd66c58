import ZhText

/// Runs `body` on every input in order; errors are reported and do not stop the others. `stdin`: standard input
/// already read (by `--adapt`), used instead of reading it again.
func forEachInput(_ options: InputOptions, console: Console, decoder: TextDecoder, stdin: SourceText? = nil,
                  _ body: (SourceText) throws -> Void) {
    forEachInput(InputCollector.collect(options.paths), console: console, decoder: decoder, stdin: stdin, body)
}

/// As above, over inputs already collected (``InputCollector/collect(_:)``: when their number matters first).
func forEachInput(_ entries: [Result<InputItem, ZhTextError>], console: Console, decoder: TextDecoder, stdin: SourceText? = nil,
                  _ body: (SourceText) throws -> Void) {
    for entry in entries {
        switch entry {
        case let .failure(error): console.fail(error)
        case let .success(item):
            do {
                let source = try item.path == nil ? stdin ?? InputReader.load(item, decoder: decoder) : InputReader.load(item, decoder: decoder)
                source.warnings.forEach(console.warn)
                try body(source)
            } catch {
                console.fail(error)
            }
        }
    }
}
