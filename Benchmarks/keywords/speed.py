#!/usr/bin/env python3
"""Keyword extraction speed: N short documents in one process, zhtext against jieba's extract_tags (TF-IDF).

Usage (from the project root, after `swift build -c release`):
    python3 Benchmarks/keywords/speed.py [--data ../shared/keywords/csl_dev.jsonl] [--method phrase] [--runs 3]

Each document ("text" field of the JSONL) is written to its own file. zhtext runs once over all files
(`keywords --top 10 --format jsonl FILE...`); jieba runs `extract_tags(text, topK=10)` over the same texts in one
Python process. Both are timed as whole processes (start-up and dictionary loading included) and, for jieba, also
the extraction loop alone (after `jieba.initialize()`). Best of --runs. jieba comes from ../shared/bench/setup-peers.sh.
"""
import argparse, json, os, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED_BENCH = os.path.join(HERE, '..', '..', '..', 'shared', 'bench')


def best(runs, fn):
    return min(fn() for _ in range(runs))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--data', default=os.path.join(SHARED_BENCH, '..', 'keywords', 'csl_dev.jsonl'))
    ap.add_argument('--binary', default='.build/release/zhtext')
    ap.add_argument('--method', default=None)
    ap.add_argument('--runs', type=int, default=3)
    a = ap.parse_args()
    docs = [json.loads(l) for l in open(a.data, encoding='utf-8') if l.strip()]
    chars = sum(len(d['text']) for d in docs)
    py = subprocess.run(['bash', os.path.join(SHARED_BENCH, 'setup-peers.sh')], capture_output=True, text=True,
                        check=True).stdout.strip().splitlines()[-1]
    with tempfile.TemporaryDirectory() as w:
        paths = []
        for i, d in enumerate(docs):
            p = os.path.join(w, f'{i:05d}.txt')
            open(p, 'w', encoding='utf-8').write(d['text'])
            paths.append(p)
        cmd = [a.binary, 'keywords', '--top', '10', '--format', 'jsonl'] + (['--method', a.method] if a.method else []) + paths

        def zhtext():
            t = time.perf_counter()
            out = subprocess.run(cmd, capture_output=True, text=True)
            if out.returncode != 0:
                sys.exit(f'zhtext failed: {out.stderr[:300]}')
            assert len(out.stdout.splitlines()) == len(docs)
            return time.perf_counter() - t

        code = ('import json,sys,time\nt0=time.perf_counter()\nimport jieba,jieba.analyse as A\njieba.setLogLevel(60)\n'
                'jieba.initialize(); A.extract_tags("预热")\ntexts=[json.loads(l)["text"] for l in open(sys.argv[1],encoding="utf-8") if l.strip()]\n'
                't1=time.perf_counter()\nfor t in texts: A.extract_tags(t, topK=10)\nprint(time.perf_counter()-t1)')

        loop_times = []

        def jieba():
            t = time.perf_counter()
            out = subprocess.run([py, '-c', code, a.data], capture_output=True, text=True, check=True)
            loop_times.append(float(out.stdout.strip()))
            return time.perf_counter() - t

        z = best(a.runs, zhtext)
        j = best(a.runs, jieba)
        jl = min(loop_times)
    print(f'{len(docs)} documents, {chars} characters')
    print(f"{'system':28} {'seconds':>8} {'docs/s':>8}")
    print(f"{'zhtext (whole process)':28} {z:8.3f} {len(docs) / z:8.0f}")
    print(f"{'jieba (whole process)':28} {j:8.3f} {len(docs) / j:8.0f}")
    print(f"{'jieba (extraction loop only)':28} {jl:8.3f} {len(docs) / jl:8.0f}")
    print(f'ratio jieba/zhtext time: {j / z:.2f} (whole process), {jl / z:.2f} (jieba loop only vs zhtext whole process)')


if __name__ == '__main__':
    main()
