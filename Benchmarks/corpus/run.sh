#!/usr/bin/env bash
# Corpus store benchmark: the issue's targets, side by side in one run, on the dated corpus made by
# make-dated-corpus.py (default /tmp/zhtext-bench/dated, ~1,700 files, ~40 MB). Each command runs once under
# /usr/bin/time (wall seconds, peak RSS); every run is bounded by `timeout`.
#
# Usage: Benchmarks/corpus/run.sh [ZHTEXT] [CORPUS_DIR]
set -uo pipefail
Z=${1:-.build/release/zhtext}
DIR=${2:-/tmp/zhtext-bench/dated}
STORE=${STORE:-/tmp/zhtext-bench/dated.db}
JOBS=${JOBS:-2}
T="timeout 900"
[ -d "$DIR" ] || python3 "$(dirname "$0")/make-dated-corpus.py" 1700 "$DIR"
rm -f "$STORE" "$STORE-wal" "$STORE-shm"

measure() {   # label, command…
    local label=$1; shift
    /usr/bin/time -f "%e %M" -o /tmp/zhtext-bench/time.txt $T "$@" > /tmp/zhtext-bench/out.txt 2> /tmp/zhtext-bench/err.txt
    local status=$? out
    out=$(tail -1 /tmp/zhtext-bench/time.txt)
    printf '%-40s %8s s %6d MiB  exit %d\n' "$label" "${out% *}" "$(( ${out#* } / 1024 ))" "$status"
}

bytes=$(cat "$DIR"/*.txt | wc -c)
echo "corpus: $(ls "$DIR"/*.txt | wc -l) files, $bytes bytes (UTF-8), jobs $JOBS"
measure "analyze (files, jsonl)"                   $Z analyze --jobs "$JOBS" --format jsonl "$DIR"
measure "corpus add (new store)"                   $Z corpus add "$STORE" --jobs "$JOBS" "$DIR"
size=$(( $(stat -c %s "$STORE") + $(stat -c %s "$STORE-wal" 2>/dev/null || echo 0) + $(stat -c %s "$STORE-shm" 2>/dev/null || echo 0) ))
echo "store size: $size bytes = $(echo "scale=2; $size / $bytes" | bc)x the text"
measure "corpus add (unchanged, re-add)"           $Z corpus add "$STORE" --jobs "$JOBS" "$DIR"
measure "trend 3 terms (files)"                    $Z trend --term 新质生产力 --term 高质量发展 --term 乡村振兴 --format csv "$DIR"
cp /tmp/zhtext-bench/out.txt /tmp/zhtext-bench/trend-files.csv
measure "trend 3 terms (--corpus)"                 $Z trend --term 新质生产力 --term 高质量发展 --term 乡村振兴 --format csv --corpus "$STORE"
cmp -s /tmp/zhtext-bench/out.txt /tmp/zhtext-bench/trend-files.csv && echo "  trend csv byte-identical" || echo "  trend csv DIFFERS"
measure "trend rising/falling (files)"             $Z trend --format csv "$DIR"
cp /tmp/zhtext-bench/out.txt /tmp/zhtext-bench/rf-files.csv
measure "trend rising/falling (--corpus)"          $Z trend --format csv --corpus "$STORE"
cmp -s /tmp/zhtext-bench/out.txt /tmp/zhtext-bench/rf-files.csv && echo "  rising/falling byte-identical" || echo "  rising/falling DIFFERS"
measure "compare 2022 vs 2024 (files)"             $Z compare --from 2022 --to 2024 --format json "$DIR"
cp /tmp/zhtext-bench/out.txt /tmp/zhtext-bench/cmp-files.json
measure "compare 2022 vs 2024 (--corpus)"          $Z compare --from 2022 --to 2024 --format json --corpus "$STORE"
cmp -s /tmp/zhtext-bench/out.txt /tmp/zhtext-bench/cmp-files.json && echo "  compare json byte-identical" || echo "  compare json DIFFERS"
term=${KWIC_TERM:-双循环}   # about 100 hits in the dated corpus
measure "kwic $term (--corpus)"                    $Z kwic "$term" --corpus "$STORE"
echo "  hits: $(wc -l < /tmp/zhtext-bench/out.txt)"
one=/tmp/zhtext-bench/one/2026-01-01_new.txt
mkdir -p /tmp/zhtext-bench/one && head -c 24000 "$(ls "$DIR"/*.txt | head -1)" | iconv -c -f UTF-8 -t UTF-8 > "$one" 2>/dev/null
measure "corpus add one document"                  $Z corpus add "$STORE" "$one"
measure "corpus check"                             $Z corpus check "$STORE"
