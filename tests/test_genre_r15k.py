"""Generalisation tests of round 15's page-reading rules (fxa50, fxa51, fxa52; issue 9, fxgen7;
docs/NAMES-GENERALISATION.md round 23): a headless report turning to next year's plan, a press digest
that lost its head, a district completed with its city. Every page here is invented: other turn
phrasings, years, levels and 繁体 copies."""

from __future__ import annotations

from pathlib import Path

import pytest
from invented_page import page_reading, page_report

from drafter.figures.report import extract_report
from drafter.normalize import simplified_converter
from drafter.structure.genre import digest_without_head

_PLANNED = ("地区生产总值", "一般公共预算收入", "固定资产投资", "城镇调查失业率")

_DIGEST = (
    "本报讯（记者某某）{day}日，{who}受{lv}人民政府委托，向{lv}人大会议提交了《关于某某{lv}{y}年国民经济和社会发展"
    "计划执行情况与{p}年计划草案的报告》。\n"
    "{who}在报告中说，{y}年，全{lv}经济运行稳中有进，地区生产总值完成310亿元，同比增长5.2%。\n"
    "{turn}地区生产总值增长{gdp}左右；一般公共预算收入增长6%；固定资产投资增长8%以上；城镇调查失业率控制在5.5%以内。\n"
)


@pytest.mark.parametrize(("y", "turn"), [
    (2021, "某某在报告中提出了{p}年全{lv}经济社会发展的主要预期目标："),
    (2022, "某某在报告中建议，{p}年全{lv}主要预期目标为："),
    (2019, "报告安排了{p}年主要指标："),
    (2023, "某某说，{p}年全{lv}将力争实现以下目标："),
    (2018, "计划草案确定了{p}年的主要预期目标："),
    (2020, "某某在报告中要求，{p}年要确保完成以下目标："),
    (2024, "报告提出，明年全{lv}主要预期目标是："),
    (2022, "某某在会上表示，{p}年全{lv}力争实现："),
])
@pytest.mark.parametrize("lv", ["市", "区"])
def test_a_headless_report_turns_to_its_plan(tmp_path: Path, y: int, turn: str, lv: str) -> None:
    p = y + 1
    text = _DIGEST.format(day=9, who="某某", lv=lv, y=y, p=p, turn=turn.format(p=p, lv=lv), gdp="6%")
    figures = extract_report(page_report(tmp_path, text))
    planned = [f for f in figures if f.indicator in _PLANNED and f.value != "310" and f.value != "5.2"]
    assert len(planned) == 4
    assert {f.kind for f in planned} == {"target"}
    assert {f.period for f in planned} == {p}
    account = [f for f in figures if f.value in ("310", "5.2")]
    assert {f.kind for f in account} == {"outcome"}


def test_a_headless_report_in_traditional_characters_turns_too(tmp_path: Path) -> None:
    text = simplified_converter()(_DIGEST.format(
        day=6, who="某某", lv="縣", y=2022, p=2023, turn="某某在報告中提出了2023年全縣主要預期目標：", gdp="6.5%"))
    figures = extract_report(page_report(tmp_path, text))
    assert {f.kind for f in figures if f.indicator in _PLANNED and f.value not in ("310", "5.2")} == {"target"}


def test_a_paragraph_opening_on_the_report_year_is_still_the_account(tmp_path: Path) -> None:
    text = (
        "本报讯 某某区发改局局长某某向区人大会议提交了《关于某某区2021年国民经济和社会发展计划执行情况与2022年"
        "计划草案的报告》。\n"
        "某某在报告中说，2021年全区固定资产投资增长9%，为2022年力争更好发展奠定了基础。\n"
    )
    figures = extract_report(page_report(tmp_path, text))
    assert [(f.indicator, f.kind) for f in figures if f.value == "9"] == [("固定资产投资", "outcome")]


@pytest.mark.parametrize("opening", [
    "刘强报告说，今年前三季度，全区规模以上工业增加值增长8.2%，完成全年目标的76%。",
    "孙丽在报告中指出，今年1—9月，全县一般公共预算收入完成18.6亿元，同比增长6.1%。",
    "周平介绍说，今年以来，全市固定资产投资同比增长10.4%，比上年同期提高2个百分点。",
    "吴军报告称，今年上半年，全州社会消费品零售总额完成205亿元，增长7.7%。",
    "郑华在会上介绍，今年前5个月，全市进出口总额同比增长12%。",
])
def test_a_digest_that_lost_its_head_other_openings(opening: str) -> None:
    assert digest_without_head([opening, "城镇居民人均可支配收入同比增长6.2%，农村居民人均可支配收入增长7.5%。"])


def test_a_digest_that_lost_its_head_in_traditional_characters() -> None:
    text = simplified_converter()("周平介紹說，今年前三季度，全市地區生產總值1260億元，同比增長6.3%。")
    assert digest_without_head([text])


@pytest.mark.parametrize("texts", [
    ["刘强报告说，今年要力争规模以上工业增加值增长8%以上，确保完成全年目标。"],  # the plan's words
    ["刘强报告说，去年全区规模以上工业增加值同比增长8.2%。"],  # last year: no part of this year
    ["今年前三季度，全区规模以上工业增加值同比增长8.2%。"],  # the report's own text, no speaker
])
def test_what_is_still_no_digest_without_head(texts: list[str]) -> None:
    assert not digest_without_head(texts)


_DISTRICT = """当前位置:首页 > 政务公开 > 规划计划

2020年国民经济和社会发展计划执行情况与2021年计划

  • 2021-02-26
  • 来源:{district}
  • 分享到

--2021年2月24日在{city}{district}第六届人民代表大会第五次会议上

区发展和改革局局长 某某某

各位代表:

  我受{district}人民政府委托,向大会报告2020年计划执行情况与2021年计划草案,请予审议。

  一、2020年国民经济和社会发展计划执行情况

  2020年,全区地区生产总值完成186.2亿元,增长3.1%;一般公共预算收入12.4亿元,比上年减收0.6亿元。
"""


@pytest.mark.parametrize(("city", "district"), [("清远市", "清城区"), ("株洲市", "芦淞区"), ("宜宾市", "翠屏区")])
def test_a_district_written_alone_takes_its_city_from_the_delivery_line(tmp_path: Path, city: str, district: str) -> None:
    kind, region, year, plan_year = page_reading(tmp_path, _DISTRICT.format(city=city, district=district))
    assert region == city + district
    assert (year, plan_year) == (2020, 2021)
