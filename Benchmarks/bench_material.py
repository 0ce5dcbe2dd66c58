"""The measuring material of ../shared for the benchmark corpus builders (make-corpus.py,
corpus/make-dated-corpus.py): read at run time, never committed."""
import glob, json, os

SHARED = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared'))


def paragraphs():
    """The paragraphs (over 20 characters) of every ../shared corpus text, then the CSL abstracts, in a fixed order."""
    found = []
    for path in sorted(glob.glob(os.path.join(SHARED, 'corpora', '*', '*.txt'))):
        with open(path, encoding='utf-8') as f:
            found += [p.strip() for p in f.read().split('\n') if len(p.strip()) > 20]
    with open(os.path.join(SHARED, 'keywords', 'csl_dev.jsonl'), encoding='utf-8') as f:
        for line in f:
            found.append(json.loads(line).get('abstract', '').strip())
    return [p for p in found if p]


def mixed_document(rng, pool, size):
    """Paragraphs drawn from `pool` with `rng` until about `size` UTF-8 bytes; returns (paragraphs, text)."""
    chunk, written = [], 0
    while written < size:
        p = rng.choice(pool)
        chunk.append(p)
        written += len(p.encode('utf-8')) + 1
    return chunk, '\n'.join(chunk) + '\n'
