#!/usr/bin/env python3
"""Derives ZhText's general lexicon and HMM parameters from jieba 0.42.1 (MIT licence).

Usage:
    pip download --no-deps jieba==0.42.1 && tar xzf jieba-0.42.1.tar.gz
    python3 Scripts/derive_jieba_lexicon.py jieba-0.42.1/jieba [Dictionaries]

Writes
    Dictionaries/lexicon/words.tsv   term, freq, POS (from dict.txt)
    Dictionaries/hmm/start.tsv       state, log probability (from finalseg/prob_start.py)
    Dictionaries/hmm/trans.tsv       from, to, log probability (from finalseg/prob_trans.py)
    Dictionaries/hmm/emit.tsv        character, log P(char | B), M, E, S; `-` when absent (from finalseg/prob_emit.py)

Terms are normalized as ZhText's Normalizer does by default (full-width ASCII folded except the Chinese
punctuation ！（），：；？, ideographic space folded, invisible characters removed, Kangxi radicals and compatibility
ideographs unified). Terms that contain white space after that are dropped. Terms that become equal are merged:
frequencies summed, the POS of the more frequent entry kept (ties: the POS first in code-point order). Rows are
sorted by term in code-point order. Output is deterministic: the same input gives the same bytes.
"""
import ast, os, sys, unicodedata

KEPT_FULL_WIDTH = {0xFF01, 0xFF08, 0xFF09, 0xFF0C, 0xFF1A, 0xFF1B, 0xFF1F}
OTHER_WIDTH = {0xFFE0: 0xA2, 0xFFE1: 0xA3, 0xFFE2: 0xAC, 0xFFE3: 0xAF, 0xFFE4: 0xA6, 0xFFE5: 0xA5, 0xFFE6: 0x20A9,
               0xFF5F: 0x2985, 0xFF60: 0x2986}


def invisible(v):
    return (0x200B <= v <= 0x200F or 0x2060 <= v <= 0x2064 or v in (0xFEFF, 0x00AD, 0x180E, 0x034F)
            or 0x202A <= v <= 0x202E or 0x2066 <= v <= 0x2069 or v < 0x20 or v == 0x7F or 0x80 <= v <= 0x9F)


def inline_space(v):
    return v in (0x20, 0x09, 0x3000, 0xA0, 0x202F, 0x205F) or 0x2000 <= v <= 0x200A


def normalize(term):
    out = []
    for ch in term:
        v = ord(ch)
        if invisible(v):
            continue
        if inline_space(v):
            out.append(' ')
        elif 0xFF01 <= v <= 0xFF5E and v not in KEPT_FULL_WIDTH:
            out.append(chr(v - 0xFEE0))
        elif v in OTHER_WIDTH:
            out.append(chr(OTHER_WIDTH[v]))
        elif 0x2F00 <= v <= 0x2FDF or 0x2E80 <= v <= 0x2EFF or 0xF900 <= v <= 0xFAFF or 0x2F800 <= v <= 0x2FA1F:
            m = unicodedata.normalize('NFKC', ch)
            out.append(m if len(m) == 1 else ch)
        else:
            out.append(ch)
    return ''.join(out)


def load_dict(path):
    merged = {}  # term -> (freq, {pos: freq})
    dropped = 0
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            parts = line.rstrip('\n').split(' ')
            if len(parts) != 3 or not parts[1].isdigit():
                sys.exit(f'{path}:{n}: expected "word freq pos": {line!r}')
            term = normalize(parts[0])
            if not term or any(c.isspace() for c in term):
                dropped += 1
                continue
            freq, pos = int(parts[1]), parts[2]
            total, tags = merged.get(term, (0, {}))
            tags[pos] = tags.get(pos, 0) + freq
            merged[term] = (total + freq, tags)
    return merged, dropped


def best_pos(tags):
    return sorted(tags.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def literal(path):
    with open(path, encoding='utf-8') as f:
        src = f.read()
    return ast.literal_eval(src[src.index('P=') + 2:].strip())


def fmt(x):
    return repr(float(x))


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    src = sys.argv[1]
    dst = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), '..', 'Dictionaries')
    header = '# {what} Source: jieba 0.42.1 {file} (https://github.com/fxsjy/jieba, PyPI jieba==0.42.1). ' \
             'Licence: MIT. Derived by Scripts/derive_jieba_lexicon.py; do not edit by hand.\n'

    merged, dropped = load_dict(os.path.join(src, 'dict.txt'))
    os.makedirs(os.path.join(dst, 'lexicon'), exist_ok=True)
    with open(os.path.join(dst, 'lexicon', 'words.tsv'), 'w', encoding='utf-8', newline='\n') as out:
        out.write(header.format(what='ZhText general lexicon.', file='dict.txt'))
        out.write('# term\tfreq\tpos\n')
        for term in sorted(merged):
            total, tags = merged[term]
            out.write(f'{term}\t{total}\t{best_pos(tags)}\n')
    print(f'lexicon/words.tsv: {len(merged)} rows ({dropped} dropped: white space)', file=sys.stderr)

    os.makedirs(os.path.join(dst, 'hmm'), exist_ok=True)
    fin = os.path.join(src, 'finalseg')
    start = literal(os.path.join(fin, 'prob_start.py'))
    with open(os.path.join(dst, 'hmm', 'start.tsv'), 'w', encoding='utf-8', newline='\n') as out:
        out.write(header.format(what='ZhText HMM start log probabilities (states B, M, E, S).', file='finalseg/prob_start.py'))
        out.write('# state\tlogprob\n')
        for s in sorted(start):
            out.write(f'{s}\t{fmt(start[s])}\n')
    trans = literal(os.path.join(fin, 'prob_trans.py'))
    with open(os.path.join(dst, 'hmm', 'trans.tsv'), 'w', encoding='utf-8', newline='\n') as out:
        out.write(header.format(what='ZhText HMM transition log probabilities.', file='finalseg/prob_trans.py'))
        out.write('# from\tto\tlogprob\n')
        for a in sorted(trans):
            for b in sorted(trans[a]):
                out.write(f'{a}\t{b}\t{fmt(trans[a][b])}\n')
    emit = literal(os.path.join(fin, 'prob_emit.py'))
    chars = {}
    for state, table in emit.items():
        for ch, lp in table.items():
            c = normalize(ch)
            if len(c) != 1 or c.isspace():
                continue
            row = chars.setdefault(c, {})
            row[state] = max(lp, row.get(state, -1e300))
    with open(os.path.join(dst, 'hmm', 'emit.tsv'), 'w', encoding='utf-8', newline='\n') as out:
        out.write(header.format(what='ZhText HMM emission log probabilities.', file='finalseg/prob_emit.py'))
        out.write('# char\tB\tM\tE\tS\n')
        for c in sorted(chars):
            row = chars[c]
            out.write(c + '\t' + '\t'.join(fmt(row[s]) if s in row else '-' for s in 'BMES') + '\n')
    print(f'hmm/emit.tsv: {len(chars)} rows', file=sys.stderr)


if __name__ == '__main__':
    main()
