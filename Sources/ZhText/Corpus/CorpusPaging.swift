/// Paging of a list of documents: the one rule of `corpus list --offset --limit` and the server's `/api/documents`.
public enum CorpusPaging {
    /// The elements of `items` from `offset` (clamped to the list), at most `limit` of them (all when nil).
    public static func page<T>(_ items: [T], offset: Int, limit: Int?) -> [T] {
        let start = min(max(0, offset), items.count)
        let end = limit.map { start + min(max(0, $0), items.count - start) } ?? items.count
        return Array(items[start..<end])
    }
}
