extension Normalizer {
    /// Normalizes a document's body so that offsets lead back to the ORIGINAL input, not to the extracted body.
    ///
    /// `source` must be the input the document was extracted from. The result's `original` is the whole input and
    /// its `map` goes normalized body → input (extraction map composed with the normalization map).
    /// - Complexity: O(n) in the length of the body.
    public func normalize(_ document: Document, of source: SourceText) -> NormalizedText {
        let body = normalize(document.body)
        let map = document.bodyMap
        if map.isIdentity && map.count == map.originalCount && map.count == body.original.count
            && document.body.utf8.elementsEqual(source.text.utf8) {
            // The body is the whole input, scalar for scalar: share its scalars rather than decode the input again.
            return NormalizedText(original: body.original, scalars: body.scalars, map: body.map)
        }
        let original = Array(source.text.unicodeScalars)
        return NormalizedText(original: original, scalars: body.scalars, map: document.bodyMap.composed(after: body.map))
    }
}
