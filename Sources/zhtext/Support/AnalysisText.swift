import ZhText

/// The text the analysis commands (keywords, freq, kwic, idf build, phrases) work on: the article of HTML and saved
/// pages (unless `--no-extract`), normalized, with offsets composed back to the original input. Warnings (no article
/// found) go to `console`.
func analysisText(of source: SourceText, extraction: ExtractionOptions, console: Console,
                  normalizer: Normalizer = .default) -> NormalizedText {
    let prepared = TextPreparation.prepare(source, options: PreparationOptions(extract: !extraction.noExtract, normalizer: normalizer))
    prepared.warnings.forEach(console.warn)
    return prepared.normalized
}
