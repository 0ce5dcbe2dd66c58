import ZhText

/// Runs `body` on every input in order; errors are reported and do not stop the others.
func forEachInput(_ options: InputOptions, console: Console, decoder: TextDecoder, _ body: (SourceText) throws -> Void) {
    for entry in InputCollector.collect(options.paths) {
        switch entry {
        case let .failure(error): console.fail(error)
        case let .success(item):
            do {
                let source = try InputReader.load(item, decoder: decoder)
                source.warnings.forEach(console.warn)
                try body(source)
            } catch {
                console.fail(error)
            }
        }
    }
}
