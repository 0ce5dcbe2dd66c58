#!/usr/bin/env python3
"""Stage benchmarks of zhtext against jieba (and rjieba for segmentation), side by side on the same input in the same
run. Builds the corpus with make-corpus.py (outside the repository), then measures with /usr/bin/time (wall time and
peak memory) and prints a Markdown table of throughput and ratios.

Usage (from the package root, after `swift build -c release`):
    python3 Benchmarks/run.py [SIZE_MB]          # default 30 MB; 100 for the full run
The peers come from ../shared/bench/setup-peers.sh (jieba 0.42.1, rjieba 0.2.2 in ~/.cache/zhtext-peers).
"""
import json, os, subprocess, sys, tempfile, time

root = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
shared = os.path.normpath(os.path.join(root, '..', 'shared'))
size = float(sys.argv[1]) if len(sys.argv) > 1 else 30
corpus = f'/tmp/zhtext-bench/corpus{int(size)}'
zt = os.path.join(root, '.build', 'release', 'zhtext')

subprocess.run([sys.executable, os.path.join(root, 'Benchmarks', 'make-corpus.py'), str(size), corpus], check=True)
files = sorted(os.path.join(corpus, f) for f in os.listdir(corpus) if f.endswith('.txt'))
total = sum(os.path.getsize(f) for f in files)
joined = os.path.join('/tmp/zhtext-bench', f'joined{int(size)}.txt')
with open(joined, 'wb') as out:
    for f in files:
        out.write(open(f, 'rb').read())
peer_python = subprocess.run(['bash', os.path.join(shared, 'bench', 'setup-peers.sh')], capture_output=True, text=True,
                             check=True).stdout.strip().splitlines()[-1]


def timed(cmd, stdin=None):
    """Wall seconds and peak RSS (MiB) of a command, output discarded."""
    with open(os.devnull, 'wb') as devnull:
        t0 = time.perf_counter()
        p = subprocess.run(['/usr/bin/time', '-f', '%M'] + cmd, stdin=open(stdin, 'rb') if stdin else None,
                           stdout=devnull, stderr=subprocess.PIPE, text=True)
        wall = time.perf_counter() - t0
    rss = int(p.stderr.strip().splitlines()[-1]) / 1024
    if p.returncode not in (0, 1):
        sys.exit(f'{cmd}: exit {p.returncode}: {p.stderr[-500:]}')
    return wall, rss


rows = []
mb = total / 1e6
jieba = json.loads(subprocess.run([peer_python, os.path.join(root, 'Benchmarks', 'jieba_peer.py'), corpus, 'jieba'],
                                  capture_output=True, text=True, check=True).stdout)
rjieba = json.loads(subprocess.run([peer_python, os.path.join(root, 'Benchmarks', 'jieba_peer.py'), corpus, 'rjieba'],
                                   capture_output=True, text=True, check=True).stdout)
jieba_both = jieba['segment_s'] + jieba['extract_tags_s']

stages = [
    ('analyze (whole pipeline, all cores)', [zt, 'analyze', '--quiet', '--format', 'jsonl', corpus], None, jieba_both, 'jieba lcut + extract_tags'),
    ('analyze (whole pipeline, `--jobs 1`)', [zt, 'analyze', '--quiet', '--jobs', '1', '--format', 'jsonl', corpus], None, jieba_both, 'jieba lcut + extract_tags'),
    ('segment', [zt, 'segment', joined], None, jieba['segment_s'], 'jieba lcut'),
    ('segment', [zt, 'segment', joined], None, rjieba['segment_s'], 'rjieba cut'),
    ('phrases', [zt, 'phrases', '--format', 'jsonl', corpus], None, jieba['segment_s'], 'jieba lcut'),
    ('keywords', [zt, 'keywords', '--format', 'jsonl', corpus], None, jieba['extract_tags_s'], 'jieba extract_tags'),
]
print(f'corpus: {len(files)} files, {mb:.1f} MB ({corpus})\n')
print('| stage | zhtext s | zhtext MB/s | peak MiB | peer | peer s (loading excluded) | ratio (peer s / zhtext s) |')
print('|---|---|---|---|---|---|---|')
for name, cmd, stdin, peer_s, peer_name in stages:
    wall, rss = timed(cmd, stdin)
    print(f'| {name} | {wall:.2f} | {mb / wall:.1f} | {rss:.0f} | {peer_name} | {peer_s:.2f} | {peer_s / wall:.1f}× |')
# Start-up: one short line, best of 5.
starts = []
line = os.path.join('/tmp/zhtext-bench', 'line.txt')
open(line, 'w', encoding='utf-8').write('推动高质量发展。\n')
for _ in range(5):
    starts.append(timed([zt, 'segment', line])[0])
print(f'\nstart-up (segment one short line, best of 5): {min(starts) * 1000:.0f} ms; '
      f'jieba load {jieba["load_s"] * 1000:.0f} ms, rjieba load {rjieba["load_s"] * 1000:.0f} ms')
