#!/usr/bin/env python3
"""First and last year each policy phrase (提法) occurs in a folder of dated texts.

Usage:
  policy_first_seen.py LEXICON CORPUS_DIR [--phrase P ...] [--tsv] [--check]

LEXICON is Dictionaries/policy/phrases.tsv; CORPUS_DIR holds files named YYYY.txt
(e.g. the government work reports, 1954-2025). For every canonical phrase and each of
its variants the script prints the first year, the last year, the total count and the
per-year counts; the line marked `*` is the union of the phrase and all its variants.

Before matching, each text is normalised the way detection does it:
  - zero-width characters (U+200B-U+200D, U+2060, U+FEFF, U+00AD) are removed;
  - full-width digits, letters and the full-width plus sign are folded to ASCII;
  - quotation marks are removed (“十四五”规划 matches 十四五规划);
  - a line break (with surrounding blanks) between two Han characters is removed,
    because the sources break lines around former hyperlinks.
A form that starts (ends) with a Chinese numeral does not match when the preceding
(following) character is also a numeral, so 十四五 is not found in 三十四五岁.

--check compares the union's first year with the first_seen column and lists the rows
where they differ (an earlier corpus hit may be a different sense; see PROVENANCE.md).
Standard library only.
"""

import argparse
import os
import re
import sys
from collections import Counter

ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
QUOTES = dict.fromkeys(map(ord, "“”‘’「」『』\"'＂＇"), None)
FULL_WIDTH = {c: c - 0xFEE0 for c in list(range(0xFF10, 0xFF1A)) + list(range(0xFF21, 0xFF3B))
              + list(range(0xFF41, 0xFF5B)) + [0xFF0B]}
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
BROKEN_LINE = re.compile(r"(?<=[%s])[ \t\u3000]*\r?\n[ \t\u3000]*(?=[%s])" % (HAN, HAN))
NUMERALS = set("〇零一二三四五六七八九十百千万亿两")
YEAR_FILE = re.compile(r"^(\d{4})\.txt$")


def normalise(text):
    text = text.translate(ZERO_WIDTH).translate(FULL_WIDTH).translate(QUOTES)
    return BROKEN_LINE.sub("", text)


def read_lexicon(path):
    rows = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) != 6:
                continue  # lint_policy_lexicon.py reports malformed rows
            phrase, _category, variants, _related, first_seen, source = fields
            forms = [phrase] + ([] if variants == "-" else variants.split("|"))
            rows.append((phrase, forms, first_seen, source))
    return rows


def read_corpus(folder):
    texts = {}
    for name in sorted(os.listdir(folder)):
        match = YEAR_FILE.match(name)
        if match:
            with open(os.path.join(folder, name), encoding="utf-8") as handle:
                texts[int(match.group(1))] = normalise(handle.read())
    return texts


def count(text, form):
    if not form:
        return 0
    check_before = form[0] in NUMERALS
    check_after = form[-1] in NUMERALS
    if not (check_before or check_after):
        return text.count(form)
    hits, start = 0, 0
    while True:
        index = text.find(form, start)
        if index < 0:
            return hits
        end = index + len(form)
        before_ok = not check_before or index == 0 or text[index - 1] not in NUMERALS
        after_ok = not check_after or end == len(text) or text[end] not in NUMERALS
        if before_ok and after_ok:
            hits += 1
            start = end
        else:
            start = index + 1


def describe(counts):
    years = sorted(y for y, n in counts.items() if n)
    if not years:
        return "-", "-", 0, ""
    return (str(years[0]), str(years[-1]), sum(counts.values()),
            " ".join("%d:%d" % (y, counts[y]) for y in years))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("lexicon")
    parser.add_argument("corpus")
    parser.add_argument("--phrase", action="append", help="only these canonical phrases")
    parser.add_argument("--tsv", action="store_true", help="tab-separated output")
    parser.add_argument("--check", action="store_true",
                        help="list rows whose first_seen differs from the corpus")
    args = parser.parse_args(argv)

    rows = read_lexicon(args.lexicon)
    if args.phrase:
        wanted = set(args.phrase)
        rows = [row for row in rows if row[0] in wanted]
    texts = read_corpus(args.corpus)
    if not texts:
        sys.exit("%s: no YYYY.txt files" % args.corpus)

    if args.tsv:
        print("phrase\tform\tfirst\tlast\ttotal\tper_year")
    mismatches = []
    for phrase, forms, first_seen, source in rows:
        union = Counter()
        lines = []
        for form in forms:
            counts = Counter({y: count(t, form) for y, t in texts.items()})
            union.update(counts)
            lines.append((form, describe(counts)))
        lines.insert(0, ("*", describe(union)))
        for form, (first, last, total, per_year) in lines:
            if args.tsv:
                print("\t".join([phrase, form, first, last, str(total), per_year]))
            elif form == "*":
                print("%s\tfirst=%s last=%s total=%d  %s" % (phrase, first, last, total, per_year))
            else:
                print("  %s\tfirst=%s last=%s total=%d  %s" % (form, first, last, total, per_year))
        corpus_first = lines[0][1][0]
        if args.check and corpus_first != first_seen and (
                corpus_first != "-" or source.startswith("政府工作报告")):
            mismatches.append((phrase, first_seen, corpus_first, source))

    if args.check:
        print("\n# rows whose first_seen differs from the corpus (%d)" % len(mismatches))
        for phrase, first_seen, corpus_first, source in mismatches:
            print("%s\tfirst_seen=%s\tcorpus=%s\t%s" % (phrase, first_seen, corpus_first, source))
    return 0


if __name__ == "__main__":
    sys.exit(main())
