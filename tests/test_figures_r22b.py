"""Figure rules of fxa31 (real_aside31 classes), on invented sentences: a rank by ``绝对值`` right after an
indicator is that indicator's total, named ``<indicator>绝对值`` (as ``总量`` is), the exclusion bracket kept;
other places and numbers, traditional characters, and the neighbours the rule must leave alone."""

from __future__ import annotations

import pytest

from drafter.figures import extract_figures
from drafter.normalize import normalize_text, simplified_converter

_T = simplified_converter()


def _names(text: str) -> list[tuple[str, str | None, str]]:
    return [(f.indicator, f.value, f.unit) for f in extract_figures(normalize_text(text), kind="outcome", year=2021, place="")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("全县税收收入18.6亿元，同比增长7.1%，绝对值居全市第二。", ("税收收入绝对值", "二", "")),
        ("固定资产投资（不含房地产）完成312.5亿元，绝对值居全州首位。", ("固定资产投资（不含房地产）绝对值", "首", "位")),
        ("固定资产投资(不含农户)完成88.07亿元,绝对值居全省第3位。", ("固定资产投资（不含农户）绝对值", "3", "位")),
        ("社会消费品零售总额203.4亿元，增长9%，绝对值排名中心城区第一。", ("社会消费品零售总额绝对值", "一", "")),
        (_T("一般公共預算收入31.2億元，增長4.8%，絕對值居全市第一。"), ("一般公共预算收入绝对值", "一", "")),
    ],
)
def test_a_rank_by_its_absolute_value_is_the_indicators(text: str, want: tuple[str, str, str]) -> None:
    assert want in _names(text)


def test_absolute_value_and_growth_in_a_respectively_list() -> None:
    names = _names("全区税收收入18.6亿元，增长7.1%，绝对值和增速分别居全市第二、第一。")
    assert ("税收收入绝对值", "二", "") in names and ("税收收入增速", "一", "") in names
    names = _names("全区税收收入18.6亿元，增长7.1%，增速和绝对值分别居全市第二、第一。")
    assert ("税收收入增速", "二", "") in names and ("税收收入绝对值", "一", "") in names


def test_neighbours_stay() -> None:
    # must leave alone: a total's rank, the figures before the rank
    names = _names("地区生产总值1441.37亿元，同比增长0.3%，总量居全市第一；一般公共预算收入52.24亿元，同比增长5.2%。")
    assert ("地区生产总值总量", "一", "") in names
    assert ("一般公共预算收入", "52.24", "亿元") in names and ("一般公共预算收入", "5.2", "%") in names
