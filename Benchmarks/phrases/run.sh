#!/usr/bin/env bash
# Throughput of `zhtext phrases` next to normalization (and segmentation when the command exists), and peak memory
# of `zhtext discover` on ~100 MB of text. Texts under ../shared are read for measuring only; generated inputs go to
# a temporary directory and are deleted afterwards.
#
# Usage (from the project root, after `swift build -c release`):
#   Benchmarks/phrases/run.sh [ZHTEXT] [SHARED]
set -euo pipefail
ZT=${1:-.build/release/zhtext}
SHARED=${2:-../shared}
[ -d "$SHARED/corpora/gov-reports" ] || SHARED=/work/shared
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

cat "$SHARED"/corpora/gov-reports/*.txt > "$TMP/gov.txt"
MB=$(python3 -c "import os,sys; print(os.path.getsize(sys.argv[1])/1e6)" "$TMP/gov.txt")
echo "input: gov-reports concatenated, $MB MB"

measure() {  # name, command…  → best of 3 runs: wall and CPU (user+sys) seconds, MB/s on CPU time, peak RSS
    local name=$1; shift
    local best=""
    for _ in 1 2 3; do
        /usr/bin/time -v "$@" > /dev/null 2> "$TMP/time.txt" || true
        local line
        line=$(python3 - "$TMP/time.txt" <<'PY'
import sys
t = {}
for l in open(sys.argv[1]):
    k, _, v = l.strip().rpartition(': ')
    t[k] = v
w = t['Elapsed (wall clock) time (h:mm:ss or m:ss)'].split(':')
wall = sum(float(x) * 60 ** i for i, x in enumerate(reversed(w)))
cpu = float(t['User time (seconds)']) + float(t['System time (seconds)'])
print(f"{cpu} {wall} {int(t['Maximum resident set size (kbytes)'])}")
PY
)
        if [ -z "$best" ] || python3 -c "import sys; sys.exit(0 if float(sys.argv[1]) < float(sys.argv[2]) else 1)" "${line%% *}" "${best%% *}"; then
            best=$line
        fi
    done
    python3 -c "import sys; c,w,r=map(float,sys.argv[2:5]); mb=float(sys.argv[5]); print(f'{sys.argv[1]:<20} cpu {c:6.2f} s {mb/max(c,0.001):7.2f} MB/s   wall {w:6.2f} s   peak {r/1024:7.1f} MB')" "$name" $best "$MB"
}

measure "normalize" "$ZT" normalize "$TMP/gov.txt"
if "$ZT" --help 2>&1 | grep -qE '^ +segment( |$)'; then
    measure "segment" "$ZT" segment "$TMP/gov.txt"
else
    echo "segment                      (command not in this build)"
fi
measure "phrases (jsonl)" "$ZT" phrases --format jsonl "$TMP/gov.txt"
measure "phrases (table)" "$ZT" phrases --format table "$TMP/gov.txt"
measure "phrases --no-patterns" "$ZT" phrases --no-patterns --format table "$TMP/gov.txt"
echo "(normalize and phrases both decode and normalize the whole input; the phrase stage is the difference)"

# Discovery on ~100 MB: the corpora's lines, each copy with 10% of its Han characters replaced by frequent ones
# (seeded), so that the number of distinct n-grams grows with the size as it does on real text.
python3 - "$SHARED" "$TMP/big.txt" <<'PY'
import glob, os, random, sys
shared, out = sys.argv[1], sys.argv[2]
lines = []
for f in sorted(glob.glob(os.path.join(shared, 'corpora', '*', '*.txt'))):
    lines += [l for l in open(f, encoding='utf-8', errors='replace').read().splitlines() if l.strip()]
han = [c for l in lines[:5000] for c in l if '\u4e00' <= c <= '\u9fff']
rng = random.Random(42)
size = 0
with open(out, 'w', encoding='utf-8') as w:
    while size < 100_000_000:
        l = rng.choice(lines)
        l = ''.join(rng.choice(han) if ('\u4e00' <= c <= '\u9fff' and rng.random() < 0.1) else c for c in l)
        w.write(l + '\n')
        size += len(l.encode('utf-8')) + 1
PY
MB=$(python3 -c "import os,sys; print(os.path.getsize(sys.argv[1])/1e6)" "$TMP/big.txt")
echo "input: generated ~100 MB ($MB MB)"
/usr/bin/time -v "$ZT" discover --top 20 "$TMP/big.txt" > "$TMP/discover.txt" 2> "$TMP/time.txt"
wall=$(grep 'Elapsed (wall clock)' "$TMP/time.txt" | awk -F': ' '{print $2}')
user=$(grep 'User time' "$TMP/time.txt" | awk '{print $NF}')
rss=$(grep 'Maximum resident' "$TMP/time.txt" | awk '{print $NF}')
echo "discover (100 MB)    cpu ${user}s user   wall $wall   peak $((rss / 1024)) MB"
head -5 "$TMP/discover.txt"
