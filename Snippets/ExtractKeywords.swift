// Extract keywords with the default method (phrase keywords), then with TF-IDF and TextRank.
import ZhText

// snippet.hide
let text = """
推进数智乡村建设
各地推进数智乡村建设，数智乡村平台覆盖更多村庄。数智乡村建设带动农村电商发展，农村电商销售额持续增长。
"""
// snippet.show
let keywords = try Keywords.default.extract(from: text, limit: 5)
for k in keywords {
    print(k.term, k.score, k.count, k.range)   // range: first occurrence, scalars into `text`
}
// 乡村建设 2.56… 3 4..<8
// 农村电商 2.08… 2 41..<45   …

print(try Keywords.tfidf.extract(from: text, limit: 5).map(\.term))
print(try Keywords.textRank.extract(from: text, limit: 5).map(\.term))
