#!/usr/bin/env python3
"""Check Dictionaries/policy/phrases.tsv against the lexicon rules.

Usage: lint_policy_lexicon.py [PATH]   (default: Dictionaries/policy/phrases.tsv)

Prints one `file:line: reason` message per problem and exits 1 if there is any.
Rules (see Dictionaries/policy/PROVENANCE.md):
  - UTF-8, LF line endings, no BOM; the two header lines come first and start with `#`;
  - every data row has exactly 6 tab-separated fields, none empty, no leading/trailing blanks;
  - rows are sorted by phrase in Unicode code-point order and phrases are unique;
  - category is one of CATEGORIES;
  - phrase and variants contain no whitespace, no quotation marks, no zero-width characters,
    no full-width ASCII letters/digits, and only Han characters, ASCII letters/digits and the
    symbols in EXTRA_CHARS;
  - a variant is not a canonical phrase, not repeated, and belongs to one row only;
  - every related entry is the canonical phrase of another row;
  - first_seen is `-` or a year 1921-2026; source is a non-empty citation.
Standard library only.
"""

import re
import sys

HEADER = ("# ZhText policy phrases (提法). Source: compiled by the ZhText team; "
          "facts cited per row. Licence: CC0-1.0.")
COLUMNS = "# phrase\tcategory\tvariants\trelated\tfirst_seen\tsource"
CATEGORIES = {
    "five-year-plan", "numbered-formulation", "development-concept", "party-building",
    "discipline", "ideology", "national-security-defence", "economy-reform",
    "science-technology-industry", "society-livelihood", "ecology", "governance-rule-of-law",
    "foreign-affairs", "hk-macao-taiwan", "rural-revitalization", "regional-development",
}
QUOTES = set("“”‘’「」『』\"'＂＇〝〞")
ZERO_WIDTH = set("\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f")
EXTRA_CHARS = set("、，·+×")  # enumeration comma, comma, middle dot, 互联网+ / 人工智能+, 数据要素×
HAN = re.compile(r"[\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
ASCII_ALNUM = re.compile(r"[A-Za-z0-9]")
FULL_WIDTH_ALNUM = re.compile(r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
YEAR = re.compile(r"^\d{4}$")


def form_problems(form):
    problems = []
    if not form:
        return ["empty form"]
    if any(c.isspace() for c in form):
        problems.append("whitespace")
    if any(c in QUOTES for c in form):
        problems.append("quotation mark")
    if any(c in ZERO_WIDTH for c in form):
        problems.append("zero-width character")
    if FULL_WIDTH_ALNUM.search(form):
        problems.append("full-width letter or digit (use ASCII)")
    others = sorted({c for c in form if not (HAN.match(c) or ASCII_ALNUM.match(c)
                                              or c in EXTRA_CHARS or c.isspace()
                                              or c in QUOTES or c in ZERO_WIDTH
                                              or FULL_WIDTH_ALNUM.match(c))})
    if others:
        problems.append("character not allowed: %s" % " ".join("U+%04X" % ord(c) for c in others))
    if not HAN.search(form):
        problems.append("no Han character")
    return problems


def lint(path):
    messages = []

    def report(line, reason, content=None):
        suffix = ': "%s"' % content if content is not None else ""
        messages.append("%s:%d: %s%s" % (path, line, reason, suffix))

    with open(path, "rb") as handle:
        raw = handle.read()
    if raw.startswith(b"\xef\xbb\xbf"):
        report(1, "byte-order mark")
    if b"\r" in raw:
        report(1, "carriage return (use LF line endings)")
    if raw and not raw.endswith(b"\n"):
        report(raw.count(b"\n") + 1, "missing final newline")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        report(raw[:error.start].count(b"\n") + 1, "not UTF-8")
        return messages
    lines = text.lstrip("\ufeff").split("\n")
    if lines and lines[-1] == "":
        lines.pop()

    if len(lines) < 1 or lines[0] != HEADER:
        report(1, "first line must be the licence header")
    if len(lines) < 2 or lines[1] != COLUMNS:
        report(2, "second line must be the column header")

    rows = []  # (line number, fields)
    for number, line in enumerate(lines, start=1):
        if line.startswith("#"):
            if number > 2:
                report(number, "comment lines only at the top")
            continue
        if line.strip() == "":
            report(number, "blank line")
            continue
        fields = line.split("\t")
        if len(fields) != 6:
            report(number, "expected 6 tab-separated fields, found %d" % len(fields), line)
            continue
        rows.append((number, fields))

    canonical = {}
    variant_owner = {}
    previous = None
    for number, fields in rows:
        phrase, category, variants, related, first_seen, source = fields
        for name, value in zip(("phrase", "category", "variants", "related", "first_seen",
                                "source"), fields):
            if value == "":
                report(number, "empty %s field (use -)" % name)
            elif value != value.strip():
                report(number, "leading or trailing blank in %s" % name, value)
        for reason in form_problems(phrase):
            report(number, "phrase: " + reason, phrase)
        if phrase in canonical:
            report(number, "duplicate phrase (first on line %d)" % canonical[phrase], phrase)
        else:
            canonical[phrase] = number
        if previous is not None and phrase < previous:
            report(number, "not sorted by phrase (code-point order): after \"%s\"" % previous,
                   phrase)
        previous = phrase
        if category not in CATEGORIES:
            report(number, "unknown category", category)
        if not (first_seen == "-" or (YEAR.match(first_seen)
                                      and 1921 <= int(first_seen) <= 2026)):
            report(number, "first_seen must be - or a year 1921-2026", first_seen)
        if source.strip() in ("", "-"):
            report(number, "source citation missing")

    for number, fields in rows:
        phrase, _category, variants, related, _first_seen, _source = fields
        if variants != "-":
            seen = set()
            for variant in variants.split("|"):
                for reason in form_problems(variant):
                    report(number, "variant: " + reason, variant)
                if variant in seen:
                    report(number, "variant repeated in the row", variant)
                seen.add(variant)
                if variant in canonical:
                    report(number, "variant is a canonical phrase (line %d)" % canonical[variant],
                           variant)
                owner = variant_owner.get(variant)
                if owner is not None and owner != number:
                    report(number, "variant also listed on line %d" % owner, variant)
                else:
                    variant_owner[variant] = number
        if related != "-":
            names = related.split("|")
            if len(set(names)) != len(names):
                report(number, "related entry repeated", related)
            for name in names:
                if name == phrase:
                    report(number, "related lists the phrase itself", name)
                elif name not in canonical:
                    report(number, "related entry is not a canonical phrase", name)
    return messages


def main(argv):
    path = argv[1] if len(argv) > 1 else "Dictionaries/policy/phrases.tsv"
    try:
        messages = lint(path)
    except OSError as error:
        print("%s:0: cannot read: %s" % (path, error.strerror))
        return 1
    for message in messages:
        print(message)
    return 1 if messages else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
