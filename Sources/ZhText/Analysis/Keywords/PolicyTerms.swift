/// The keys of the bundled policy formulations (every phrase and variant of `policy/phrases.tsv`, Latin letters in
/// lower case), which keyword extraction favours (``KeywordOptions/policyPhraseWeight``). The segmenter keeps these
/// formulations whole, so a formulation is one token.
enum PolicyTerms {
    /// Loaded on first use and shared afterwards.
    static func bundled() throws -> Set<String> { try bundledResult.get() }

    private static let bundledResult: Result<Set<String>, Error> = Result {
        Set(try PolicyLexicon.bundled().phrases.flatMap(\.forms).map(TermKey.of))
    }
}
