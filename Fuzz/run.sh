#!/usr/bin/env bash
# Fuzzes decode → normalize → segment → phrases, and HTML/Markdown extraction, with libFuzzer for SECONDS (default 600).
# Crashes land in Fuzz/crashes/; add each as a regression file under Tests/ZhTextTests/Fixtures/fuzz/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
swift build -c release --product zhtext-fuzz --scratch-path .build-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -parse-as-library
mkdir -p Fuzz/crashes Fuzz/work
cp -n Fuzz/corpus/* Fuzz/work/ 2>/dev/null || true
.build-fuzz/release/zhtext-fuzz -max_total_time="$seconds" -max_len=4096 -artifact_prefix=Fuzz/crashes/ -print_final_stats=1 Fuzz/work
