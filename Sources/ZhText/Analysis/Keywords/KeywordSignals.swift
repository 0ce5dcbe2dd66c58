import Foundation

/// The signals that tell what a text is about, beside term frequency and IDF (see ``PhraseKeywords``):
///
/// - **Keyness against a reference** with Kilgarriff's "simple maths" (Kilgarriff 2009): the ratio
///   (f_doc + k) / (f_ref + k) of a word's frequencies per million tokens in the document and in the reference, with
///   the smoothing constant k (``KeywordOptions/simpleMathsConstant``, default 100: k = 100 favours words that are
///   common in the document over hapaxes, which suits keywords of one text). Against the **policy genre**
///   (``ReferenceFrequencies/policyGenre()``) it puts down the words every government text uses (推进, 加强,
///   建设 …: their frequency in the document is about their genre frequency, ratio ≈ 1) and leaves topical words
///   (ratio ≫ 1). Against the **general language** alone (jieba's counts) it favours genre words, which policy prose
///   over-uses compared with general Chinese; it is available (``KeywordOptions/generalReferenceWeight``) but off.
/// - **Spatial distribution** inside the document (Ortuño et al. 2002; Carpena et al. 2009): a topical term clusters
///   where the text discusses it, a genre word is spread evenly. For a term with n ≥ 3 occurrences at token positions
///   among N tokens, σ is the standard deviation of the n distances between successive occurrences (cyclically) over
///   their mean N/n, divided by √(1 − n/N) (the geometric, i.e. random, case gives 1); Carpena's clustering measure
///   C = (σ − ⟨σ⟩) / sd(σ), with ⟨σ⟩ = (2n − 1)/(2n + 2) and sd(σ) = 1 / (√n (1 + 2.8 n^−0.865)), is about 0 for a
///   word placed at random, and grows with clustering.
public enum KeywordSignals {
    /// Kilgarriff's simple-maths keyness: (f_doc + k) / (f_ref + k), frequencies per million tokens.
    @inline(__always)
    public static func simpleMaths(document: Double, reference: Double, k: Double) -> Double {
        (document + k) / (reference + k)
    }

    /// Carpena et al.'s clustering measure C of occurrences at sorted `positions` among `total` positions; 0 when
    /// there are fewer than three occurrences (too few to tell).
    public static func clustering(positions: [Int], total: Int) -> Double {
        let n = positions.count
        guard n >= 3, total > n else { return 0 }
        let mean = Double(total) / Double(n)
        var sum = 0.0
        for i in 0..<n {
            let d = i + 1 < n ? Double(positions[i + 1] - positions[i]) : Double(total - positions[n - 1] + positions[0])
            sum += (d - mean) * (d - mean)
        }
        let p = Double(n) / Double(total)
        let sigma = (sum / Double(n)).squareRoot() / mean / (1 - p).squareRoot()
        let nd = Double(n)
        let expected = (2 * nd - 1) / (2 * nd + 2)
        let sd = 1 / (nd.squareRoot() * (1 + 2.8 * pow(nd, -0.865)))
        return (sigma - expected) / sd
    }
}
