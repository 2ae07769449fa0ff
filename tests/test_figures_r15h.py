"""Figure rule tests of round 15's fixes on real_aside50/53 (fxa50): an alias bracket of the same
shape, a held 同步 as a qualitative target, a congress's short name after a session's ordinal.
Every sentence here is invented."""

from __future__ import annotations

import pytest

from drafter.figures.extract import extract_figures
from drafter.figures.indicator import fold


def _figures(text: str, kind: str = "target") -> list[tuple[str, str | None, str]]:
    return [(f.indicator, f.value, f.measure) for f in extract_figures(text, kind=kind, year=2023)]


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("国考（省考）断面水质优良比例", "国考断面水质优良比例"),
        ("国控(省控)点位空气优良天数比例", "国控点位空气优良天数比例"),
        ("市考（区考）断面达标率", "市考断面达标率"),
    ],
)
def test_an_alias_bracket_of_the_same_shape_goes(written: str, name: str) -> None:
    assert fold(written) == name


@pytest.mark.parametrize("written", ["工业（制造业）增加值", "固定资产投资（不含农户）", "考核（考考）"])
def test_other_brackets_stay(written: str) -> None:
    assert fold(written) == written


def test_an_alias_bracket_goes_from_a_figures_name() -> None:
    assert _figures("省考（市考）断面三类以上水质比例达90%。") == [("省考断面三类以上水质比例", "90", "share")]


@pytest.mark.parametrize("verb", ["保持同步", "实现同步", "基本保持同步", "同步"])
@pytest.mark.parametrize("who", ["居民人均可支配收入", "城乡居民收入"])
def test_an_income_held_in_step_with_the_economy_is_a_qualitative_target(verb: str, who: str) -> None:
    assert _figures(f"地区生产总值增长6%；{who}与经济增长{verb}。")[1:] == [(who, None, "qualitative")]


@pytest.mark.parametrize("congress", ["人代会", "党代会", "职代会", "代表大会"])
@pytest.mark.parametrize("ordinal", ["四次", "二次", "3次"])
def test_a_sessions_ordinal_before_a_congress_is_no_figure(congress: str, ordinal: str) -> None:
    assert _figures(f"{ordinal}{congress}确定的指标进展顺利，地区生产总值增长8%。", "outcome") == [
        ("地区生产总值", "8", "growth")
    ]


def test_a_count_of_times_elsewhere_stays() -> None:
    assert _figures("开展安全培训四次。", "outcome") == [("安全培训", "四", "count")]
