"""Rule tests of round 14 (issue 9, fixer fxa3435): mid-year reports beside the nation, a round amount
stepped onto alone, and a restated milestone with the growth between. Every text here is invented."""

from __future__ import annotations

from drafter.figures import extract_figures


def _found(text: str, kind: str = "outcome") -> list[tuple[str | None, str, str]]:
    return [(f.value, f.unit, f.indicator) for f in extract_figures(text, kind=kind, year=2023)]


def test_a_round_amount_stepped_onto_alone_is_a_milestone() -> None:
    assert _found("全县财政收入迈上百亿元台阶。") == [("百", "亿元", "财政收入")]
    assert _found("地区生产总值首次迈上千亿台阶。") == [("千", "亿", "地区生产总值")]
    assert _found("财政收入突破百亿元大关。") == [("百", "亿元", "财政收入")]
    assert _found("带动上百亿元社会投资。") == []  # 上百: "hundreds of", no figure
    assert _found("全市上千亿台阶。") == []  # no step verb: 上千 stays "thousands of"


def test_a_milestone_after_its_amount_and_growth_restates_the_amount() -> None:
    assert _found("税收收入达到5012亿元、增长7.2%，迈上五千亿元大台阶。") == [
        ("5012", "亿元", "税收收入"), ("7.2", "%", "税收收入")]
    assert _found("税收收入达到5012亿元，迈上五千亿元新台阶。") == [("5012", "亿元", "税收收入")]
