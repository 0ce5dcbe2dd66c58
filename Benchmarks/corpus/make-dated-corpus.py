#!/usr/bin/env python3
"""Builds the dated benchmark corpus for the corpus store: DOCS files (default 1,700) of about 24 KB each, named
YYYY-MM-DD_nnnn.txt (one per day from 2021-01-01), each a different mix of paragraphs of the measuring material in
../shared, drawn with a fixed seed. Also writes OUT.jsonl (one JSON document per line: id, date, source, title, text).
The texts are read at run time and written outside the repository (default /tmp/zhtext-bench/dated): nothing from
../shared is committed.

Usage: python3 Benchmarks/corpus/make-dated-corpus.py [DOCS] [OUT]
"""
import datetime, glob, json, os, random, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from bench_material import mixed_document, paragraphs

docs = int(sys.argv[1]) if len(sys.argv) > 1 else 1700
out = sys.argv[2] if len(sys.argv) > 2 else '/tmp/zhtext-bench/dated'

pool = paragraphs()
rng = random.Random(20261206)
os.makedirs(out, exist_ok=True)
for old in glob.glob(os.path.join(out, '*.txt')):
    os.remove(old)
start = datetime.date(2021, 1, 1)
sources = ['人民日报', '新华社', '光明日报']
written = 0
with open(out + '.jsonl', 'w', encoding='utf-8') as jl:
    for n in range(docs):
        chunk, data = mixed_document(rng, pool, 24_000)
        day = start + datetime.timedelta(days=n)
        with open(os.path.join(out, f'{day.isoformat()}_{n:04d}.txt'), 'w', encoding='utf-8') as f:
            f.write(data)
        jl.write(json.dumps({'id': f'd{n}', 'date': day.isoformat(), 'source': sources[n % 3],
                             'title': chunk[0][:20], 'text': data}, ensure_ascii=False) + '\n')
        written += len(data.encode('utf-8'))
print(f'{out}: {docs} files, {written / 1e6:.1f} MB')
