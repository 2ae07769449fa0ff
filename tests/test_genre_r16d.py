"""Page-reading rule tests of round 16 (fixer fxa5960; real_aside59 and real_aside60): a signed digest
naming the report below its lede, the agenda and who attended; a page telling a meeting that heard a report
on part of the year, then restating its figures; the rest of the year after 按照计划; news quoting no
figure stays refused. Every page here is invented: other places, years, levels and wordings."""

from __future__ import annotations

from pathlib import Path

import pytest
from _bounds import cpu_bound
from invented_page import page_reading, page_report

from drafter.errors import InputError
from drafter.figures.report import extract_report
from drafter.structure.genre import DELIVERED_REPORT, HEARD_PERIOD_REPORT, heard_period_digest

_SIGNED = (
    "某某日报网 > 某省 > 某省新闻\n"
    "某省交出半年答卷：{lede}\n"
    "{y}-07-30\n"
    "来源：某某晚报\n"
    "上半年，某省地区生产总值增长6.1%，保持在合理区间。但投资、消费等4项指标仍低于年初预期。\n"
    "下半年，某省将在四个方面发力稳增长。\n"
    "某某网7月29日讯 省十三届人大常委会第八次会议今天开幕。会议将听取、审议4项工作报告，审议3件地方性法规草案和有关人事任免案。\n"
    "省人大常委会副主任某某主持第一次全体会议，秘书长某某出席会议。\n"
    "受省政府委托，省发改委主任某某作了关于某省{y}年上半年国民经济和社会发展计划执行情况的报告。\n"
    "上半年，全省规模工业增加值增长5.4%，固定资产投资增长7.2%，社会消费品零售总额增长6.8%，一般公共预算收入增长3.1%。\n"
)


@pytest.mark.parametrize(("y", "lede"), [(2016, "年初10项指标6项达标"), (2019, "经济运行总体平稳")])
def test_signed_news_restating_the_half_year_report_is_a_digest(tmp_path: Path, y: int, lede: str) -> None:
    report = page_report(tmp_path, _SIGNED.format(y=y, lede=lede))
    assert (report.meta.kind, report.meta.year) == ("execution", y)
    figures = extract_report(report)
    values = {f.value for f in figures}
    assert {"6.1", "5.4", "7.2", "6.8", "3.1"} <= values
    # the session's agenda counts are the meeting's, no figure of the report
    assert not [f for f in figures if f.unit in ("项", "件") and f.value in ("3",) and "草案" in f.indicator]
    assert not [f for f in figures if "工作报告" in f.indicator]


def test_signed_news_of_the_session_quoting_no_figure_stays_refused(tmp_path: Path) -> None:
    text = (
        "某某日报网 > 某省 > 某省新闻\n某省人大常委会会议开幕\n2018-07-30\n来源：某某晚报\n"
        "某某网7月29日讯 省十三届人大常委会第四次会议今天开幕。会议将听取、审议4项工作报告。\n"
        "省人大常委会副主任某某主持第一次全体会议，秘书长某某出席会议。\n"
        "受省政府委托，省发改委主任某某作了关于某省2018年上半年国民经济和社会发展计划执行情况的报告。\n"
        "会议还听取了省人民政府关于2018年上半年预算执行情况的报告。\n"
    )
    with pytest.raises(InputError):
        page_report(tmp_path, text)


_HEARD = (
    "{date}，{meeting}听取{who}关于{what}的{doc}，报告显示，上半年全{lv}实现地区生产总值812.4亿元，增长6.3%；"
    "一般公共预算收入61.2亿元，增长4.1%；固定资产投资增长7.5%；社会消费品零售总额301.6亿元，增长5.9%。\n"
    "按照计划，今年下半年，{place}将确保完成地区生产总值900亿元，全年达到1712亿元，完成固定资产投资600亿元以上。\n"
)


@pytest.mark.parametrize(("meeting", "who", "what", "doc", "lv", "place"), [
    ("市十四届人大常委会第九次会议", "市人民政府", "今年上半年经济工作情况和下半年经济工作安排", "报告", "市", "某某市"),
    ("县人大常委会第二十次主任会议", "", "上半年国民经济和社会发展计划执行情况", "汇报", "县", "某某县"),
    ("区人大常委会召开第12次主任会议", "区发展改革局", "今年前三季度国民经济和社会发展计划执行情况", "报告", "区", "全区"),
])
def test_a_meeting_hearing_a_report_on_part_of_the_year_then_its_figures(
    tmp_path: Path, meeting: str, who: str, what: str, doc: str, lv: str, place: str
) -> None:
    text = _HEARD.format(date="7月26日", meeting=meeting, who=who, what=what, doc=doc, lv=lv, place=place)
    with pytest.raises(InputError):  # no year anywhere: the user's (--year), never guessed
        page_report(tmp_path, text)
    report = page_report(tmp_path, text, year=2017, region="某省某某" + lv)
    assert report.meta.kind == "execution"
    figures = extract_report(report)
    account = [f for f in figures if f.value in ("812.4", "6.3", "61.2", "4.1", "7.5", "301.6", "5.9")]
    assert len(account) == 7 and {f.kind for f in account} == {"outcome"}
    rest = [f for f in figures if f.value in ("900", "1712", "600")]
    assert {f.kind for f in rest} == {"target"}
    assert {f.indicator for f in rest if f.value in ("900", "1712")} == {"地区生产总值"}


def test_a_year_the_heard_report_writes_is_read(tmp_path: Path) -> None:
    text = (
        "某某市人大常委会第三十次主任会议\n来源：某某日报 发布时间：2021-07-28\n"
        "7月27日，市人大常委会召开主任会议，听取关于某某市2021年国民经济社会发展计划和市级财政预算上半年执行情况的汇报等。\n"
        "上半年，全市实现地区生产总值3012.5亿元，增长9.5%；一般公共预算收入221.3亿元，增长12%；"
        "城镇居民人均可支配收入26012元、增长9.1%。\n"
        "会议还听取了关于2020年市级财政决算（草案）的汇报；听取市人大预算工委关于决算初审意见的汇报。\n"
        "某某要求，各地各部门要奋力实现市人代会确定的目标任务。\n"
    )
    kind, _, year, plan_year = page_reading(tmp_path, text, region="某省某某市")
    assert (kind, year, plan_year) == ("execution", 2021, 2022)
    assert {f.kind for f in extract_report(page_report(tmp_path, text, region="某省某某市"))} == {"outcome"}


def test_a_heard_report_with_few_figures_is_no_digest() -> None:
    texts = ["7月20日，县人大常委会召开会议，听取县政府关于上半年国民经济和社会发展计划执行情况的报告。",
             "会议要求，要确保完成全年目标任务，地区生产总值增长7%。"]
    assert heard_period_digest(texts) == ("", None)


def test_the_new_patterns_read_long_hostile_input_fast() -> None:
    for pattern, text in (
        (HEARD_PERIOD_REPORT, "听取" + "关于上半年" * 10_000),
        (DELIVERED_REPORT, "作了关于" + "执行" * 10_000),
    ):
        with cpu_bound(1.0):
            pattern.search(text)


def test_a_heard_budget_report_is_no_plan_digest() -> None:
    texts = ["7月20日，县人大常委会召开会议，听取县财政局关于上半年预算执行情况的报告，报告显示，上半年一般公共预算收入"
             "12.1亿元，增长5%；税收收入9.2亿元，增长4.1%；一般公共预算支出21.3亿元，增长6.2%。"]
    assert heard_period_digest(texts) == ("", None)
