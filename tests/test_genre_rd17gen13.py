"""Page-level generalisation tests of round 17's second-wave first-sight shapes (real_aside74 and real_pass1–2; issue 9,
fxgen13; docs/NAMES-GENERALISATION.md round 29): a standing committee's deliberation opinion whose own formula is the
members' advice before numbered points (other cities, counties, sessions, dates, wordings of the formula; 繁体), and
figures of a plan report's page read through the whole page (crops after 其中 across a ；, a national list's top).
Every page is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from _bounds import cpu_bound
from invented_page import page_reading, page_report

from drafter.errors import InputError
from drafter.structure.genre import REVIEW_OWN_FORMULA, own_review


def _s2t(text: str) -> str:
    from conftest import opencc

    return opencc("s2t").convert(text)


def _opinion(date: str, body: str, report: str, formula: str) -> str:
    """An opinion page of a body's meeting: the report heard, the members' view, the formula, two points."""
    return (
        f"{date},{body}听取和审议了{report}。\n"
        "常委会组成人员认为,今年以来,政府认真落实年度计划,主要指标运行在合理区间,应予肯定。\n"
        f"为推动全年目标顺利实现,{formula}\n"
        "一、持续扩大有效投资,加快重大项目建设进度,强化要素保障。\n"
        "二、着力稳定就业和民生,兜牢基本民生底线,办好民生实事。\n"
    )


@pytest.mark.parametrize(
    ("date", "body", "report", "formula", "years"),
    [
        ("2021年8月27日", "青川县第十八届人大常委会第三十一次会议", "县人民政府《关于青川县今年以来国民经济和社会发展计划执行情况的报告》",
         "常委会组成人员建议:", (2021, 2022)),
        ("2019年7月26日", "某某区第五届人大常委会第二十次会议", "区人民政府《关于某某区2019年上半年国民经济和社会发展计划执行情况的报告》",
         "常委会组成人员提出以下意见建议：", (2019, 2020)),
        ("2024年8月30日", "某某州第十四届人大常委会第十二次会议", "州人民政府《关于某某州今年上半年国民经济和社会发展计划执行情况的报告》",
         "常委会委员们一致建议:", (2024, 2025)),
        ("2020年8月28日", "某某市第十六届人大常委会第三十五次会议", "市人民政府《关于某某市今年以来国民经济和社会发展计划执行情况的报告》",
         "常委会组成人员提出如下意见和建议：", (2020, 2021)),
    ],
)
def test_members_advice_before_numbered_points_is_a_review(
    tmp_path: Path, date: str, body: str, report: str, formula: str, years: tuple[int, int]
) -> None:
    kind, _, year, plan_year = page_reading(tmp_path, _opinion(date, body, report, formula))
    assert (kind, year, plan_year) == ("review", *years)


def test_members_advice_on_a_traditional_page(tmp_path: Path) -> None:
    page = _s2t(_opinion("2022年8月25日", "某某县第十七届人大常委会第八次会议",
                         "县人民政府《关于某某县今年以来国民经济和社会发展计划执行情况的报告》", "常委会组成人员建议："))
    kind, _, year, plan_year = page_reading(tmp_path, page)
    assert (kind, year, plan_year) == ("review", 2022, 2023)


def test_members_advice_told_in_passing_stays_news(tmp_path: Path) -> None:
    page = (
        "2023年8月29日,某某县第十八届人大常委会第十四次会议听取和审议了县人民政府《关于某某县今年以来国民经济和社会发展"
        "计划执行情况的报告》。\n"
        "常委会组成人员认为,今年以来全县经济稳中有进。\n"
        "常委会组成人员建议,县政府要抓好项目建设。会议还审议了其他事项。\n"
    )
    with pytest.raises(InputError, match="新闻报道"):
        page_reading(tmp_path, page)


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("为推动经济持续向好，常委会组成人员建议：", True),
        ("常委会组成人员提出以下意见建议：", True),
        ("常委会委员们意见和建议:", True),
        ("常委会组成人员提出如下审议意见：", True),
        ("委员会组成人员一致建议:", True),
        # another body's advice, or advice told in passing, is no formula of the committee's own
        ("代表们建议：", False),
        ("常委会组成人员认为：", False),
        ("会议意见建议：", False),
        ("常委会组成人员建议，要加快项目建设。", False),
    ],
)
def test_members_formula_in_new_words(text: str, own: bool) -> None:
    assert bool(REVIEW_OWN_FORMULA.search(text)) is own


def test_the_formula_needs_its_numbered_points() -> None:
    assert own_review(["会议听取和审议了…的报告。", "常委会组成人员提出以下意见建议：", "一、加快项目建设。"])
    assert not own_review(["会议听取和审议了…的报告。", "常委会组成人员提出以下意见建议：", "会议要求加快项目建设。"])


def test_the_formula_on_hostile_input() -> None:
    text = "提出以下" + "意见" * 5000 + "建议" * 5000
    with cpu_bound(1.0):
        REVIEW_OWN_FORMULA.search(text)


# --- figures read through a whole page -------------------------------------------------------------------------------

_PLAN = (
    "关于某某县2020年国民经济和社会发展计划执行情况与2021年国民经济和社会发展计划草案的报告\n"
    "一、2020年国民经济和社会发展计划执行情况\n"
    "全县地区生产总值210.5亿元，增长4.1%。{line}\n"
    "二、2021年国民经济和社会发展计划草案\n"
    "地区生产总值增长7%左右。\n"
)


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("蔬菜总产量31万吨，增长3.2%；其中，辣椒4.2万吨；茄子2.8万吨。", ["辣椒总产量", "茄子总产量"]),
        ("肉類總產量3萬噸，下降4%；其中，豬肉2萬噸，牛肉0.4萬噸。", ["猪肉总产量", "牛肉总产量"]),
        ("荣登全国县域旅游百强榜首。", ["县域旅游百强"]),
    ],
)
def test_figures_on_a_plan_page(tmp_path: Path, line: str, want: list[str]) -> None:
    text = _PLAN.format(line=line)
    if any("\u4e00" <= c <= "\u9fff" and c in "肉類總產" for c in line):
        text = _s2t(text)
    names = [f.indicator for f in page_report(tmp_path, text).figures]
    assert all(n in names for n in want), names
