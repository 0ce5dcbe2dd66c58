// Find candidate new terms in a corpus: frequent, cohesive (PMI) and free (neighbour entropy).
import ZhText

// snippet.hide
let texts = (1...40).map { "第\($0)次会议提到数智乡村，\($0 % 2 == 0 ? "各地" : "基层")推广数智乡村经验；" }
// snippet.show
var options = DiscoveryOptions()
options.limit = 10
var discovery = Discovery(options: options, known: try KnownTerms.load(files: []))
let normalized = texts.map { Normalizer.default.normalize($0).scalars }
for scalars in normalized { discovery.count(scalars) }            // pass 1: n-gram counts
for scalars in normalized { discovery.countNeighbours(scalars) }   // pass 2: left/right neighbours
for c in discovery.result().candidates {
    print(c.term, c.count, c.pmi, c.leftEntropy, c.rightEntropy, c.score)
}
