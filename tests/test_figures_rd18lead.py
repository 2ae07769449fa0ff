"""全力争取 before a target's name is two leads (全力, 争取), no 力争 inside the name (round 18, the lead)."""

from __future__ import annotations

import pytest

from drafter.figures import extract_figures


@pytest.mark.parametrize(("sentence", "indicator", "qualifier"), [
    ("全力争取地区生产总值增长7%。", "地区生产总值", "at_least"),  # 全力争取 strives (fx18f)
    ("全年全力争取固定资产投资增长10%以上。", "固定资产投资", "at_least"),
    ("力争地区生产总值增长6%。", "地区生产总值", "at_least"),
    ("一般公共预算收入增长5%，力争增长6%。", "一般公共预算收入", "at_least"),
])
def test_all_out_striving_is_two_leads(sentence: str, indicator: str, qualifier: str) -> None:
    figures = extract_figures(sentence, kind="target", year=2024)
    assert (figures[-1].indicator, figures[-1].qualifier) == (indicator, qualifier)
