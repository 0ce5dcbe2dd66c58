#!/usr/bin/env python3
"""jieba's side of the stage benchmarks: reads every .txt file of a folder, then times (in one process, input in
memory, loading excluded and reported separately) segmentation alone, extract_tags alone, and segmentation +
extract_tags per file (what `zhtext analyze` is compared with). Prints one JSON line.

Usage: PEER_PYTHON Benchmarks/jieba_peer.py DIR [jieba|rjieba]
"""
import glob, json, os, sys, time

folder = sys.argv[1]
peer = sys.argv[2] if len(sys.argv) > 2 else 'jieba'
texts = [open(p, encoding='utf-8').read() for p in sorted(glob.glob(os.path.join(folder, '*.txt')))]
size = sum(len(t.encode('utf-8')) for t in texts)

t0 = time.perf_counter()
if peer == 'jieba':
    import jieba, jieba.analyse
    jieba.setLogLevel(60)
    jieba.initialize()
    cut = jieba.lcut
    tags = lambda t: jieba.analyse.extract_tags(t, topK=10)
    tags('我们在北京大学研究中文分词。')
else:
    import rjieba
    cut = rjieba.cut
    tags = None
cut('我们在北京大学研究中文分词。')
load = time.perf_counter() - t0

t0 = time.perf_counter()
for t in texts:
    cut(t)
seg = time.perf_counter() - t0
result = {'peer': peer, 'files': len(texts), 'bytes': size, 'load_s': round(load, 3), 'segment_s': round(seg, 3)}
if tags:
    t0 = time.perf_counter()
    for t in texts:
        tags(t)
    result['extract_tags_s'] = round(time.perf_counter() - t0, 3)
print(json.dumps(result))
