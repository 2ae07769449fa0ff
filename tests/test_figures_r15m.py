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
