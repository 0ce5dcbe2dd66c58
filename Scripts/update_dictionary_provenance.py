#!/usr/bin/env python3
"""Refreshes the rows and sha256 columns of the provenance table in Dictionaries/README.md from the files themselves.
Rows are data lines (not empty, not starting with #). Run from the package root after changing any data file:
    python3 Scripts/update_dictionary_provenance.py
"""
import hashlib, re, sys

path = 'Dictionaries/README.md'
text = open(path, encoding='utf-8').read()
row = re.compile(r'^\| `([^`]+)` \| [^|]* \| `[0-9a-f]+…` \|(.*)$', re.M)

def refresh(m):
    name = m.group(1)
    data = open(f'Dictionaries/{name}', 'rb').read()
    rows = sum(1 for line in data.decode('utf-8').split('\n') if line and not line.startswith('#'))
    return f'| `{name}` | {rows} | `{hashlib.sha256(data).hexdigest()[:16]}…` |{m.group(2)}'

new = row.sub(refresh, text)
open(path, 'w', encoding='utf-8').write(new)
print('updated' if new != text else 'unchanged')
