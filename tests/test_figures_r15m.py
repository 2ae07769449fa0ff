"""Rule tests of round 15's fixes on real_aside54/55 (fxa5455): a growth rate that moved to its level after an
amount (``增速进一步升至``) is the amount's growth; how an indicator turned (``摆脱连续两年下行强势回升``) is no
part of its name. Every text here is invented."""

from __future__ import annotations

import pytest

from drafter.figures import extract_figures


def _found(text: str, kind: str = "outcome") -> list[tuple[str | None, str]]:
    return [(f.value, f.indicator) for f in extract_figures(text, kind=kind, year=2030)]


@pytest.mark.parametrize(
    "text",
    [
        "全年实现地区生产总值812.6亿元、增速进一步升至4.2%。",
        "全年实现地区生产总值812.6亿元,增速升至4.2%。",
        "全年实现地区生产总值812.6亿元、增速继续提高到4.2%。",
    ],
)
def test_a_rate_that_moved_to_its_level_after_an_amount_is_the_amounts_growth(text: str) -> None:
    assert _found(text) == [("812.6", "地区生产总值"), ("4.2", "地区生产总值")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("固定资产投资摆脱连续两年下行强势回升,实现9%的快速增长。", "固定资产投资"),
        ("社会消费品零售总额摆脱下滑态势明显反弹,实现6%的增长。", "社会消费品零售总额"),
    ],
)
def test_how_an_indicator_turned_is_no_part_of_its_name(text: str, name: str) -> None:
    assert _found(text)[-1][1] == name


def test_figures_of_other_places_after_a_frame_of_them_are_not_the_pages() -> None:
    text = "在30个省、市、自治区中,预期今年GDP增长率高于去年的有21个,东部9省市有5个预期GDP增长率在9%以上。"
    assert _found(text, "target") == []


def test_a_rank_among_other_places_naming_the_own_place_stays() -> None:
    found = _found("在31个省区市中,我区地区生产总值增速居第5位。")
    assert found and found[-1][0] == "5"


def test_the_nations_target_quoted_as_ground_is_not_the_pages() -> None:
    text = "根据中央经济工作会议确定的今年国内生产总值增长6%的宏观调控目标,建议今年全区生产总值增长9%。"
    assert [v for v, _ in _found(text, "target")] == ["9"]


def test_a_target_the_centre_assigned_to_the_place_stays() -> None:
    text = "完成国家下达的单位生产总值能耗降低3%的目标。"
    assert [v for v, _ in _found(text, "target")] == ["3"]
