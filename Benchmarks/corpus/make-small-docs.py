#!/usr/bin/env python3
"""Writes N small self-written documents as JSONL for the corpus store's scale benchmark.

Usage: make-small-docs.py N OUT.jsonl [SEED]

Every sentence is made here from short self-written pieces (no text from ../shared or anywhere else): a few
hundred distinct sentences (subject + action + object + tail), combined pseudo-randomly, 2-4 per document. Dates are
spread over 2015-2024 (one per day, several documents a day); each row has an id, a date, a source, a title and the
text. Three followed phrases (新质生产力, 高质量发展, 乡村振兴) are written into some sentences, with a probability
that changes over the years, so a trend query has a shape to find. The output depends only on N and SEED.
"""
import datetime
import json
import random
import sys

SUBJECTS = ["本市", "县里", "街道办", "合作社", "这家工厂", "新来的团队", "镇政府", "学校", "社区", "村委会",
            "图书馆", "医院", "车站", "公司", "研究所", "博物馆", "菜市场", "物业", "志愿者队伍", "运输队"]
ACTIONS = ["今天安排了", "上午讨论了", "正在准备", "决定推进", "认真总结了", "公布了", "重新调整了", "开始试行",
           "集中检查了", "逐步完善了", "提前完成了", "组织学习了"]
OBJECTS = ["冬季供暖方案", "道路维修计划", "垃圾分类办法", "夜市管理规定", "老人助餐服务", "校车路线", "防汛准备",
           "农田灌溉安排", "停车收费标准", "社区活动日程", "公交线路调整", "自来水管网改造", "菜价监测报告",
           "绿地养护工作", "旧楼加装电梯项目", "快递网点布局", "图书借阅规则", "体检预约流程"]
TAILS = ["，大家都很关心。", "，下周再开会。", "，效果还要观察。", "，群众反映不错。", "，细节仍需商量。", "。",
         "，预计月底完成。", "，有关部门已经表态。", "，记者在现场看到了变化。", "，居民提了不少意见。"]
FOLLOWED = ["新质生产力", "高质量发展", "乡村振兴"]
FRAMES = ["会上有人提到{}，引起讨论。", "报告多次强调{}。", "大家围绕{}交流了想法。", "专栏介绍了{}的新做法。"]
SOURCES = ["城市晚报", "县广播站", "社区通讯", "工厂简报", "校园快讯", "农业周刊", "交通热线", "民生观察"]


def sentences(rng):
    """A few hundred distinct plain sentences."""
    out = set()
    while len(out) < 400:
        out.add(rng.choice(SUBJECTS) + rng.choice(ACTIONS) + rng.choice(OBJECTS) + rng.choice(TAILS))
    return sorted(out)


def main():
    n = int(sys.argv[1])
    path = sys.argv[2]
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 7)
    plain = sentences(rng)
    start = datetime.date(2015, 1, 1)
    days = (datetime.date(2024, 12, 31) - start).days + 1
    with open(path, "w", encoding="utf-8") as out:
        for i in range(n):
            day = start + datetime.timedelta(days=i * days // n)
            year = day.year - 2015  # 0..9
            parts = [rng.choice(plain) for _ in range(rng.randint(2, 4))]
            # The followed phrases: 高质量发展 everywhere, 乡村振兴 from 2017 on, 新质生产力 rising in the last years.
            weights = [0.002 if year < 8 else 0.02 * (year - 7), 0.03, 0.0 if year < 2 else 0.02]
            for phrase, w in zip(FOLLOWED, weights):
                if rng.random() < w:
                    parts.insert(rng.randrange(len(parts) + 1), rng.choice(FRAMES).format(phrase))
            text = "".join(parts)
            row = {"id": f"d{i}", "date": day.isoformat(), "source": SOURCES[rng.randrange(len(SOURCES))],
                   "title": parts[0][:12], "text": text}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
