"""Page-level generalisation tests of round 17's third-wave shapes (real_aside75, fxa75; issue 9, fxgen14;
docs/NAMES-GENERALISATION.md round 30): a standing committee's deliberation opinion on the half-year report on
the plan and the budget (other counties, districts, cities, sessions, dates, joining words, a budget's level;
繁体), its own formula line no budget title, a budget's opinion alone refused, and figures of such a page.
Every page is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from _bounds import cpu_bound
from invented_page import page_reading, page_report

from drafter.errors import InputError
from drafter.structure.genre import _EXECUTION_TITLE, other_genre


def _s2t(text: str) -> str:
    from conftest import opencc

    return opencc("s2t").convert(text)


def _opinion(head: str, body: str, verb: str, report: str, formula: str) -> str:
    return (
        f"{head}{body}{verb}{report}。会议认为,今年以来全县经济运行稳中有进,民生保障有力。\n"
        f"{formula}\n"
        "一、强化项目支撑。围绕固定资产投资45亿元等年度目标,加快项目建设。\n"
        "二、兜牢民生底线。落实就业优先政策,工业拉动全县经济增长1.6个百分点的势头要巩固。\n"
    )


_COUNTY = "某某县第十七届人民代表大会常务委员会第十五次会议"


@pytest.mark.parametrize(
    ("head", "body", "report", "formula", "years"),
    [
        ("（2021年7月29日某某县第十七届人民代表大会\n常务委员会第十五次会议通过）\n", _COUNTY,
         "2021年上半年国民经济和社会发展计划及财政预算执行情况的报告", "会议对下半年计划和预算执行工作提出如下审议意见：",
         (2021, 2022)),
        # a budget of a level (区级, 县本级) joined to the plan (round 30)
        ("（2023年8月30日某某区第三届人民代表大会\n常务委员会第十二次会议通过）\n", "某某区第三届人大常委会第十二次会议",
         "2023年上半年国民经济、社会发展计划和区级财政预算执行情况的报告", "会议提出如下审议意见：", (2023, 2024)),
        ("", "2017年8月25日,某某县第十六届人大常委会第四次会议",
         "2017年上半年国民经济和社会发展计划与县本级预算执行情况的报告", "会议提出以下审议意见：", (2017, 2018)),
        ("", "2018年8月29日,某某市第十五届人大常委会第十四次会议",
         "2018年上半年国民经济和社会发展计划和财政预算执行情况的报告", "会议对下半年工作提出以下审议意见：", (2018, 2019)),
        ("", "2020年8月26日,某某县人大常委会第三十次会议", "2020年上半年国民经济和社会发展计划执行情况的报告",
         "会议提出如下审议意见：", (2020, 2021)),
    ],
)
def test_opinion_on_plan_and_budget_report_is_a_review(
    tmp_path: Path, head: str, body: str, report: str, formula: str, years: tuple[int, int]
) -> None:
    kind, _, year, plan_year = page_reading(tmp_path, _opinion(head, body, "听取并审议了县人民政府关于", report, formula))
    assert (kind, year, plan_year) == ("review", *years)


def test_opinion_on_a_traditional_page(tmp_path: Path) -> None:
    page = _s2t(_opinion("", "2022年8月26日,某某市第十六届人大常委会第五次会议", "听取并审议了市人民政府关于",
                         "2022年上半年国民经济、社会发展计划和财政预算执行情况的报告",
                         "会议对下半年国民经济、社会发展计划和财政预算执行工作提出如下审议意见："))
    kind, _, year, plan_year = page_reading(tmp_path, page)
    assert (kind, year, plan_year) == ("review", 2022, 2023)


def test_budget_opinion_alone_is_refused(tmp_path: Path) -> None:
    page = _opinion("", "2020年8月26日,某某县人大常委会第三十次会议", "听取并审议了县人民政府关于",
                    "2020年上半年县级财政预算执行情况的报告", "会议对下半年财政预算执行工作提出如下审议意见：")
    with pytest.raises(InputError):
        page_reading(tmp_path, page)


@pytest.mark.parametrize(
    "line",
    ["会议对下半年计划和县级财政预算执行工作提出如下审议意见：", "會議對下半年計劃和預算執行工作提出如下審議意見：",
     "会议对下半年国民经济、社会发展计划和财政预算执行工作提出以下审议意见："],
)
def test_the_formula_line_is_no_budget_title(line: str) -> None:
    assert other_genre([line]) == ""


@pytest.mark.parametrize(
    ("text", "plan"),
    [
        ("关于2021年上半年国民经济和社会发展计划和区级财政预算执行情况的报告", True),
        ("关于2019年上半年国民经济、社会发展计划及市本级预算执行情况", True),
        ("关于2022年上半年国民经济和社会发展计划与财政预算执行情况的报告", True),
        ("关于2021年上半年区级财政预算执行情况的报告", False),
        ("关于2021年上半年县本级预算执行情况的报告", False),
    ],
)
def test_execution_title_with_a_budget_of_a_level(text: str, plan: bool) -> None:
    assert bool(_EXECUTION_TITLE.search(text)) is plan


def test_execution_title_on_hostile_input() -> None:
    # ~0.5 s alone for 10,000 repetitions (linear; a quadratic scan takes minutes): a bound of 3 s holds on a loaded
    # 2-core machine, where 1 s did not (1.3 s once while three other jobs ran)
    for text in ("2019年计划和区级预算" * 10000, "2019年计划和县本级" * 10000):
        with cpu_bound(3.0):
            _EXECUTION_TITLE.search(text)


_PLAN = (
    "关于某某区2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划草案的报告\n"
    "一、2021年国民经济和社会发展计划执行情况\n"
    "全区地区生产总值310.2亿元，增长6.8%。{line}\n"
    "二、2022年国民经济和社会发展计划草案\n"
    "地区生产总值增长6.5%左右。\n"
)


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("第二产业拉动全区经济增长2.2个百分点，第三产业拉动3.9个百分点。", ["第二产业拉动经济增长", "第三产业拉动经济增长"]),
        ("年末户籍人口46万人。其中，男23.6万人，女22.4万人。", ["男户籍人口", "女户籍人口"]),
        ("全区從業人員21萬人。", ["从业人员"]),
    ],
)
def test_figures_on_a_plan_page(tmp_path: Path, line: str, want: list[str]) -> None:
    text = _PLAN.format(line=line)
    if "從" in line:
        text = _s2t(text)
    names = [f.indicator for f in page_report(tmp_path, text).figures]
    assert all(n in names for n in want), names
