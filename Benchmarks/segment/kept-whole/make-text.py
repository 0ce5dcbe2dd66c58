#!/usr/bin/env python3
"""Writes text.txt and terms.txt of the kept-whole check: ~100 names and coinages of 2015-2026, each in three
sentences written by the ZhText team (templates per kind of term, filled in a fixed order). Deterministic.

    python3 Benchmarks/segment/kept-whole/make-text.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

TERMS = {
    'foreign': ['马克龙', '泽连斯基', '古特雷斯', '内塔尼亚胡', '布林肯', '朔尔茨', '斯塔默', '埃尔多安', '苏纳克', '冯德莱恩',
                '佩斯科夫', '鲁比奥', '默茨', '卢拉', '米莱', '马杜罗', '哈梅内伊', '佩泽希齐扬', '奥尔班', '梅洛尼',
                '阿尔巴尼斯', '格奥尔基耶娃', '拉加德', '贝森特', '卢特尼克', '高市早苗', '石破茂', '岸田文雄', '尹锡悦', '李在明'],
    'chinese': ['毛宁', '林剑', '郭嘉昆', '丁薛祥', '何立峰', '王文涛', '蓝佛安', '潘功胜', '董军', '黄仁勋', '雷军', '梁文锋',
                '张一鸣', '王兴兴'],
    'org': ['中芯国际', '宁德时代', '字节跳动', '拼多多', '小红书', '宇树科技', '深度求索', '月之暗面', '摩尔线程', '长鑫存储',
            '北方华创', '胡塞武装', '哈马斯', '金砖国家', '上合组织'],
    'place': ['雄安新区', '大湾区', '粤港澳大湾区', '横琴', '临港新片区', '海南自贸港', '加沙地带', '库尔斯克', '顿涅茨克', '汗尤尼斯',
              '曼德海峡'],
    'event': ['中欧班列', '进博会', '消博会', '服贸会', '链博会', '嫦娥六号', '神舟十八号', '天问一号', '梦天实验舱', '二十大',
              '杭州亚运会', '哈尔滨亚冬会'],
    'coinage': ['大模型', '具身智能', '人形机器人', '低空经济', '银发经济', '碳达峰', '碳中和', '元宇宙', '数字人民币', '预制菜',
                '村超', '算力', '智能体', '东数西算', '专精特新', '首发经济', '直播带货', '以旧换新'],
}

TEMPLATES = {
    'foreign': ['据报道，{t}当天在记者会上回应了有关问题。', '外交部发言人表示，中方注意到{t}近日的讲话。',
                '分析人士认为，{t}的表态反映出当前局势的复杂性。', '{t}和随行官员一起抵达会场，受到热烈欢迎。',
                '这是{t}今年以来第三次公开谈到这一议题。', '媒体援引消息人士的话说，{t}对谈判结果并不满意。'],
    'chinese': ['{t}在发布会上介绍了相关情况。', '记者注意到，{t}此前也多次谈到这个问题。',
                '据介绍，{t}当天还同企业代表进行了座谈。', '对于外界的关切，{t}作出了详细说明。',
                '会后{t}接受了记者的简短采访。', '{t}指出，下一步将继续加大工作力度。'],
    'org': ['业内人士指出，{t}今年的表现明显好于预期。', '根据公开信息，{t}已经完成了新一轮调整。',
            '不少投资者开始关注{t}的最新动向。', '{t}方面回应称，相关工作正在有序推进。',
            '与{t}有关的消息在网上引发热议。', '这一变化对{t}来说既是挑战也是机遇。'],
    'place': ['近年来，{t}的基础设施建设明显加快。', '记者日前来到{t}，实地了解当地的发展情况。',
              '{t}的居民对这项新政策普遍表示欢迎。', '从{t}传来的消息显示，局势仍然紧张。',
              '专家建议在{t}率先开展相关试点。', '目前{t}已经吸引了大批企业入驻。'],
    'event': ['今年的{t}吸引了来自各地的大量关注。', '围绕{t}，有关部门做了周密的准备。',
              '不少网友在社交平台上分享了与{t}有关的照片。', '{t}取得的成果令人振奋。',
              '评论认为，{t}是近年来最受关注的事件之一。', '据了解，{t}的各项工作进展顺利。'],
    'coinage': ['随着{t}快速发展，相关产业链也在不断完善。', '不少地方把{t}写进了今年的工作计划。',
                '业内专家表示，{t}仍面临不少现实难题。', '记者在调研中发现，{t}已经走进了普通人的生活。',
                '围绕{t}的讨论在年轻人中尤其热烈。', '有关方面正在研究支持{t}的具体措施。'],
}


def main():
    lines, terms = [], []
    for kind, words in TERMS.items():
        templates = TEMPLATES[kind]
        for i, t in enumerate(words):
            terms.append(t)
            for k in range(3):
                lines.append(templates[(i + 2 * k) % len(templates)].format(t=t))
    # Interleave kinds so that neighbouring lines differ (a fixed permutation).
    order = sorted(range(len(lines)), key=lambda i: (i * 7919) % len(lines))
    with open(os.path.join(HERE, 'text.txt'), 'w', encoding='utf-8') as f:
        f.write(''.join(lines[i] + '\n' for i in order))
    with open(os.path.join(HERE, 'terms.txt'), 'w', encoding='utf-8') as f:
        f.write('# Names and coinages of 2015-2026 checked by kept-whole.py (one per line).\n')
        f.write(''.join(t + '\n' for t in terms))
    print(f'{len(terms)} terms, {len(lines)} lines')


if __name__ == '__main__':
    main()
