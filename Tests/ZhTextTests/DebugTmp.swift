import Testing
import Foundation
@testable import ZhText
import ZhTextHTML

@Test func debugDump() throws {
    guard let path = ProcessInfo.processInfo.environment["ZT_DEBUG"] else { return }
    let source = try InputReader.load(InputItem(file: path, path: path))
    let tree = PageTree(HTMLParser.parse(source.text), dropUnlikely: true)
    var depth = [Int](repeating: 0, count: tree.nodes.count)
    for (i, n) in tree.nodes.enumerated() where i > 0 {
        depth[i] = depth[n.parent] + 1
        if n.isText { continue }
        let s = tree.stats[i]
        if s.length < 20 && !n.removed { continue }
        print(String(repeating: " ", count: min(depth[i], 40)) + "\(i) \(n.tag) id=\(n.attribute("id") ?? "") cl=\(n.attribute("class") ?? "") len=\(s.length) inl=\(s.inlineLength) link=\(s.linkLength) p=\(s.punctuation) rm=\(n.removed) un=\(n.unlikely)")
    }
    print(HTMLArticleExtractor().findContent(tree) as Any)
}
