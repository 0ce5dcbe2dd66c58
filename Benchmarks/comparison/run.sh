#!/usr/bin/env bash
# Times trend, compare and report on a dated series (default: the gov-reports corpus next to the project) and checks
# the first-seen / keyness targets of issue 7. Usage, from the project root after `swift build -c release`:
#   Benchmarks/comparison/run.sh [DIR_WITH_YYYY.txt] [ZHTEXT]
set -euo pipefail
dir=${1:-../shared/corpora/gov-reports}
zt=${2:-.build/release/zhtext}
files=("$dir"/*.txt)
out=$(mktemp -d)
"$zt" segment "${files[0]}" > /dev/null   # warm the compiled-lexicon cache

t() { local name=$1; shift; local s e; s=$(date +%s.%N); "$@"; e=$(date +%s.%N); printf '%-40s %6.2f s\n' "$name" "$(echo "$e - $s" | bc)" >&2; }
echo "${#files[@]} files, $(cat "${files[@]}" | wc -c) bytes"
t "trend --term (5 terms)" "$zt" trend --term 高质量发展 --term 新质生产力 --term 十五五 --term 新常态 --term 中国式现代化 --format csv "${files[@]}" > "$out/terms.csv"
t "trend (rising/falling tokens)" "$zt" trend --format json "${files[@]}" > "$out/trend.json"
t "report --html" "$zt" report --html "$out/report.html" "${files[@]}"
if [ -f "$dir/2015.txt" ] && [ -f "$dir/2025.txt" ]; then
    t "compare 2015 2025" "$zt" compare --format json --top 0 "$dir/2015.txt" "$dir/2025.txt" > "$out/compare.json"
    python3 - "$out" <<'PY'
import csv, json, sys
out = sys.argv[1]
first = {}
for r in csv.DictReader(open(f'{out}/terms.csv', encoding='utf-8-sig')):
    if int(r['count']) > 0:
        first.setdefault(r['term'], []).append(r['period'])
for t, p in first.items():
    print(f'{t}: first seen {p[0]}, last seen {p[-1]}')
d = json.load(open(f'{out}/compare.json'))
k = {r['term']: r for r in d['keyness']}
new = {r['term'] for r in d['new']}; van = {r['term'] for r in d['vanished']}
for t in ['新质生产力', '中国式现代化', '十五五', '高质量发展', '新常态']:
    r = k.get(t)
    print(f"{t}: G2 {r['g2'] if r else 'absent'}, new={t in new}, vanished={t in van}")
PY
fi
rm -rf "$out"
