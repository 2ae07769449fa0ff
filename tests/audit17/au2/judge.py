"""Judgement table of the au2 audit: (page, paragraph, value, unit) -> verdict.

Unlisted figures are judged right as drafter names them (checked by eye, see AUDIT.md)."""
import json
import sys
from collections import Counter

# wrong names: key -> (right name, shape)
WRONG = {
 ("guizhou-2022-jingji", 0, "14755.92", "亿元"): ("地区生产总值", "S1 place+全省 scope"),
 ("guizhou-2022-jingji", 0, "2.8", "%"): ("地区生产总值", "S1 place+全省 scope"),
 ("gansu-2011-jingji", 0, "1934.65", "亿元"): ("生产总值", "S1 place+全省 scope"),
 ("gansu-2011-jingji", 0, "13.0", "%"): ("生产总值", "S1 place+全省 scope"),
 ("gansu-2011-jingji", 2, "1548.39", "万亩"): ("夏粮播种面积", "S1 place+全省 scope"),
 ("gansu-2011-jingji", 2, "1.99", "%"): ("夏粮播种面积", "S1 place+全省 scope"),
 ("yunnan-2025-kaimu", 9, "2", "位"): [("高速公路、农村公路通车里程", "S2 bullet at head (a list sharing a tail stays one name: fxcount11)"), ("高速公路、农村公路通车里程", "S2")],
 ("yunnan-2025-kaimu", 10, "989", "公里"): ("铁路里程", "S2 bullet at head"),
 ("yunnan-2025-kaimu", 11, "5000", "万人次"): ("昆明长水国际机场年度旅客吞吐量", "S2 bullet at head"),
 ("yunnan-2025-kaimu", 12, "2", "万亿千瓦时"): ("“西电东送”送电量", "S2 bullet at head"),
 ("yunnan-2025-kaimu", 13, "7600", "亿元"): ("工业增加值", "S2 bullet at head"),
 ("yunnan-2025-kaimu", 16, "3", "倍"): ("咖啡产值", "S2 bullet at head"),
 ("guizhou-2022-jingji", 1, "1.1", "%"): ("服务业增加值", "S3 period word inside a name"),
 ("chongqing-2009-zfgzbg-tasks", 3, "100", "个"): [None, ("重大项目前期工作和重大招商项目", "S4 目前 inside 项目前期")],
 ("guizhou-2021-shixian-jingji", 1, "5.7", "%"): ("黔东南地区生产总值", "S8 headline verb 公布 before a blank (no verdict)"),
 ("guizhou-2021-shixian-jingji", 6, "首", "位"): ("遵义地区生产总值增速", "S8 headline (no verdict)"),
 ("guizhou-2021-shixian-jingji", 7, "22.2", "%"): ("贵阳地区生产总值占全省的比重", "S9 share after its subject's clause (no verdict)"),
 ("guizhou-2021-shixian-jingji", 7, "21.7", "%"): ("遵义地区生产总值占全省的比重", "S9 share after its subject's clause (no verdict)"),
 ("guizhou-2021-shixian-jingji", 8, "11.7", "%"): ("遵义地区生产总值", "S10 a list of places before a shared head and 分别"),
 ("guizhou-2021-shixian-jingji", 8, "11.5", "%"): ("黔西南地区生产总值", "S10 a list of places before a shared head and 分别"),
 ("guizhou-2021-shixian-jingji", 8, "11.3", "%"): ("安顺地区生产总值", "S10 a list of places before a shared head and 分别"),
 ("guizhou-2021-shixian-jingji", 8, "9.9", "%"): ("铜仁地区生产总值", "S11 elliptic subject from the sentence before (no verdict)"),
 ("guizhou-2021-shixian-jingji", 8, "9.8", "%"): ("黔南地区生产总值", "S11 elliptic subject (no verdict)"),
 ("guizhou-2021-shixian-jingji", 8, "9.7", "%"): ("六盘水地区生产总值", "S11 elliptic subject (no verdict)"),
 ("guizhou-2021-shixian-jingji", 8, "7.6", "%"): ("毕节地区生产总值", "S11 elliptic subject (no verdict)"),
 ("guizhou-2021-shixian-jingji", 8, "5.7", "%"): ("黔东南地区生产总值", "S11 elliptic subject (no verdict)"),
 ("guizhou-2021-shixian-jingji", 8, "4.8", "%"): ("贵阳地区生产总值", "S11 elliptic subject (no verdict)"),
 ("chongqing-2009-zfgzbg-tasks", 3, "120", "个"): ("市场主导类重点项目", "S12 lead verb 带动"),
 ("chongqing-2009-zfgzbg-tasks", 4, "600", "亿元"): ("融资", "S13 a means 通过…等渠道 before the verb (no verdict)"),
 ("chongqing-2009-zfgzbg-tasks", 5, "15", "个"): ("利用内资超10亿元的区县", "S7 class threshold 超N…的<noun>"),
 ("chongqing-2009-zfgzbg-tasks", 5, "8", "个"): ("实际利用外资超1亿美元的区县", None),
 ("shaanxi-2017-xianyu-jingji", 3, "59", "个"): ("增速高于全省平均增速的县（市）", "S14 有N个<noun><predicate> (no verdict)"),
 ("shaanxi-2017-xianyu-jingji", 3, "9", "个"): ("增速高于全省平均增速的县（市）", "S14 (no verdict)"),
 ("shaanxi-2017-xianyu-jingji", 4, "35", "个"): ("增速高于全省平均增速的县（市）", "S14 (no verdict)"),
 ("shaanxi-2017-xianyu-jingji", 4, "12", "个"): ("增速高于全省平均增速的县（市）", "S14 (no verdict)"),
 ("shaanxi-2017-xianyu-jingji", 7, "61", "个"): ("增速高于全省平均增速的县（市）", "S14 (no verdict)"),
 ("shaanxi-2017-xianyu-jingji", 7, "4", "个"): ("增速高于全省平均增速的县（市）", "S14 (no verdict)"),
 ("shaanxi-2017-xianyu-jingji", 8, "28", "个"): ("增速高于全省平均增速的县（市）", "S14 (no verdict)"),
 ("shaanxi-2017-xianyu-jingji", 11, "64", "个"): ("增速高于全省平均增速的县（市）", "S14 (no verdict)"),
 ("shaanxi-2017-xianyu-jingji", 11, "5", "个"): ("增速高于全省平均增速的县（市）", "S14 (no verdict)"),
 ("shaanxi-2017-xianyu-jingji", 10, "5164", "元"): ("农村居民人均可支配收入", "S15 a headline broken over two lines (no verdict)"),
 ("gansu-2011-jingji", 2, "811.23", "亿元"): ("规模以上工业增加值", "S16 规模以上工业企业完成<measure>"),
 ("gansu-2011-jingji", 2, "17.6", "%"): ("规模以上工业增加值", "S16 规模以上工业企业完成<measure>"),
 ("gansu-2011-jingji", 2, "3.9", "个百分点"): ("规模以上工业增加值增速", "S16 规模以上工业企业完成<measure>"),
 ("qinghai-2006-gongbao", 8, "240.34", "亿元"): ("规模以上工业增加值", "S17 a defining bracket inside a name"),
 ("hubei-2010-zfgzbg", 11, "6520", "亿元"): ("生产总值", "S18 在…的基础上 (name; kind baseline)"),
 ("hubei-2010-zfgzbg", 11, "15806", "亿元"): ("生产总值", "S18 在…的基础上"),
 ("hubei-2010-zfgzbg", 11, "1.42", "倍"): ("生产总值", "S18 在…的基础上"),
 ("hubei-2014-zfgzbg", 5, "16.6", "亿斤"): ("粮食产量", "S19 增产 after a quoted streak (no verdict)"),
 ("hubei-2014-zfgzbg", 6, "万", "亿元"): ("服务业增加值", "S20 、 list of whole names before 均+value"),
 ("hubei-2014-zfgzbg", 6, "3100", "亿元"): ("襄阳总量", "S20 、 list of whole names before 均+value"),
 ("guangxi-county-2020-gongbao", 2, "1.2", "个百分点"): ("第一产业拉动经济增长", "S21 拉动 after a 贡献率 list (no verdict)"),
 ("guangxi-county-2020-gongbao", 2, "4.8", "个百分点"): ("第二产业拉动经济增长", "S21 (no verdict)"),
 ("guangxi-county-2020-gongbao", 2, "3.5", "个百分点"): ("第三产业拉动经济增长", "S21 (no verdict)"),
 ("guangxi-county-2020-gongbao", 3, "1.8", "个百分点"): ("第一产业比重", "S22 a structure's change after a ratio (no verdict)"),
 ("guangxi-county-2020-gongbao", 3, "3.4", "个百分点"): ("第二产业比重", "S22 (no verdict)"),
 ("guangxi-county-2020-gongbao", 3, "-1.6", "个百分点"): ("第三产业比重", "S22 (no verdict)"),
 ("guangxi-county-2020-gongbao", 5, "61.9", "%"): ("农业占农林牧渔业的比重", "S23 a share list after 占…比重分别为 (no verdict)"),
 ("guangxi-county-2020-gongbao", 5, "4.5", "%"): ("林业占农林牧渔业的比重", "S23 (no verdict)"),
 ("guangxi-county-2020-gongbao", 5, "27.6", "%"): ("牧业占农林牧渔业的比重", "S23 (no verdict)"),
 ("guangxi-county-2020-gongbao", 5, "5.6", "%"): ("渔业占农林牧渔业的比重", "S23 (no verdict)"),
 ("guangxi-county-2020-gongbao", 5, "0.4", "%"): ("农业服务业占农林牧渔业的比重", "S23 (no verdict)"),
 ("sichuan-2020-gongbao", 11, "11.0", "%"): ("食品烟酒类价格", "S24 a CPI class after 其中 (no verdict)"),
 ("chongqing-2012-kaimu", 6, "13.6", "%"): ("经济", "S25 own place before 经济 (no verdict)"),
 ("yunnan-2025-kaimu", 28, "3", "轮"): ("爱国卫生“7个专项行动”", "S26 a quoted name with a numeral cut (no verdict)"),
 # found once the paragraph is normalized as drafter's reader does (blank between number and unit)
 ("guizhou-2021-shixian-jingji", 6, "3000", "亿元"): ("遵义地区生产总值", "S8 headline (no verdict)"),
 ("guizhou-2021-shixian-jingji", 7, "0.8", "个百分点"): ("贵阳地区生产总值占全省的比重", "S30 占比 restating the share before (no verdict)"),
 ("guizhou-2021-shixian-jingji", 7, "0.6", "个百分点"): ("遵义地区生产总值占全省的比重", "S30 (no verdict)"),
 ("guizhou-2021-shixian-jingji", 7, "3000", "亿元"): ("遵义地区生产总值", "S32 该 pointing to the subject before (no verdict)"),
 ("guizhou-2021-shixian-jingji", 7, "首", "位"): ("遵义地区生产总值增速", "S32 (no verdict)"),
 ("guizhou-2021-shixian-jingji", 7, "1500", "亿元"): [("毕节地区生产总值", "S11 elliptic subject (no verdict)"), "SPURIOUS:S31 a band's bound for a list of places (no verdict)"],
 ("guizhou-2021-shixian-jingji", 7, "1585.86", "亿元"): ("毕节地区生产总值", "S11 (no verdict)"),
 ("guizhou-2021-shixian-jingji", 7, "1310.35", "亿元"): ("黔南地区生产总值", "S10 a list of places before 分别为"),
 ("guizhou-2021-shixian-jingji", 7, "1098.90", "亿元"): ("铜仁地区生产总值", "S10"),
 ("guizhou-2021-shixian-jingji", 7, "1081.33", "亿元"): ("六盘水地区生产总值", "S10"),
 ("guizhou-2021-shixian-jingji", 7, "1050.40", "亿元"): ("黔西南地区生产总值", "S10"),
 ("guizhou-2021-shixian-jingji", 7, "899.22", "亿元"): ("黔东南地区生产总值", "S10"),
 ("guizhou-2021-shixian-jingji", 7, "819.17", "亿元"): ("安顺地区生产总值", "S10"),
 ("guizhou-2021-shixian-jingji", 9, "500", "亿元"): [("南明地区生产总值", "S20 、 list of whole names before a value (no verdict: headline)")],
 ("guizhou-2021-shixian-jingji", 11, "500", "亿元"): ("南明地区生产总值", "S10"),
 ("guizhou-2021-shixian-jingji", 11, "633.69", "亿元"): ("南明地区生产总值", "S10"),
 ("guizhou-2021-shixian-jingji", 11, "581.07", "亿元"): ("云岩地区生产总值", "S10"),
}
# no figure at all
SPURIOUS = {
 ("henan-2022-zfgzbg", 8, "五", "年"): "S5 a span of years",
 ("yongchuan-2021-zfgzbg", 5, "五", "年"): "S5 a span of years",
 ("hubei-2010-zfgzbg", 10, "五", "年"): "S5 a span of years",
 ("hubei-2010-zfgzbg", 11, "五", "年"): "S5 a span of years",
 ("hubei-2010-zfgzbg", 12, "五", "年"): "S5 a span of years",
 ("kunming-2016-kaimu", 4, "457", "名"): "S6 a congress's attendance",
 ("kunming-2016-kaimu", 4, "445", "名"): "S6 a congress's attendance",
 ("kunming-2022-kaimu", 7, "447", "人"): "S6 a congress's attendance",
 ("kunming-2022-kaimu", 7, "428", "人"): "S6 a congress's attendance",
 ("chongqing-2013-kaimu", 3, "864", "人"): "S6 a congress's attendance",
 ("chongqing-2013-kaimu", 3, "807", "人"): "S6 a congress's attendance",
 ("sichuan-2020-gongbao", 6, "855", "次"): "S27 a page's hit counter",
 ("chongqing-2009-zfgzbg-tasks", 1, None, ""): "S28 a heading's slogan (no verdict)",
 ("chongqing-2009-zfgzbg-tasks", 5, "1", "亿美元"): "S7 class threshold",
 ("chongqing-2009-zfgzbg-tasks", 5, "10", "亿元"): "S7 class threshold",
 ("qinghai-2006-gongbao", 8, "500", "万元"): "S17 class threshold inside a defining bracket",
 ("guangxi-county-2020-gongbao", 3, "30.5", "%"): "S22 a structure ratio (main convention 3)",
 ("guangxi-county-2020-gongbao", 3, "18.5", "%"): "S22 a structure ratio",
 ("guangxi-county-2020-gongbao", 3, "51", "%"): "S22 a structure ratio",
 ("shaanxi-2017-xianyu-jingji", 0, "78", "个"): "S29 the scope's own count (no verdict)",
 ("shaanxi-2017-xianyu-jingji", 3, "78", "个"): "S29 the scope's own count (no verdict)",
 ("shaanxi-2017-xianyu-jingji", 4, "78", "个"): "S29",
 ("shaanxi-2017-xianyu-jingji", 7, "78", "个"): "S29",
 ("shaanxi-2017-xianyu-jingji", 8, "78", "个"): "S29",
 ("shaanxi-2017-xianyu-jingji", 11, "78", "个"): "S29",
 ("guizhou-2021-shixian-jingji", 10, "88", "个"): "S29 the scope's own count (no verdict)",
 ("guizhou-2021-shixian-jingji", 7, "1000", "亿元"): "S31 a band's bound for a list of places (no verdict)",
}
# kinds wrong: key -> right kind
KIND = {("hubei-2010-zfgzbg", 11, "6520", "亿元"): "baseline"}
# misses: key -> right name (figures drafter did not read)
MISSES = {
 ("guizhou-2021-shixian-jingji", 5, "13985.53", "亿元"): "地区生产总值",
 ("guizhou-2021-shixian-jingji", 5, "1993.65", "亿元"): "第一产业增加值",
 ("guizhou-2021-shixian-jingji", 5, "4833.84", "亿元"): "第二产业增加值",
 ("guizhou-2021-shixian-jingji", 5, "7158.04", "亿元"): "第三产业增加值",
 ("guizhou-2021-shixian-jingji", 7, "3102.44", "亿元"): "贵阳地区生产总值",
 ("guizhou-2021-shixian-jingji", 7, "3037.87", "亿元"): "遵义地区生产总值",
 ("guizhou-2021-shixian-jingji", 9, "500", "亿元"): "云岩地区生产总值",  # 南明、云岩超过500亿元: two figures
 ("guizhou-2021-shixian-jingji", 11, "1109.19", "亿元"): "仁怀地区生产总值",
 ("guangxi-county-2020-gongbao", 5, "12.61", "%"): "牧业产值",
 ("yunnan-2025-kaimu", 14, "一", ""): "锡铟锗产量",
 ("yunnan-2025-kaimu", 15, "一", ""): "花卉产量",
 ("hubei-2014-zfgzbg", 6, "万", "亿元"): "建筑业总产值",
 ("hubei-2014-zfgzbg", 6, "3100", "亿元"): "宜昌总量",
}


def key(o):
    return (o["page"], o["para"], o["value"], o["unit"])


def measure(path):
    figs = [json.loads(line) for line in open(path, encoding="utf-8")]
    c, wrong, seen = Counter(), [], Counter()
    for o in figs:
        k = key(o)
        seen[k] += 1
        verdict = WRONG.get(k, (o["ind"], None))
        if isinstance(verdict, list):
            verdict = verdict[seen[k] - 1] if seen[k] <= len(verdict) else None
            verdict = verdict or (o["ind"], None)
        if isinstance(verdict, str) or k in SPURIOUS:
            why = verdict[len("SPURIOUS:"):] if isinstance(verdict, str) else SPURIOUS[k]
            c["spurious"] += 1
            wrong.append(("spurious", o, why))
            continue
        c["judged"] += 1
        right = verdict[0]
        if k in MISSES and seen[k] > 1:
            right = MISSES[k]
        if o["ind"] == right:
            c["right"] += 1
        else:
            c["wrong"] += 1
            wrong.append(("wrong", o, right))
        if k in KIND and o["kind"] != KIND[k]:
            c["kind_wrong"] += 1
    cnt = Counter(key(o) for o in figs)
    for k in MISSES:
        expected = 2 if k in WRONG else 1
        if cnt[k] < expected:
            c["missed"] += 1
            wrong.append(("missed", {"page": k[0], "para": k[1], "ind": "", "value": k[2], "unit": k[3]}, MISSES[k]))
    return c, wrong


if __name__ == "__main__":
    c, wrong = measure(sys.argv[1])
    print(dict(c), "names right share of judged+missed:", round(c["right"] / (c["judged"] + c["missed"]), 3))
    if len(sys.argv) > 2:
        for w in wrong:
            print(w[0], w[1]["page"], w[1]["para"], w[1]["ind"], w[1]["value"], w[1]["unit"], "->", w[2])
