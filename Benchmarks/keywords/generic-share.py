#!/usr/bin/env python3
"""Share of generic policy-prose words among the top-10 keywords of single documents.

Usage (from the package root, after `swift build -c release`):
    python3 Benchmarks/keywords/generic-share.py DIR [FIRST_YEAR LAST_YEAR] [-- extra zhtext keywords flags]
Reads DIR/<year>.txt for the years given (default 2000–2025), runs `zhtext keywords --top 10 --format jsonl FILE` on
each file alone (a document's keywords do not depend on the others), and counts the keywords that are in
generic-policy-words.txt (our own judgement list, see its header). Prints per-year keywords and the overall share.
"""
import json, os, subprocess, sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.normpath(os.path.join(here, '..', '..'))
args = sys.argv[1:]
extra = []
if '--' in args:
    extra = args[args.index('--') + 1:]
    args = args[:args.index('--')]
folder = args[0]
first, last = (int(args[1]), int(args[2])) if len(args) >= 3 else (2000, 2025)
generic = {l.strip() for l in open(os.path.join(here, 'generic-policy-words.txt'), encoding='utf-8')
           if l.strip() and not l.startswith('#')}
zt = os.path.join(root, '.build', 'release', 'zhtext')
hits = total = 0
for year in range(first, last + 1):
    path = os.path.join(folder, f'{year}.txt')
    if not os.path.exists(path):
        continue
    out = subprocess.run([zt, 'keywords', '--top', '10', '--format', 'jsonl'] + extra + [path],
                         capture_output=True, text=True, check=True).stdout
    terms = [k['term'] for k in json.loads(out.splitlines()[0])['keywords']]
    g = [t for t in terms if t in generic]
    hits += len(g)
    total += len(terms)
    print(year, ' '.join(('*' + t) if t in generic else t for t in terms))
print(f'generic share of top-10 keywords: {hits}/{total} = {hits / max(total, 1):.3f}')
