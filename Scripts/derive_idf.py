#!/usr/bin/env python3
"""Derives Dictionaries/idf/zh.tsv, the IDF table of TF-IDF keywords, from jieba 0.42.1's jieba/analyse/idf.txt
(MIT licence; `word idf` per line, space-separated). Rows are re-written tab-separated, sorted by code point, with the
IDF rounded to four decimals; words are kept as they are (all are Han, already normalized).

Usage: python3 Scripts/derive_idf.py PATH/TO/jieba/analyse/idf.txt > Dictionaries/idf/zh.tsv
(`pip download --no-deps jieba==0.42.1` and unpack it to get idf.txt.)
"""
import sys

rows = {}
with open(sys.argv[1], encoding='utf-8') as f:
    for n, line in enumerate(f, 1):
        line = line.strip()
        if not line:
            continue
        parts = line.split(' ')
        if len(parts) != 2:
            sys.exit(f'{sys.argv[1]}:{n}: expected "word idf": {line!r}')
        word, idf = parts[0], float(parts[1])
        rows[word] = min(idf, rows.get(word, idf))
print('# ZhText IDF table for TF-IDF keywords. Source: jieba 0.42.1 jieba/analyse/idf.txt (MIT), by Scripts/derive_idf.py.')
print('# Words missing from the table get the median IDF of the table.')
print('# term\tidf')
for word in sorted(rows):
    print(f'{word}\t{rows[word]:.4f}')
