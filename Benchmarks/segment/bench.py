#!/usr/bin/env python3
"""Segmentation benchmark for `zhtext segment` (not a test: timings depend on the machine).

Usage (from the package root, after `swift build -c release`):
    python3 Benchmarks/segment/bench.py [--binary .build/release/zhtext] [--input FILE] [--repeat 10]

Default input: ../shared/sighan2005/pku_test.utf8 (read for measuring only, never copied). For each engine/mode it
prints whole-process throughput (MB/s, median of 3), start-up for one short line (warm cache, median of 5), cold
start-up (empty cache folder: builds the compiled lexicon), and peak resident memory. Peers and accuracy:
../shared/bench/seg-compare.py.
"""
import argparse, os, statistics, subprocess, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def timed(cmd, stdin_path, env=None):
    with open(stdin_path, 'rb') as f:
        t = time.perf_counter()
        p = subprocess.run(cmd, stdin=f, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        dt = time.perf_counter() - t
    if p.returncode != 0:
        raise SystemExit(f'{" ".join(cmd)} failed: {p.stderr.decode()[:200]}')
    return dt


def peak_mib(cmd, stdin_path):
    with open(stdin_path, 'rb') as f:
        p = subprocess.run(['/usr/bin/time', '-f', '%M'] + cmd, stdin=f, stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE, text=True)
    return int(p.stderr.strip().splitlines()[-1]) / 1024


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--binary', default=os.path.join(ROOT, '.build', 'release', 'zhtext'))
    ap.add_argument('--input', default=os.path.join(ROOT, '..', 'shared', 'sighan2005', 'pku_test.utf8'))
    ap.add_argument('--repeat', type=int, default=10)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as w:
        big, one = os.path.join(w, 'big.txt'), os.path.join(w, 'one.txt')
        data = open(a.input, 'rb').read() * a.repeat
        open(big, 'wb').write(data)
        open(one, 'w', encoding='utf-8').write('十五五时期推动高质量发展。\n')
        configs = {
            'lexicon': [a.binary, 'segment'],
            'lexicon --pos': [a.binary, 'segment', '--pos'],
            'lexicon search': [a.binary, 'segment', '--mode', 'search'],
            'icu': [a.binary, 'segment', '--engine', 'icu'],
        }
        print(f"{'config':16} {'MB/s':>7} {'start-ms':>9} {'cold-ms':>8} {'peak-MiB':>9}")
        for name, cmd in configs.items():
            timed(cmd, one)  # warm the cache
            mbs = len(data) / statistics.median(timed(cmd, big) for _ in range(3)) / 1e6
            start = statistics.median(timed(cmd, one) for _ in range(5)) * 1000
            cache = os.path.join(w, 'cache-' + name.replace(' ', '-'))
            env = dict(os.environ, XDG_CACHE_HOME=cache)
            cold = timed(cmd, one, env) * 1000
            print(f'{name:16} {mbs:7.2f} {start:9.1f} {cold:8.0f} {peak_mib(cmd, big):9.1f}')


if __name__ == '__main__':
    main()
