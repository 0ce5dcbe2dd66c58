// Extract the article from a web page and normalize its body with offsets into the page itself.
import ZhText

// snippet.hide
let html = """
<html><head><title>示例新闻</title><meta name="publishdate" content="2026-03-05"></head>
<body><nav><a href="/">首页</a></nav><h1>示例新闻</h1>
<div class="content"><p>今年是“十五五”开局之年，各地加快发展新质生产力，推动高质量发展。</p>
<p>会议强调，要坚持稳中求进工作总基调，统筹发展和安全。</p></div></body></html>
"""
// snippet.show
let source = SourceText(file: "page.html", text: html)        // or InputReader.load(…) for a file
let result = ArticleExtractor().extract(from: source)
let document = result.document
print(document.kind, document.title ?? "-", document.date ?? "-")

let normalized = Normalizer.default.normalize(document, of: source)
let firstSentence = SentenceSplitter.sentences(in: normalized.scalars)[0]
print(normalized.originalRange(of: firstSentence))            // 158..<191: scalars of page.html
print(normalized.originalText(of: firstSentence))             // 今年是“十五五”开局之年，…
