#!/usr/bin/env bash
# The Spark map step, side by side in one run (issue 18's targets):
#   1. the filter `analyze --input jsonl --full --jobs 1` against `analyze --jobs 1` on the same documents as files;
#   2. the Spark job in local[1] and local[2] (throughput ratio), and that both give the same records.
# Usage: Benchmarks/spark/run.sh DOCS.jsonl FILES_DIR [ZHTEXT]
# DOCS.jsonl holds one document per line (field "text"); FILES_DIR the same texts, one file each (make both from
# ../shared material for measuring only; never commit them). ZHTEXT defaults to .build/release/zhtext.
set -euo pipefail
cd "$(dirname "$0")/../.."
docs=$1 files=$2 zhtext=${3:-.build/release/zhtext}
spark=.venv-ci/bin/spark-submit
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "input: $(wc -l < "$docs") documents, $(du -b "$docs" | cut -f1) bytes"
t() { local s e; s=$(date +%s.%N); "$@" > /dev/null; e=$(date +%s.%N); echo "$e - $s" | bc; }
for round in 1 2; do
    f=$(t "$zhtext" analyze --input jsonl --format jsonl --full --jobs 1 "$docs")
    a=$(t "$zhtext" analyze --format jsonl --jobs 1 "$files")
    echo "round $round: filter ${f}s  analyze(files) ${a}s  filter/analyze throughput = $(echo "scale=2; $a / $f" | bc)"
done
# Spark's own fixed cost (JVM, Python workers, shipping the archive, job set-up) on one tiny document, so that the
# throughput of the map step can be read apart from it: (whole run − fixed run) per core count.
echo '{"id":"tiny","text":"推动高质量发展。"}' > "$out/tiny.jsonl"
for cores in 1 2; do
    s=$(date +%s.%N)
    PYSPARK_PYTHON=$PWD/.venv-ci/bin/python "$spark" --master "local[$cores]" --conf spark.ui.enabled=false \
        Examples/spark/zhtext_job.py --input "$out/tiny.jsonl" --output "$out/tiny$cores" --zhtext "$zhtext" 2> /dev/null > /dev/null
    e=$(date +%s.%N)
    echo "local[$cores] fixed cost (1 tiny document): $(echo "$e - $s" | bc)s"
done
for cores in 1 2; do
    s=$(date +%s.%N)
    PYSPARK_PYTHON=$PWD/.venv-ci/bin/python "$spark" --master "local[$cores]" --conf spark.ui.enabled=false \
        Examples/spark/zhtext_job.py --input "$docs" --output "$out/local$cores" --zhtext "$zhtext" --partitions 8 2> "$out/log$cores" \
        || { tail -20 "$out/log$cores"; exit 1; }
    e=$(date +%s.%N)
    echo "local[$cores]: $(echo "$e - $s" | bc)s (load $(cut -d' ' -f1-3 /proc/loadavg))"
done
cat "$out"/local1/part-* | cmp - <(cat "$out"/local2/part-*) && echo "local[1] and local[2] records identical"
XDG_CACHE_HOME="$out/cache" "$zhtext" analyze --input jsonl --format jsonl --full --jobs 1 --name "$docs" < "$docs" | cmp - <(cat "$out"/local2/part-*) \
    && echo "Spark records identical to the local filter's"
