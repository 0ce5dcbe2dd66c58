/// A part-of-speech guess for a word of two or more Han characters that the lexicon does not know (found by the HMM):
/// new words are candidates like any other word, so they need a tag that filters understand. `x` stays for
/// symbols and for single characters the lexicon does not know.
///
/// The guess looks at the last characters only: place suffixes (省 市 县 区 州 镇 乡 村) give `ns`; organisation
/// suffixes (公司 集团 银行 大学 学院 医院 协会 中心 研究院 委员会 …) give `nt`; anything else `nz` (another proper
/// noun: unknown words in news and policy text are mostly names of firms, products, programmes and places).
enum UnknownWordPOS {
    static func guess(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> String {
        guard range.count >= 2 else { return "x" }
        let last = s[range.upperBound - 1]
        if placeSuffixes.contains(last) { return "ns" }
        if organisationSuffixes.contains(last) { return "nt" }
        if range.count >= 3 {
            let two = String(String.UnicodeScalarView([s[range.upperBound - 2], last]))
            if organisationEndings.contains(two) { return "nt" }
        }
        return "nz"
    }

    static let placeSuffixes: Set<Unicode.Scalar> = ["省", "市", "县", "区", "州", "镇", "乡", "村"]
    static let organisationSuffixes: Set<Unicode.Scalar> = ["局", "厅", "署", "社", "馆", "所", "院"]
    static let organisationEndings: Set<String> = ["公司", "集团", "银行", "大学", "学院", "医院", "协会", "中心", "学会", "基金", "委员"]
}
