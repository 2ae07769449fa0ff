"""Page-reading rule tests of round 17 (fxa75): a standing committee's deliberation opinion on the
government's half-year report on the plan **and the budget** (``…国民经济、社会发展计划和财政预算执行情况的报告``),
naming it unquoted after 听取并审议了…关于 and closing its paragraph on its own formula
(``…提出如下审议意见：``) before numbered points, is the committee's review of the family, not a budget report
(its formula line is a sentence, not a title naming the budget). Every page here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from _bounds import cpu_bound
from invented_page import page_reading

from drafter.errors import InputError
from drafter.structure.genre import _EXECUTION_TITLE, other_genre


def _opinion(report: str, formula: str) -> str:
    return (
        "（2019年8月28日某某市第九届人民代表大会\n"
        "常务委员会第二十次会议通过）\n"
        f"某某市第九届人大常委会第二十次会议听取并审议了市政府关于{report}。会议认为,上半年全市经济运行总体平稳,"
        "各项社会事业稳步推进。\n"
        f"{formula}\n"
        "一、加快重点项目建设,增强发展后劲。围绕工业投资60亿元等年度目标,狠抓项目落地,推进园区提档升级。\n"
        "二、扩大有效需求,稳住消费基本盘。落实促消费政策,培育新型消费业态。\n"
    )


@pytest.mark.parametrize(("report", "formula"), [
    ("2019年上半年国民经济、社会发展计划和财政预算执行情况的报告", "会议对下半年国民经济、社会发展计划和财政预算执行工作提出如下审议意见："),
    ("2019年上半年国民经济和社会发展计划和预算执行情况的报告", "会议对下半年计划和预算执行工作提出如下审议意见:"),
    ("2019年上半年国民经济和社会发展计划与财政预算执行情况的报告", "会议提出以下审议意见:"),
    ("2019年上半年国民经济和社会发展计划执行情况的报告", "会议对做好下半年财政预算执行工作提出如下意见和建议："),
])
def test_opinion_on_plan_and_budget_half_year_report_is_a_review(tmp_path: Path, report: str, formula: str) -> None:
    kind, _region, year, plan_year = page_reading(tmp_path, _opinion(report, formula))
    assert (kind, year, plan_year) == ("review", 2019, 2020)


def test_formula_line_is_no_budget_title() -> None:
    assert other_genre(["会议对下半年计划和财政预算执行工作提出如下审议意见："]) == ""
    # a budget report's own title line still says what the page is
    assert other_genre(["关于某某市2019年上半年财政预算执行情况的报告"]) == "预算或决算报告"


def test_budget_alone_is_no_plan_execution_title() -> None:
    assert _EXECUTION_TITLE.search("关于2019年上半年国民经济、社会发展计划和财政预算执行情况的报告")
    assert _EXECUTION_TITLE.search("关于2019年上半年计划和预算执行情况")
    assert not _EXECUTION_TITLE.search("关于2019年上半年财政预算执行情况的报告")


def test_budget_opinion_without_plan_is_refused(tmp_path: Path) -> None:
    page = _opinion("2019年上半年财政预算执行情况的报告", "会议对下半年财政预算执行工作提出如下审议意见：")
    with pytest.raises(InputError):
        page_reading(tmp_path, page)


def test_execution_title_hostile_input() -> None:

    text = "2019年计划和财政预算" * 10000
    with cpu_bound(1.5):  # ~0.4 CPU-s alone
        _EXECUTION_TITLE.search(text)
