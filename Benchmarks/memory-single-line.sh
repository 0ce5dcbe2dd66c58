#!/bin/bash
# Peak resident memory of every subcommand on one 50 MB single-line file (issue 8: each must stay under 1 GiB).
# Usage: Benchmarks/memory-single-line.sh [corpus-dir]   (default /work/shared/corpora/gov-reports)
# Builds the input in /tmp from the corpus's .txt files with line breaks removed, repeated to 50 MB (never commit it).
set -u
corpus=${1:-/work/shared/corpora/gov-reports}
root=$(cd "$(dirname "$0")/.." && pwd)
swift build -c release --package-path "$root" >/dev/null || exit 1
Z=$root/.build/release/zhtext
F=/tmp/zhtext-single-line-50mb.txt
if [ ! -s "$F" ]; then
  python3 - "$corpus" "$F" <<'PY'
import glob, sys
text = "".join(open(p, encoding="utf-8", errors="ignore").read() for p in sorted(glob.glob(sys.argv[1] + "/*.txt")))
text = text.replace("\r", "").replace("\n", "").encode()
out = bytearray()
while len(out) < 50 << 20: out += text
open(sys.argv[2], "wb").write(out[:50 << 20].decode("utf-8", "ignore").encode() + b"\n")
PY
fi
printf "%-10s %9s %8s %s\n" command peak_GiB seconds exit
for c in "normalize" "segment" "phrases" "discover" "extract" "keywords" "freq" "kwic 发展" "idf build" \
         "trend --date 2024 --term 发展" "compare $F" "report --date 2024 --html -" "analyze"; do
  /usr/bin/time -f "%M %e" -o /tmp/zhtext-mem.txt $Z $c "$F" >/dev/null 2>/tmp/zhtext-mem-err.txt; rc=$?
  read -r kb s < <(tail -1 /tmp/zhtext-mem.txt)
  printf "%-10s %9.2f %8s %s\n" "${c%% *}" "$(echo "$kb/1048576" | bc -l)" "$s" "$rc"
done

# Pathological shapes (issue 14): one 30 MB line of a single Latin letter, and 10 million repetitions of 的 (30 MB).
# Every command must stay under 1 GiB whatever the content.
A=/tmp/zhtext-30mb-one-letter.txt
D=/tmp/zhtext-10m-de.txt
[ -s "$A" ] || python3 -c "import sys; open(sys.argv[1], 'w').write('a' * (30 << 20) + '\n')" "$A"
[ -s "$D" ] || python3 -c "import sys; open(sys.argv[1], 'w').write('的' * 10_000_000 + '\n')" "$D"
for input in "$A" "$D"; do
  echo "== $(basename "$input")"
  printf "%-10s %9s %8s %s\n" command peak_GiB seconds exit
  for c in "normalize" "segment" "phrases" "keywords" "freq" "analyze"; do   # kwic: one result per hit (10M hits)
    /usr/bin/time -f "%M %e" -o /tmp/zhtext-mem.txt $Z $c "$input" >/dev/null 2>/tmp/zhtext-mem-err.txt; rc=$?
    read -r kb s < <(tail -1 /tmp/zhtext-mem.txt)
    printf "%-10s %9.2f %8s %s\n" "${c%% *}" "$(echo "$kb/1048576" | bc -l)" "$s" "$rc"
  done
done

# Dense hits: 2.8 million policy phrases in 50 MB (`高质量发展，` repeated). Output as large as the input or larger
# (every occurrence with its context) must be written as it is made, not held: each command under 1 GiB.
P=/tmp/zhtext-dense-phrases.txt
[ -s "$P" ] || python3 -c "import sys; open(sys.argv[1], 'w').write('高质量发展，' * (50_000_000 // 18) + '\n')" "$P"
echo "== $(basename "$P")"
printf "%-28s %9s %8s %s\n" command peak_GiB seconds exit
for c in "phrases" "phrases --format json" "segment --format json" "segment --format jsonl" "kwic 高质量发展" \
         "kwic --format json 高质量发展" "keywords" "freq" "analyze"; do
  /usr/bin/time -f "%M %e" -o /tmp/zhtext-mem.txt $Z $c "$P" >/dev/null 2>/tmp/zhtext-mem-err.txt; rc=$?
  read -r kb s < <(tail -1 /tmp/zhtext-mem.txt)
  printf "%-28s %9.2f %8s %s\n" "$c" "$(echo "$kb/1048576" | bc -l)" "$s" "$rc"
done
