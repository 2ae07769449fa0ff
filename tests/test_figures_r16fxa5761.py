"""Figure rule tests of the sixteenth round (fxa5761, real_aside57/61): a digest's plan sentence after
``报告说，今年…拟安排``, verbs of state after a name, the own place at a name's head, a copy's blanks in
a count and after a per cent. Every sentence here is invented."""

from __future__ import annotations

from pathlib import Path

from _bounds import cpu_bound
from invented_page import page_report

from drafter.figures.extract import extract_figures
from drafter.figures.report import extract_report
from drafter.normalize import normalize_text


def _names(text: str, kind: str = "outcome") -> list[tuple[str, str | None]]:
    return [(f.indicator, f.value) for f in extract_figures(text, kind=kind, year=2023)]


def test_verb_of_state_after_a_name_goes() -> None:
    got = _names("某某市外贸出口总额100亿美元。机电产品出口增势良好，增长19.5%；民营企业出口增长强劲，增长31.2%。")
    assert ("机电产品出口", "19.5") in got
    assert ("民营企业出口", "31.2") in got


def test_own_place_at_a_name_head_goes_in_any_form() -> None:
    got = _names("港口吞吐量和本市社会消费品零售总额分别完成300万吨和900亿元。")
    assert ("社会消费品零售总额", "900") in got
    got = _names("在沪的外资研发中心、跨国公司地区总部分别达到120家和80家。")
    assert ("外资研发中心", "120") in got
    assert _names("本市场主体新增1000家。")[0][0] != "场主体"


def test_blanks_a_copy_left_in_a_count_and_after_a_per_cent() -> None:
    assert normalize_text("分别达到3 4家、71家") == "分别达到34家、71家"
    assert normalize_text("分别增长12.5% 和9.1%") == "分别增长12.5%和9.1%"
    assert normalize_text("排名第 3 位") == "排名第3位"
    with cpu_bound(1.0):
        normalize_text("达到5 6" * 10_000)
        normalize_text("增长5% " * 10_000)


_DIGEST = (
    "——来源：某某日报\n"
    "受省政府委托，省发改委15日向省人大会议提请审查《关于某某省2020年国民经济和社会发展计划执行情况及2021年"
    "国民经济和社会发展计划草案的报告》。报告说，今年我省拟安排省重点项目1200个，其中在建项目900个、年度计划"
    "投资3000亿元，新开工200个项目。\n"
    "今年将建成某某高速公路等项目。\n"
)


def test_digest_turning_to_this_year_inside_its_paragraph_gives_targets(tmp_path: Path) -> None:
    figures = extract_report(page_report(tmp_path, _DIGEST))
    got = {(f.indicator, f.value, f.kind) for f in figures}
    assert ("省重点项目", "1200", "target") in got, got
    assert ("在建项目", "900", "target") in got, got


def test_growth_moved_from_a_month_is_a_start_and_an_end() -> None:
    got = [(f.indicator, f.value, f.kind) for f in extract_figures(
        "某某产品出口额120亿元，增长4%，当月增速由3月的2%逐步回升至6.5%。", kind="outcome", year=2023)]
    assert ("某某产品出口额", "2", "baseline") in got
    assert ("某某产品出口额", "6.5", "outcome") in got


def test_markets_listed_before_a_class_each_name_their_trade() -> None:
    got = _names("对巴西、南非、智利等新兴市场的出口分别增长2.1倍、1.5倍和30%。")
    assert got == [("对巴西出口", "2.1"), ("对南非出口", "1.5"), ("对智利出口", "30")]
    with cpu_bound(1.0):
        _names("对" + "甲国、" * 10_000 + "乙国等市场的出口分别增长5%和3%。")
