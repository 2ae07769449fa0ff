"""Write tests/ledger/B.txt: a whole 2024 report of 天津市河北区, scripted from the real 2023
report (the seed, examples/tjhb-2023.txt) with planted outcomes.

The 2024 report follows the genre the seed shows: web chrome, the title and subtitle a year on,
part 一 answering the seed's part 二 chapter by chapter with planted outcomes (growth, a
ceiling, increments, totals, stated completion rates, one of them disagreeing with the
figures), the shortcomings paragraph, and part 二 — the seed's part 二 rolled forward a year,
so its targets for 2025 stand as decoys that are never outcomes. Run it again after editing
the planted sentences: ``python tests/ledger/make_b.py``.
"""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = HERE.parent.parent / "examples" / "tjhb-2023.txt"

#: Part 一 of the 2024 report: per chapter of the seed's part 二, its title as executed and
#: its paragraphs (lead sentence first). The planted outcome of each scored target is noted.
EXECUTION = [
    ("聚焦京津冀协同发展,加强与滨海新区联动发展", [
        # stated completion agreeing with the figures: 36 / 30 = 120%
        "京津冀协同发展承载区建设提速。开展协同发展十周年系列活动,落地北京新设机构58家,"
        "实现北京项目投资额36亿元,完成全年任务的120%。",
        "与滨海新区联动发展走深走实。东疆之星·意风新经济产业园全量运营,城市候机楼建成投用。",
    ]),
    ("聚焦主导产业竞争力,现代服务业升级版加快成形", [
        # a count against an at-least target; stated completion disagreeing (143.8/123 = 116.9%)
        "数字服务业创新发展。智算中心三期开工建设,华为天津区域总部投入使用,华为生态企业达到72家。"
        "全年实现技术合同成交额143.8亿元,完成全年任务的118%,国家高新技术企业达到136家。",
        # the tax target 过亿元 answered in 亿元
        "航运服务业集聚发展。远洋大厦二期主体完工,航运相关企业实现税收1.3亿元。",
    ]),
    ("聚焦激发资源潜能,经济发展新动能不断集聚", [
        # an amount target missed: 3.9 / 4.2 = 92.9%
        "存量资源加快盘活。旺海国际大厦打造海河沿线地标楼宇,盘活闲置房产3.9万平方米。",
        # increment answering a total target; increment target answered only by a total
        "经营主体持续壮大。开展市场主体充盈专项行动,全年新增市场主体9105户;"
        "纳统扩容成效明显,纳统企业总数达到612家。",
    ]),
    ("聚焦城区更新提升,宜居宜业环境持续改善", [
        # a ceiling kept, with its margin
        "生态环境质量稳步改善。大气污染协同治理扎实推进,降尘量均值为5.8吨/月·平方公里。",
    ]),
    ("聚焦民计民生保障,群众生活品质不断提高", [
        "民心工程全面完成。完成民心工程20项,新增义务教育学位1200个。",
    ]),
]

#: The execution overview: the growth targets of the main-targets paragraph.
OVERVIEW = (
    "2024年是中华人民共和国成立75周年,是实施“十四五”规划的关键一年。面对复杂严峻的外部环境,"
    "全区上下真抓实干,经济运行总体平稳。预计全年地区生产总值同比增长3.7%,"
    "一般公共预算收入同比增长3.4%,固定资产投资同比增长2.1%。"
)

SHORTCOMINGS = (
    "在总结成绩的同时,我们也清醒认识到存在的差距和不足:经济增长未达预期,重点项目支撑不足;"
    "产业集聚发展还有较大差距;民生保障等领域尚有短板。"
)


def _roll(text: str) -> str:
    """Years a report is about move one on: 2023 → 2024, 2024 → 2025."""
    return re.sub(r"(?<!\d)(2024|2023)(?=年)", lambda m: str(int(m.group(1)) + 1), text)


def build() -> str:
    seed = SEED.read_text(encoding="utf-8").splitlines()
    plan_at = next(i for i, line in enumerate(seed) if line.startswith("二、2024年"))
    end = next(i for i, line in enumerate(seed) if line.startswith("附件"))
    head = [
        "天津市河北区人民政府 2020年12月3日星期二",
        "",
        "无障碍 无障碍 简体| 繁体 长者模式 长者模式",
        "",
        "关于河北区2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案的报告",
        "来源:天津市河北区发展和改革委员会 发布时间:2025-02-08 09:30",
        "",
        "——2025年1月9日在河北区第十八届",
        "",
        "人民代表大会第六次会议上",
        "",
        "河北区发展和改革委员会主任 刘海力",
        "",
        "各位代表:",
        "",
        "受区人民政府委托,现向大会报告河北区2024年国民经济和社会发展计划执行情况与2025年国民经济"
        "和社会发展计划草案,请予审议,并请政协委员和其他列席人员提出意见。",
        "",
        "一、2024年国民经济和社会发展计划执行情况",
        "",
        OVERVIEW,
        "",
    ]
    body: list[str] = []
    for n, (title, paragraphs) in enumerate(EXECUTION):
        body += [f"({'一二三四五六七八九'[n]}){title}", ""]
        for paragraph in paragraphs:
            body += [paragraph, ""]
    body += [SHORTCOMINGS, ""]
    plan = [_roll(line) for line in seed[plan_at:end]]
    return "\n".join(head + body + plan + ["附件:", ""])


if __name__ == "__main__":
    (HERE / "B.txt").write_text(build(), encoding="utf-8")
