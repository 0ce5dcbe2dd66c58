import ZhText

/// The text the analysis commands (keywords, freq, kwic, idf build) work on: today the whole input, normalized with
/// the default normalizer. This is the seam for article extraction: when extraction exists, it goes here (extract
/// the body of HTML and saved pages, then normalize with the offset map composed back to the original input), and
/// every analysis command follows.
func analysisText(of source: SourceText) -> NormalizedText {
    Normalizer.default.normalize(source.text)
}
