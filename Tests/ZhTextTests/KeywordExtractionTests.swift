import Testing
@testable import ZhText

/// The fallback to streamed TF-IDF for very long texts is decided in the library and reported as the method used.
@Suite struct KeywordExtractionTests {
    static let text = Normalizer.default.normalize("新能源汽车产业加快发展。新能源汽车配套完善，动力电池产能提升。动力电池企业集聚。")

    @Test(arguments: [Keywords.Method.phrase, .textrank, .tfidf])
    func withinTheLimitTheRequestedMethodRuns(method: Keywords.Method) throws {
        let result = try KeywordExtraction.extract(from: Self.text, method: method, limit: 5)
        #expect(result.method == method && !result.streamed)
        #expect(result.keywords == (try method.extractor().extract(from: Self.text, limit: 5)))
    }

    @Test(arguments: [Keywords.Method.phrase, .textrank])
    func beyondTheLimitStreamedTFIDFIsUsedAndReported(method: Keywords.Method) throws {
        // The text has 40 scalars: a limit of 20 makes it "too long" without writing 2M characters.
        let result = try KeywordExtraction.extract(from: Self.text, method: method, limit: 5, wholeTextLimit: 20)
        #expect(result.method == .tfidf && result.streamed)
        #expect(result.keywords == (try StreamingTFIDF().extract(from: Self.text, limit: 5)))
    }
}
