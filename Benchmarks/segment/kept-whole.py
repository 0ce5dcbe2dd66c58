#!/usr/bin/env python3
"""Kept-whole check: how often names and new terms come out of a segmenter as one piece.

Usage (from the package root, after `swift build -c release`):
    python3 Benchmarks/segment/kept-whole.py '.build/release/zhtext segment' [--text FILE --terms FILE]
    python3 Benchmarks/segment/kept-whole.py '.build/release/zhtext segment --adapt'

The command reads the text on stdin and writes one line per input line, words separated by spaces (the SIGHAN
format of `zhtext segment`). For every occurrence of every term in the text, an occurrence is *kept whole* when no
token boundary falls inside it, and *glued* when it is kept whole but the token around it is longer (no boundary at
its start or at its end: 和普京 as one token). Prints the mean over terms of the share of occurrences kept whole
(the issue's measure), the share over all occurrences, the glued count, and the terms kept whole least often.
Overlapping occurrences of different terms (大湾区 inside 粤港澳大湾区) are each checked.
"""
import argparse, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def boundaries(line):
    """Character offsets (in the line without spaces) where a token starts or ends."""
    cuts, p = [0], 0
    for tok in line.split(' '):
        p += len(tok)
        cuts.append(p)
    return cuts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('command')
    ap.add_argument('--text', default=os.path.join(HERE, 'kept-whole', 'text.txt'))
    ap.add_argument('--terms', default=os.path.join(HERE, 'kept-whole', 'terms.txt'))
    ap.add_argument('--show', type=int, default=10, help='terms kept whole least often to list')
    a = ap.parse_args()
    terms = [t.strip() for t in open(a.terms, encoding='utf-8') if t.strip() and not t.startswith('#')]
    if not terms:
        sys.exit(f'{a.terms}: no terms')
    lines = open(a.text, encoding='utf-8').read().split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    with open(a.text, 'rb') as f:
        p = subprocess.run(a.command, shell=True, stdin=f, capture_output=True)
    if p.returncode != 0:
        sys.exit(f'kept-whole: `{a.command}` exited with {p.returncode}: {p.stderr.decode(errors="replace").strip()}')
    out = p.stdout.decode('utf-8').split('\n')
    if out and out[-1] == '':
        out.pop()
    if len(out) != len(lines):
        sys.exit(f'kept-whole: {len(lines)} input lines but {len(out)} output lines')
    seen = {t: 0 for t in terms}
    whole = {t: 0 for t in terms}
    glued = 0
    examples = []
    for n, (src, seg) in enumerate(zip(lines, out), 1):
        plain = src.replace(' ', '')
        if seg.replace(' ', '') != plain:
            sys.exit(f'kept-whole: line {n}: the output does not keep the input characters')
        bounds = boundaries(seg)
        cuts = set(bounds)
        known = set(terms)
        for t in terms:
            i = plain.find(t)
            while i >= 0:
                seen[t] += 1
                j = i + len(t)
                if not any(c in cuts for c in range(i + 1, j)):
                    whole[t] += 1
                    if i not in cuts or j not in cuts:
                        start = max(c for c in bounds if c <= i)
                        end = min(c for c in bounds if c >= j)
                        if plain[start:end] not in known:  # 大湾区 inside 粤港澳大湾区 is no glue
                            glued += 1
                            examples.append(seg)
                i = plain.find(t, i + 1)
    missing = [t for t in terms if seen[t] == 0]
    if missing:
        sys.exit(f'kept-whole: terms not in the text: {" ".join(missing)}')
    shares = {t: whole[t] / seen[t] for t in terms}
    mean = sum(shares.values()) / len(terms)
    total = sum(seen.values())
    print(f'terms {len(terms)}  occurrences {total}  kept whole {sum(whole.values())}  glued {glued}')
    worst = sorted(terms, key=lambda t: (shares[t], t))[:a.show]
    print('least often whole: ' + ', '.join(f'{t} {shares[t]:.2f}' for t in worst if shares[t] < 1))
    for e in examples[:5]:
        print('glued: ' + e)
    print(f'share of occurrences kept whole: {sum(whole.values()) / total:.3f}')
    print(f'kept whole (mean over terms): {mean:.3f}')


if __name__ == '__main__':
    main()
