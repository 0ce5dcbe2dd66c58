#!/usr/bin/env bash
# Corpus store at scale: N (default 1,000,000) small self-written documents (make-small-docs.py, JSONL) added to a
# new store with bounded memory, then a three-term trend over the whole store and a concordance, each under
# /usr/bin/time (wall seconds, peak RSS), then corpus check.
#
# Usage: Benchmarks/corpus/scale.sh [ZHTEXT] [N]
set -uo pipefail
Z=${1:-.build/release/zhtext}
N=${2:-1000000}
WORK=${WORK:-/tmp/zhtext-bench}
JSONL=$WORK/small-$N.jsonl
STORE=$WORK/small-$N.db
JOBS=${JOBS:-2}
mkdir -p "$WORK"
[ -f "$JSONL" ] || python3 "$(dirname "$0")/make-small-docs.py" "$N" "$JSONL"
rm -f "$STORE" "$STORE-wal" "$STORE-shm"

measure() {   # label, command…
    local label=$1; shift
    /usr/bin/time -f "%e %M" -o "$WORK/time.txt" timeout 7200 "$@" > "$WORK/out.txt" 2> "$WORK/err.txt"
    local status=$? out
    out=$(tail -1 "$WORK/time.txt")
    printf '%-44s %8s s %6d MiB  exit %d\n' "$label" "${out% *}" "$(( ${out#* } / 1024 ))" "$status"
}

echo "input: $N documents, $(wc -c < "$JSONL") bytes of JSONL, jobs $JOBS"
measure "corpus add --jsonl (new store)"            $Z corpus add "$STORE" --jsonl "$JSONL" --jobs "$JOBS" --format json
cat "$WORK/out.txt" | tr -d '\n '; echo
size=$(( $(stat -c %s "$STORE") + $(stat -c %s "$STORE-wal" 2>/dev/null || echo 0) + $(stat -c %s "$STORE-shm" 2>/dev/null || echo 0) ))
echo "store size: $size bytes"
for run in 1 2; do
    measure "trend 3 terms --corpus (run $run)"      $Z trend --term 新质生产力 --term 高质量发展 --term 乡村振兴 --format csv --corpus "$STORE"
done
echo "  $(wc -l < "$WORK/out.txt") csv lines; last: $(tail -1 "$WORK/out.txt")"
measure "trend 3 terms --by month --corpus"         $Z trend --term 新质生产力 --term 高质量发展 --term 乡村振兴 --by month --format csv --corpus "$STORE"
measure "kwic 新质生产力 --corpus (text)"            $Z kwic 新质生产力 --corpus "$STORE"
echo "  $(wc -l < "$WORK/out.txt") lines"
measure "kwic 新质生产力 --corpus --limit 50"         $Z kwic 新质生产力 --corpus "$STORE" --limit 50
measure "corpus add (unchanged, re-add)"            $Z corpus add "$STORE" --jsonl "$JSONL" --jobs "$JOBS" --format json
cat "$WORK/out.txt" | tr -d '\n '; echo
measure "corpus check"                              $Z corpus check "$STORE"
cat "$WORK/out.txt"
