#!/usr/bin/env python3
"""Article extraction on a page set with gold bodies and dates: character-level LCS F1 and date accuracy,
zhtext side by side with readability-lxml, trafilatura and GNE.

Usage (from the project root, after `swift build -c release`):
  python3 Benchmarks/extraction/eval.py [--pages ../shared/pages/cwce-dev] [--zhtext .build/release/zhtext]
                                        [--peers /tmp/xvenv/bin/python] [--show]

The page set is read at run time (MANIFEST.tsv, original/<id>.html raw bytes, gold/{content,date}/<id>.txt); nothing
from it is stored here. Peers run in the given Python (a venv with readability-lxml, trafilatura, gne,
lxml_html_clean): `python3 -m venv /tmp/xvenv && /tmp/xvenv/bin/pip install readability-lxml trafilatura gne lxml_html_clean`.

Scoring: white space is removed from both texts, then F1 of the longest common subsequence of characters
(precision = LCS/len(extracted), recall = LCS/len(gold)); the mean over pages. Date: pages whose gold date has at
least a year and a month; correct when year, month and (when the gold has one) day agree.
"""
import argparse, json, os, re, subprocess, sys

PEER_CODE = r'''
import sys, json, warnings
warnings.filterwarnings("ignore")
import logging; logging.disable(logging.CRITICAL)
name, path, charset = sys.argv[1], sys.argv[2], sys.argv[3]
raw = open(path, "rb").read()
body, date = "", ""
if name == "readability":
    from readability import Document
    import lxml.html
    html = Document(raw).summary()
    body = lxml.html.fromstring(html).text_content() if html.strip() else ""
elif name == "trafilatura":
    import trafilatura
    body = trafilatura.extract(raw, include_comments=False) or ""
    meta = trafilatura.extract_metadata(raw)
    date = (meta.date if meta else "") or ""
elif name == "gne":
    from gne import GeneralNewsExtractor
    text = raw.decode(charset, errors="replace")
    r = GeneralNewsExtractor().extract(text)
    body, date = r.get("content", "") or "", r.get("publish_time", "") or ""
print(json.dumps({"body": body, "date": date}, ensure_ascii=False))
'''


def lcs_length(a, b):
    """Bit-parallel LCS length (Allison–Dix / Hyyrö)."""
    if not a or not b:
        return 0
    if len(a) < len(b):
        a, b = b, a
    masks = {}
    for i, ch in enumerate(b):
        masks[ch] = masks.get(ch, 0) | (1 << i)
    full = (1 << len(b)) - 1
    v = full
    for ch in a:
        m = masks.get(ch, 0)
        u = v & m
        v = ((v + u) | (v & ~m)) & full
    return len(b) - bin(v).count("1")


def f1(extracted, gold):
    e = re.sub(r"\s+", "", extracted)
    g = re.sub(r"\s+", "", gold)
    if not e or not g:
        return 0.0, 0.0, 0.0
    l = lcs_length(e, g)
    p, r = l / len(e), l / len(g)
    return (2 * p * r / (p + r) if p + r else 0.0), p, r


def date_parts(s):
    m = re.search(r"((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2}))?", s or "")
    if not m:
        return None
    return int(m.group(1)), int(m.group(2)), (int(m.group(3)) if m.group(3) else None)


def date_ok(pred, gold):
    g, p = date_parts(gold), date_parts(pred)
    if g is None:
        return None
    if p is None:
        return False
    return p[0] == g[0] and p[1] == g[1] and (g[2] is None or p[2] == g[2])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", default="../shared/pages/cwce-dev")
    ap.add_argument("--zhtext", default=".build/release/zhtext")
    ap.add_argument("--peers", default="/tmp/xvenv/bin/python", help="Python with the peers installed ('' to skip)")
    ap.add_argument("--show", action="store_true", help="per-page figures")
    args = ap.parse_args()

    rows = [l.rstrip("\n").split("\t") for l in open(os.path.join(args.pages, "MANIFEST.tsv"), encoding="utf-8")]
    header, rows = rows[0], rows[1:]
    col = {name: k for k, name in enumerate(header)}
    systems = ["zhtext"] + (["readability", "trafilatura", "gne"] if args.peers and os.path.exists(args.peers) else [])
    scores = {s: {"f1": [], "p": [], "r": [], "date": []} for s in systems}
    for row in rows:
        pid = row[col["id"]]
        charset = row[col["decoded_as"]].split("(")[0] or "utf-8"
        path = os.path.join(args.pages, "original", pid + ".html")
        gold = open(os.path.join(args.pages, "gold", "content", pid + ".txt"), encoding="utf-8", errors="replace").read()
        gold_date = open(os.path.join(args.pages, "gold", "date", pid + ".txt"), encoding="utf-8", errors="replace").read().strip()
        line = [pid[:8]]
        for s in systems:
            if s == "zhtext":
                out = subprocess.run([args.zhtext, "extract", "--format", "json", path], capture_output=True, text=True)
                r = json.loads(out.stdout) if out.stdout.strip() else {"body": "", "date": ""}
                body, date = r.get("body") or "", r.get("date") or ""
            else:
                out = subprocess.run([args.peers, "-c", PEER_CODE, s, path, charset], capture_output=True, text=True)
                r = json.loads(out.stdout) if out.stdout.strip() else {"body": "", "date": ""}
                body, date = r["body"], r["date"]
            f, p, rc = f1(body, gold)
            scores[s]["f1"].append(f); scores[s]["p"].append(p); scores[s]["r"].append(rc)
            ok = date_ok(date, gold_date) if s != "readability" else None
            if ok is not None:
                scores[s]["date"].append(ok)
            line.append(f"{s}={f:.3f}" + ("" if ok is None else (" date✓" if ok else f" date✗({date}|{gold_date})")))
        if args.show:
            print("  ".join(line))
    mean = lambda xs: sum(xs) / len(xs) if xs else float("nan")
    print(f"{'system':<12} {'LCS-F1':>7} {'P':>6} {'R':>6} {'date':>14}")
    for s in systems:
        d = scores[s]["date"]
        ds = f"{mean(d):.3f} ({sum(d)}/{len(d)})" if d else "—"
        print(f"{s:<12} {mean(scores[s]['f1']):>7.3f} {mean(scores[s]['p']):>6.3f} {mean(scores[s]['r']):>6.3f} {ds:>14}")
    z = mean(scores["zhtext"]["f1"])
    if "readability" in scores:
        print(f"ratio zhtext/readability LCS-F1: {z / mean(scores['readability']['f1']):.3f}")


if __name__ == "__main__":
    main()
