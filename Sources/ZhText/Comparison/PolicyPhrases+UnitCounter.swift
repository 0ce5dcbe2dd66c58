/// Policy phrases counted as whole units in comparisons: every occurrence of any of a phrase's forms (nested ones
/// included), keyed by the canonical phrase, whatever the segmenter makes of it.
extension PolicyPhrases: UnitCounter {
    public func counts(in text: NormalizedText) -> [String: Int] {
        var counts: [String: Int] = [:]
        for hit in matches(in: text) { counts[hit.phrase, default: 0] += 1 }
        return counts
    }
}
