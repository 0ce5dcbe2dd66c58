#!/usr/bin/env python3
"""Derives ZhText's modern lexicon layer (Dictionaries/lexicon/thuocl.tsv) from THUOCL (MIT licence).

Usage (from the package root):
    python3 Scripts/derive_thuocl_lexicon.py ../shared/lexicons/thuocl [Dictionaries]

THUOCL (THU Open Chinese Lexicon, github.com/thunlp/THUOCL, commit a30ce79d, 2018) lists words of eleven domains with
the number of web documents they occur in. The bundled general lexicon (jieba 0.42.1, about 2013) misses many
place names, company and product names, technical and legal terms of the decade after. This script keeps, from the
domains in DOMAINS, the words that

  * jieba's lexicon (Dictionaries/lexicon/words.tsv) does not already have (its entries keep jieba's frequency and POS);
  * have at least two Han characters after normalization (Latin-only entries are the atomizer's business) and no
    character outside Han, ASCII letters and digits;
  * occur in at least MIN_DF[domain] documents (the long tail of THUOCL is noisy: 果后, 上新, 有车);
  * do not start or end with a function character (的, 了, 在, 上, 向 … : such entries glue a word to a particle),
    and do not start with a productive prefix (副, 新, 市, 县, 经, numerals …: 副主席, 市公安局, 新技术 are a prefix
    and a word, and segmentation standards write them apart);
  * from the historical-figures list, are not a Chinese name (a common surname and a given name): the PKU standard
    writes surname and given name apart, and the segmenter's name model handles them in context;
  * two-character place names need at least MIN_DF_SHORT_PLACE documents (the short ones are mostly fragments:
    新一, 水心, 班岗);
  * are not a plain compound of two or more jieba words of two or more characters (房地产市场, 解决方法, 国家安全):
    SIGHAN-style segmentation standards write those as separate words, and keeping them whole would glue ordinary
    words. A compound whose parts are not all such words (中芯国际 = 中芯 + 国际, 中芯 unknown) is kept.

Frequencies are put on jieba's scale: THUOCL's document frequency times SCALE, capped at CAP and at least 1, so a new
word beats the characters it is made of but not the established words around it. A term in several domains keeps
its highest document frequency and the POS of the first domain in DOMAINS order. Terms are normalized as
Scripts/derive_jieba_lexicon.py does. Rows are sorted by term in code-point order; output is deterministic.
Malformed source lines (a count that is not a number) are reported on stderr and skipped.
"""
import os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from derive_jieba_lexicon import normalize  # noqa: E402  (one normalization for every derived lexicon)

# Domain file suffix → POS (jieba's tag set). Order decides the POS of a term listed in several domains.
DOMAINS = [
    ('diming', 'ns'),        # place names
    ('lishimingren', 'nr'),  # historical and public figures
    ('caijing', 'n'),        # finance and economy
    ('IT', 'n'),             # information technology
    ('law', 'n'),            # law
    ('medical', 'n'),        # medicine
    ('chengyu', 'i'),        # idioms
]
# Domains measured and left out (see Dictionaries/README.md): animal, car, food, poem. With the filters below each
# changes SIGHAN PKU F1 by 0.01 or less, and their words (animals, dishes, car models, lines of verse) are not the
# vocabulary of news and policy text: left out to keep the lexicon small.

MIN_DF = {'diming': 200, 'lishimingren': 200, 'caijing': 50, 'IT': 100, 'law': 100, 'medical': 100, 'chengyu': 20}
SCALE = 0.05
CAP = 3000
PREFIXES = set('副新市县省区乡镇村经各全本该每原老总第两一二三四五六七八九十百千万')
SURNAMES = set('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢'
               '姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施'
               '文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷'
               '盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷'
               '晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝')
MIN_DF_SHORT_PLACE = 1000
FUNCTION_EDGE = set('的了着过是在和与及或等也就都而之其这那把被将对为于以从向个上下里中内外前后有不没很又再还更最')
WORD_CHAR = re.compile(r'^[\u3400-\u9fff\U00020000-\U0003134fA-Za-z0-9]+$')
HAN = re.compile(r'[\u3400-\u9fff\U00020000-\U0003134f]')


def read_domain(path):
    """(term, df) pairs of a THUOCL file, and the malformed lines as (line number, text)."""
    data = open(path, encoding='utf-8-sig').read().replace('\r\n', '\n').replace('\r', '\n')
    rows, bad = [], []
    for n, line in enumerate(data.split('\n'), 1):
        if not line.strip():
            continue
        parts = line.split('\t')
        if len(parts) != 2 or not parts[1].strip().isdigit():
            bad.append((n, line))
            continue
        rows.append((normalize(parts[0].strip()), int(parts[1].strip())))
    return rows, bad


def load_jieba(path):
    words = {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.startswith('#'):
                continue
            term, freq, pos = line.rstrip('\n').split('\t')
            words[term] = (int(freq), pos)
    return words


def is_compound(term, words):
    """Whether `term` is two or more words of `words`, each of two or more characters (any split)."""
    n = len(term)
    ok = [False] * (n + 1)  # ok[i]: term[:i] splits into such words
    ok[0] = True
    for i in range(n):
        if not ok[i]:
            continue
        for j in range(i + 2, n + 1):
            if (i, j) != (0, n) and term[i:j] in words:
                ok[j] = True
    return ok[n]


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    src = sys.argv[1]
    dst = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), '..', 'Dictionaries')
    words = load_jieba(os.path.join(dst, 'lexicon', 'words.tsv'))
    chosen = {}  # term -> (df, pos)
    stats = []
    for domain, pos in DOMAINS:
        path = os.path.join(src, f'THUOCL_{domain}.txt')
        rows, bad = read_domain(path)
        for n, line in bad:
            print(f'{path}:{n}: skipped, count is not a number: {line!r}', file=sys.stderr)
        kept = 0
        for term, df in rows:
            if term in words or df < MIN_DF[domain] or not WORD_CHAR.match(term) or len(HAN.findall(term)) < 2:
                continue
            if term[0] in FUNCTION_EDGE or term[-1] in FUNCTION_EDGE or term[0] in PREFIXES or is_compound(term, words):
                continue
            if domain == 'lishimingren' and term[0] in SURNAMES and len(term) <= 4:
                continue
            if domain == 'diming' and len(term) == 2 and df < MIN_DF_SHORT_PLACE:
                continue
            if term in chosen:
                chosen[term] = (max(df, chosen[term][0]), chosen[term][1])
            else:
                chosen[term] = (df, pos)
                kept += 1
        stats.append(f'{domain}: {len(rows)} rows, {len(bad)} malformed, {kept} kept')
    out_path = os.path.join(dst, 'lexicon', 'thuocl.tsv')
    with open(out_path, 'w', encoding='utf-8', newline='\n') as out:
        out.write('# ZhText modern lexicon layer. Source: THUOCL (https://github.com/thunlp/THUOCL, commit a30ce79d, '
                  'domains ' + ', '.join(d for d, _ in DOMAINS) + '). Licence: MIT, copyright 2018 THUNLP '
                  '(LICENSE-THUOCL.txt). Derived by Scripts/derive_thuocl_lexicon.py; do not edit by hand.\n')
        out.write('# term\tfreq\tpos\n')
        for term in sorted(chosen):
            df, pos = chosen[term]
            out.write(f'{term}\t{max(1, min(CAP, round(df * SCALE)))}\t{pos}\n')
    for s in stats:
        print(s, file=sys.stderr)
    print(f'{out_path}: {len(chosen)} rows', file=sys.stderr)


if __name__ == '__main__':
    main()
