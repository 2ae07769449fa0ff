"""Page-reading rule tests of round 17 (fxa74): a standing committee's deliberation opinion whose own
formula is the members' advice (``常委会组成人员建议:``) before numbered points is the committee's review,
also when the report it quotes is named relative to the meeting (``《关于某市今年以来…计划执行情况的报告》``):
its years are the meeting's (real_aside74 convention 6). Every page here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from _bounds import cpu_bound
from invented_page import page_reading

from drafter.errors import InputError
from drafter.structure.genre import REVIEW_OWN_FORMULA, own_review


def _opinion(date: str, report: str, formula: str) -> str:
    """An opinion page: the meeting that heard the report, the members' view, the formula, two points."""
    return (
        f"{date},某某市第八届人大常委会第九次会议听取和审议了市人民政府《{report}》。\n"
        "常委会组成人员认为,今年以来,市政府坚持稳中求进,经济运行总体平稳,民生保障有力有效,应予肯定。\n"
        f"为确保完成全年目标任务,{formula}\n"
        "一、培育壮大新兴产业,增强发展后劲。加快产业链延链补链,推进园区提档升级。\n"
        "二、扩大有效需求,稳住投资消费基本盘。加强项目谋划储备,落实促消费政策。\n"
    )


@pytest.mark.parametrize(("date", "report", "formula", "years"), [
    ("2022年8月26日", "关于某某市今年以来国民经济和社会发展计划执行情况的报告", "常委会组成人员建议:", (2022, 2023)),
    ("2021年7月30日", "关于某某市今年上半年国民经济和社会发展计划执行情况的报告", "常委会组成人员建议：", (2021, 2022)),
    ("2023年8月29日", "关于某某市2023年上半年国民经济和社会发展计划执行情况的报告", "常委会委员们建议:", (2023, 2024)),
    ("2020年9月1日", "关于某某市今年以来国民经济和社会发展计划执行情况的报告", "常委会组成人员提出以下建议:", (2020, 2021)),
])
def test_members_advice_before_numbered_points_is_a_review(
    tmp_path: Path, date: str, report: str, formula: str, years: tuple[int, int]
) -> None:
    kind, region, year, plan_year = page_reading(tmp_path, _opinion(date, report, formula))
    assert (kind, year, plan_year) == ("review", *years)


def test_members_advice_without_numbered_points_stays_news(tmp_path: Path) -> None:
    page = (
        "2022年8月26日,某某市第八届人大常委会第九次会议听取和审议了市人民政府《关于某某市今年以来国民经济和社会发展"
        "计划执行情况的报告》。\n"
        "常委会组成人员认为,今年以来全市经济运行总体平稳。\n"
        "常委会组成人员建议:\n"
        "会议要求,市政府要紧盯全年目标,加快项目建设。会议还听取了其他报告。\n"
    )
    with pytest.raises(InputError, match="新闻报道"):
        page_reading(tmp_path, page)


@pytest.mark.parametrize(("text", "own"), [
    ("为更好完成全年任务,常委会组成人员建议:", True),
    ("常委会委员们一致建议：", True),
    ("常委会组成人员提出如下意见和建议:", True),
    # advice told in passing, or another body's, is no formula of the committee's own
    ("常委会组成人员建议,市政府要加快项目建设。", False),
    ("有关部门建议:", False),
    ("会议建议:", False),
])
def test_members_formula(text: str, own: bool) -> None:
    assert bool(REVIEW_OWN_FORMULA.search(text)) is own


def test_members_formula_needs_a_numbered_point() -> None:
    assert own_review(["会议听取和审议了…的报告。", "常委会组成人员建议:", "一、加快项目建设。"])
    assert not own_review(["会议听取和审议了…的报告。", "常委会组成人员建议:", "会议要求加快项目建设。"])


def test_members_formula_hostile_input() -> None:

    text = "常委会组成人员" * 3000 + "委员们" * 3000 + "建议" * 3000
    with cpu_bound(1.0):
        REVIEW_OWN_FORMULA.search(text)
