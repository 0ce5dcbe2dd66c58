#!/usr/bin/env python3
"""Derives Dictionaries/normalization/traditional-han.txt: the ideographs of U+3400-U+9FFF that ICU's
Traditional-Simplified transliteration changes (發 -> 发). ScriptFolding reads the list instead of asking ICU at start-up
(building the transliterator and converting 27,648 characters took ~20 ms of every command that normalizes text).
A test (ScriptFoldingTableTests) checks that the list still equals what the linked ICU does.

Usage: python3 Scripts/derive_traditional_han.py > Dictionaries/normalization/traditional-han.txt
Needs ICU's `uconv` (Debian: icu-devtools), the same ICU the package links (72.1 on Debian 12).
"""
import subprocess, sys

first, last = 0x3400, 0x9FFF
source = ''.join(chr(c) for c in range(first, last + 1))
out = subprocess.run(['uconv', '-f', 'utf-8', '-t', 'utf-8', '-x', 'Traditional-Simplified'],
                     input=source.encode('utf-8'), capture_output=True, check=True).stdout.decode('utf-8')
if len(out) != len(source):
    sys.exit('the transliteration is not one character for one; decide character by character')
version = subprocess.run(['uconv', '--version'], capture_output=True, text=True).stdout.split('ICU')[-1].strip()
changed = [s for s, t in zip(source, out) if s != t]
print(f'# ZhText Traditional Han characters: the {len(changed)} ideographs of U+3400-U+9FFF that ICU\'s Traditional-Simplified')
print(f'# transliteration changes. Source: ICU {version} data, Copyright © 1991-2022 Unicode, Inc.; ICU licence (MIT), see NOTICE.')
print('# Derived by Scripts/derive_traditional_han.py. Column: character')
for ch in changed:
    print(ch)
