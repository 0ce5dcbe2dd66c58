#!/usr/bin/env python3
"""Derives Dictionaries/reference/policy-genre.tsv, the policy-genre word reference of keyword extraction: how often
each word occurs in Chinese government work reports (per million word tokens) and in what share of the reports.

Source: the 2026 government work reports of the provincial governments (official documents: not protected by
copyright in China, Copyright Law of the PRC art. 5). Only word statistics are kept, never text: words found in at
least MIN_DOCS reports (so no passage can be rebuilt), their frequency per million tokens (4 significant digits) and
their document share (3 decimals). Counting is zhtext's own (`zhtext freq --all-terms`), so keys match what the
library counts.

Usage (from the package root, after `swift build -c release`):
    python3 Scripts/derive_policy_genre.py ../shared/corpora/provincial-gov-reports-2026 > Dictionaries/reference/policy-genre.tsv
Never run it on ../shared/corpora/gov-reports (held out for measuring).
"""
import json, os, subprocess, sys

MIN_DOCS = 3
folder = sys.argv[1]
if 'provincial' not in os.path.basename(os.path.normpath(folder)):
    sys.exit('derive_policy_genre.py: expected the provincial reports folder (gov-reports is held out)')
root = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
zt = os.path.join(root, '.build', 'release', 'zhtext')
files = sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith('.txt'))
out = subprocess.run([zt, 'freq', '--all-terms', '--format', 'jsonl'] + files, capture_output=True, text=True, check=True).stdout
counts, docs, tokens = {}, {}, 0
for line in out.splitlines():
    row = json.loads(line)
    tokens += row['tokens']
    for t in row['terms']:
        key = t['term'].lower()
        counts[key] = counts.get(key, 0) + t['count']
        docs[key] = docs.get(key, 0) + 1
n = len(files)
print(f'# ZhText policy-genre reference: word frequencies of {n} provincial government work reports (2026), official '
      'documents (PRC Copyright Law art. 5); word statistics only. Derived by Scripts/derive_policy_genre.py.')
print(f'# Words (not bare numbers) in at least {MIN_DOCS} reports; per_million = occurrences per million word tokens ({tokens} tokens); '
      'share = reports containing the word / reports.')
print('# term\tper_million\tshare')
for key in sorted(k for k in counts if docs[k] >= MIN_DOCS and not any(c.isspace() for c in k) and any(c.isalpha() for c in k) and not k[0].isdigit()):
    pm = counts[key] * 1e6 / tokens
    print(f'{key}\t{float(f"{pm:.4g}"):g}\t{docs[key] / n:.3f}')
