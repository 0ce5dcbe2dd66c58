#!/usr/bin/env bash
# Time and peak memory of the corpus tools (collocates, dispersion, matrix, freq --min-range, trend --spikes) on a
# ~40 MB dated corpus of ~2,000 documents made in /tmp from ../shared (dates shifted per copy; nothing is written into
# the repository), with `freq` on the same files as the in-house reference (the same segmentation work), and on one
# 50 MB file for the memory bound. Run from the package root after `swift build -c release`.
#   bash Benchmarks/corpus-tools/run.sh [BINARY]
set -euo pipefail
ZT=${1:-.build/release/zhtext}
CORPUS=/tmp/zhtext-corpus-tools/corpus40
BIG=/tmp/zhtext-corpus-tools/big50.txt
OUT=/tmp/zhtext-corpus-tools/out
mkdir -p "$OUT"
if [ ! -d "$CORPUS" ]; then
python3 - "$CORPUS" <<'PY'
import glob, os, sys
out = sys.argv[1]; os.makedirs(out)
src = sorted(glob.glob('../shared/corpora/gov-reports/*.txt')) + sorted(glob.glob('../shared/corpora/provincial-gov-reports-2026/*.txt'))
texts = [open(f, encoding='utf-8').read() for f in src]
total, k = 0, 0
while total < 40_000_000:
    for i, t in enumerate(texts):
        m = (i * 7 + k * 13) % 96                      # months 2018-01 … 2025-12, shifted per copy
        date = f'{2018 + m // 12}-{m % 12 + 1:02d}-{(i + k) % 28 + 1:02d}'
        for j in range(0, len(t), 8000):               # ~20 KB documents
            c = t[j:j + 8000]
            open(f'{out}/{date}_c{k}_{i}_{j // 8000}.txt', 'w', encoding='utf-8').write(c)
            total += len(c.encode())
            if total >= 40_000_000: break
        if total >= 40_000_000: break
    k += 1
PY
fi
if [ ! -f "$BIG" ]; then
    while [ "$(stat -c %s "$BIG" 2>/dev/null || echo 0)" -lt 50000000 ]; do cat ../shared/corpora/gov-reports/*.txt >> "$BIG"; done
fi
echo "corpus: $(ls "$CORPUS" | wc -l) files, $(du -sb "$CORPUS" | cut -f1) bytes; big: $(stat -c %s "$BIG") bytes"
printf '| command | input | s | peak MiB |\n|---|---|---|---|\n'
measure() {   # name input args…
    local name=$1 input=$2; shift 2
    /usr/bin/time -f '%e %M' -o "$OUT/time" "$ZT" "$@" > "$OUT/stdout" 2> "$OUT/stderr" || { echo "failed: $name"; cat "$OUT/stderr"; }
    read -r s kb < <(tail -1 "$OUT/time")
    printf '| %s | %s | %s | %d |\n' "$name" "$input" "$s" $((kb / 1024))
}
measure "freq --min-count 5 (reference)" 40MB freq --min-count 5 --format csv "$CORPUS"
measure "freq --ngram 3 --min-range 5" 40MB freq --ngram 3 --min-range 5 --format csv "$CORPUS"
measure "collocates 发展" 40MB collocates 发展 --format csv "$CORPUS"
measure "collocates 高质量发展 --by year" 40MB collocates 高质量发展 --by year --format csv "$CORPUS"
measure "dispersion 3 terms" 40MB dispersion --term 改革 --term 疫情 --term 高质量发展 --format json "$CORPUS"
measure "dispersion --format svg" 40MB dispersion --term 疫情 --format svg "$CORPUS"
measure "matrix csv" 40MB matrix --format csv -o "$OUT/dtm.csv" "$CORPUS"
measure "matrix mtx" 40MB matrix --format mtx -o "$OUT/dtm.mtx" "$CORPUS"
measure "trend --spikes 3 terms" 40MB trend --term 改革 --term 疫情 --term 高质量发展 --by month --spikes --format json "$CORPUS"
measure "trend --spikes (all terms)" 40MB trend --by month --spikes --format json "$CORPUS"
measure "collocates 发展" "50MB file" collocates 发展 --format csv "$BIG"
measure "dispersion 3 terms" "50MB file" dispersion --term 改革 --term 疫情 --term 高质量发展 --format json "$BIG"
measure "matrix mtx" "50MB file" matrix --format mtx -o "$OUT/big.mtx" "$BIG"
measure "freq --ngram 3 --min-range 1" "50MB file" freq --ngram 3 --format csv "$BIG"
