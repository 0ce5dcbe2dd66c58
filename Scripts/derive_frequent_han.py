#!/usr/bin/env python3
"""Derives Dictionaries/encoding/frequent-han.txt: the 1,500 most frequent Han characters, weighting each character
of each word in jieba 0.42.1's dict.txt (MIT licence) by the word's frequency. The decoder uses the list to judge
which candidate charset turns a byte string into plausible Chinese.

Usage: python3 Scripts/derive_frequent_han.py PATH/TO/jieba/dict.txt > Dictionaries/encoding/frequent-han.txt
(`pip download --no-deps jieba==0.42.1` and unpack it to get dict.txt.)
"""
import collections, sys

counts = collections.Counter()
with open(sys.argv[1], encoding='utf-8') as f:
    for line in f:
        parts = line.split()
        if len(parts) < 2:
            continue
        word, freq = parts[0], int(parts[1])
        for ch in word:
            if '\u4e00' <= ch <= '\u9fff':
                counts[ch] += freq
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:1500]
print('# ZhText frequent Han characters (1,500, most frequent first). Source: derived from jieba 0.42.1 dict.txt (MIT)')
print('# by Scripts/derive_frequent_han.py. Column: character')
for ch, _ in top:
    print(ch)
