#!/usr/bin/env python3
"""Must-contain / must-not-contain checks on pages with snippet gold (trafilatura's evaluation format), and a quick
look at pages without gold (title, date, source, body start and end).

Usage (from the project root):
  python3 Benchmarks/extraction/snippets.py [--zhtext .build/release/zhtext] \
      [--snippets ../shared/pages/trafilatura-eval] [--pages ../shared/pages/gne]
Pages are read at run time; nothing from them is stored here.
"""
import argparse, json, os, re, subprocess


def extract(zhtext, path):
    out = subprocess.run([zhtext, "extract", "--format", "json", path], capture_output=True, text=True)
    return json.loads(out.stdout) if out.stdout.strip() else {}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--zhtext", default=".build/release/zhtext")
    ap.add_argument("--snippets", default="../shared/pages/trafilatura-eval")
    ap.add_argument("--pages", default="../shared/pages/gne")
    args = ap.parse_args()

    gold = json.load(open(os.path.join(args.snippets, "gold_snippets.json"), encoding="utf-8"))
    total = passed = 0
    for name, g in sorted(gold.items()):
        r = extract(args.zhtext, os.path.join(args.snippets, name))
        body = re.sub(r"\s+", "", r.get("body") or "")
        for s in g.get("with", []):
            ok = re.sub(r"\s+", "", s) in body
            total += 1; passed += ok
            if not ok: print(f"MISSING   {name}: {s[:30]}")
        for s in g.get("without", []):
            ok = re.sub(r"\s+", "", s) not in body
            total += 1; passed += ok
            if not ok: print(f"UNWANTED  {name}: {s[:30]}")
    print(f"snippet checks passed: {passed}/{total}")

    for name in sorted(os.listdir(args.pages)):
        if not name.endswith(".html"):
            continue
        r = extract(args.zhtext, os.path.join(args.pages, name))
        body = (r.get("body") or "").replace("\n", " ")
        print(f"{name:<18} {r.get('date')!s:<20} {r.get('date_source')!s:<22} src={r.get('source')!s:<10} au={r.get('author')!s:<8} "
              f"ed={','.join(r.get('editors') or [])} len={len(body)} title={r.get('title')!s:.30}")
        print(f"{'':<18} [{body[:60]}] … [{body[-60:]}]")


if __name__ == "__main__":
    main()
