#!/usr/bin/env bash
# `zhtext serve` under load: the ~40 MB dated corpus of Benchmarks/corpus (make-dated-corpus.py, ../shared material,
# default /tmp/zhtext-bench/dated) in a store, the server on 127.0.0.1, and bounded wrk runs (32 connections) against
# /api/trend and /api/kwic. Reports wrk's latency percentiles (p50/p90/p99), errors, the server's peak RSS (VmHWM) and
# the Overview page's weight. Targets (issue 17): trend p99 ≤ 100 ms, kwic p99 ≤ 200 ms, no errors, ≤ 500 MiB,
# Overview ≤ 500 KB.
#
# Usage: Benchmarks/serve/run.sh [ZHTEXT] [CORPUS_DIR]   (DURATION=20s CONNECTIONS=32 THREADS=2 to change the runs)
set -uo pipefail
Z=${1:-.build/release/zhtext}
DIR=${2:-/tmp/zhtext-bench/dated}
STORE=${STORE:-/tmp/zhtext-bench/dated.db}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
export XDG_CACHE_HOME=${XDG_CACHE_HOME:-$(mktemp -d)}
mkdir -p /tmp/zhtext-bench
[ -d "$DIR" ] || python3 "$(dirname "$0")/../corpus/make-dated-corpus.py" 1700 "$DIR"
if [ ! -s "$STORE" ]; then
    timeout 1800 "$Z" corpus add "$STORE" --jobs 2 "$DIR" > /dev/null || { echo "corpus add failed" >&2; exit 1; }
fi
echo "corpus: $(ls "$DIR"/*.txt | wc -l) files, $(cat "$DIR"/*.txt | wc -c) bytes; store $(stat -c %s "$STORE") bytes"

out=$(mktemp)
"$Z" serve "$STORE" --port 0 --read-only > "$out" 2> /tmp/zhtext-bench/serve.err &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null' EXIT
for _ in $(seq 1 600); do [ -s "$out" ] && break; sleep 0.1; done
url=$(head -1 "$out")
[ -n "$url" ] || { echo "the server did not start: $(cat /tmp/zhtext-bench/serve.err)" >&2; exit 1; }
echo "server: $url (pid $pid)"

enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }
trend="${url}api/trend?term=$(enc 新质生产力)&term=$(enc 高质量发展)&term=$(enc 乡村振兴)&by=month"
kwic="${url}api/kwic?term=$(enc 一带一路)&limit=50"

# The first answer of each question is computed (then cached until the store changes): timed on its own.
for u in "$trend" "$kwic"; do
    curl -s -o /dev/null -w "first answer: %{time_total} s, %{size_download} bytes, HTTP %{http_code}  ${u#$url}\n" "$u"
done
weight=$(curl -s "$url" | wc -c)
echo "Overview page weight: $weight bytes (HTML; plus $(curl -s "${url}assets/app.css" | wc -c) + $(curl -s "${url}assets/app.js" | wc -c) bytes of CSS and JS)"

for name in trend kwic; do
    u=$([ $name = trend ] && echo "$trend" || echo "$kwic")
    echo "== wrk $name: $CONNECTIONS connections, $THREADS threads, $DURATION"
    timeout 300 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency --timeout 10s "$u" \
        | grep -E "Latency|50%|90%|99%|Requests/sec|requests in|Non-2xx|Socket errors"
done

echo "== new questions: kwic pages at 5,000 offsets (each computed once, then cached; both wrk threads run the same sequence)"
cat > /tmp/zhtext-bench/offsets.lua <<'LUA'
counter = 0
request = function()
    counter = counter + 1
    return wrk.format("GET", wrk.path .. "&offset=" .. (counter % 5000))
end
LUA
timeout 300 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency --timeout 10s -s /tmp/zhtext-bench/offsets.lua "$kwic" \
    | grep -E "Latency|50%|90%|99%|Requests/sec|requests in|Non-2xx|Socket errors"

echo "== new questions: trend from 60 different months on (each computed once, then cached)"
cat > /tmp/zhtext-bench/months.lua <<'LUA'
counter = 0
request = function()
    counter = counter + 1
    local m = counter % 60
    return wrk.format("GET", wrk.path .. string.format("&where=date%%3E%%3D%d-%02d", 2021 + math.floor(m / 12), m % 12 + 1))
end
LUA
timeout 300 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency --timeout 10s -s /tmp/zhtext-bench/months.lua "$trend" \
    | grep -E "Latency|50%|90%|99%|Requests/sec|requests in|Non-2xx|Socket errors"

echo "server peak RSS: $(( $(awk '/VmHWM/ {print $2}' /proc/$pid/status) / 1024 )) MiB"
