#!/usr/bin/env python3
"""Assembles a benchmark corpus of about SIZE_MB megabytes (default 100) under OUT (default /tmp/zhtext-bench/corpus)
from the measuring material in ../shared (government work reports, provincial reports, CSL abstracts). The texts are
read at run time and written outside the repository: nothing from ../shared is committed.

Files are ~200 KB each: each is a different mix of paragraphs drawn with a fixed seed, so the corpus has realistic
variety and every run builds the same bytes.

Usage: python3 Benchmarks/make-corpus.py [SIZE_MB] [OUT]
"""
import glob, os, random, sys

from bench_material import mixed_document, paragraphs

size_mb = float(sys.argv[1]) if len(sys.argv) > 1 else 100
out = sys.argv[2] if len(sys.argv) > 2 else '/tmp/zhtext-bench/corpus'

pool = paragraphs()
rng = random.Random(20261129)
os.makedirs(out, exist_ok=True)
for old in glob.glob(os.path.join(out, '*.txt')):
    os.remove(old)
target = int(size_mb * 1_000_000)
written, n = 0, 0
while written < target:
    _, data = mixed_document(rng, pool, 200_000)
    with open(os.path.join(out, f'doc{n:05d}.txt'), 'w', encoding='utf-8') as f:
        f.write(data)
    written += len(data.encode('utf-8'))
    n += 1
print(f'{out}: {n} files, {written / 1e6:.1f} MB')
