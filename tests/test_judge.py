"""The rules of docs/LEDGER.md, one case each, on figures built in code."""

from __future__ import annotations

from decimal import Decimal

import pytest

from drafter.compare.judge import Tolerance, ambition, judge, judge_stated, rule_for
from drafter.model import Figure


def fig(value: str, unit: str, family: str, kind: str = "target", qualifier: str = "exact",
        direction: str = "", scale: int = 1, measure: str = "amount") -> Figure:
    return Figure("指标", value, Decimal(value) * scale, unit, family, kind, measure, qualifier,  # type: ignore[arg-type]
                  direction=direction)


RATE = dict(unit="%", family="percent", measure="growth")


@pytest.mark.parametrize(
    ("target", "outcome", "status", "gap", "rule"),
    [
        (fig("8", **RATE), fig("3.1", kind="outcome", **RATE), "missed", "-4.9个百分点", "rate"),
        (fig("3", **RATE), fig("3.2", kind="outcome", **RATE), "exceeded", "+0.2个百分点", "rate"),
        (fig("6", qualifier="about", **RATE), fig("5.8", kind="outcome", **RATE), "met", "-0.2个百分点", "rate"),
        (fig("6", qualifier="about", **RATE), fig("5.2", kind="outcome", **RATE), "missed", "-0.8个百分点", "rate"),
        (fig("6", qualifier="about", **RATE), fig("6.5", kind="outcome", **RATE), "exceeded", "+0.5个百分点", "rate"),
        # a fall: both read as falls, the larger the better
        (fig("3", direction="down", **RATE), fig("3.4", kind="outcome", direction="down", **RATE),
         "exceeded", "+0.4个百分点", "rate"),
        (fig("3.5", qualifier="at_most", **RATE), fig("3.2", kind="outcome", **RATE), "met", "-0.3个百分点", "rate_ceiling"),
        (fig("3.5", qualifier="at_most", **RATE), fig("3.6", kind="outcome", **RATE), "missed", "+0.1个百分点", "rate_ceiling"),
        (fig("6", "吨/月·平方公里", "density", qualifier="at_most"), fig("5.8", "吨/月·平方公里", "density", "outcome"),
         "met", "-0.2吨/月·平方公里", "ceiling"),
        # a ceiling in 亿元: the margin in the target's unit, not in yuan
        (fig("5", "亿元", "money", qualifier="at_most", scale=10**8),
         fig("5.3", "亿元", "money", "outcome", scale=10**8), "missed", "+0.3亿元", "ceiling"),
    ],
)
def test_rates_and_ceilings_give_a_gap_never_a_ratio(target, outcome, status, gap, rule) -> None:  # type: ignore[no-untyped-def]
    verdict = judge(target, outcome, Tolerance())
    assert (verdict.status, verdict.completion, verdict.gap.text, verdict.rule) == (status, None, gap, rule)


def test_amounts_and_counts_give_a_completion() -> None:
    v = judge(fig("30", "亿元", "money", qualifier="at_least", scale=10**8),
              fig("36", "亿元", "money", "outcome", scale=10**8), Tolerance())
    assert (v.status, v.completion, v.gap, v.rule) == ("exceeded", Decimal("120.0"), None, "ratio")
    about = fig("5", "万平方米", "area", qualifier="about", scale=10**4)
    assert judge(about, fig("5.2", "万平方米", "area", "outcome", scale=10**4), Tolerance()).status == "met"
    assert judge(about, fig("5.3", "万平方米", "area", "outcome", scale=10**4), Tolerance()).status == "exceeded"
    assert judge(fig("20", "项", "count"), fig("20", "项", "count", "outcome"), Tolerance()).status == "met"


def test_tolerances_are_configurable() -> None:
    target, outcome = fig("6", qualifier="about", **RATE), fig("5.5", kind="outcome", **RATE)
    assert judge(target, outcome, Tolerance()).status == "missed"
    assert judge(target, outcome, Tolerance(points=Decimal("0.5"))).status == "met"


def test_stated_only_and_one_year_mode() -> None:
    assert judge_stated(fig("150", "亿元", "money"), Decimal("105"), Tolerance()) == "exceeded"
    assert judge_stated(fig("150", "亿元", "money", qualifier="about"), Decimal("97"), Tolerance()) == "met"
    rate = ambition(fig("4.5", **RATE), fig("3", kind="outcome", **RATE))
    assert (rate.status, rate.completion, rate.gap.text) == ("raised", None, "+1.5个百分点")
    amount = ambition(fig("30", "亿元", "money"), fig("34.2", "亿元", "money", "outcome"))
    assert (amount.status, amount.completion, amount.gap) == ("lowered", Decimal("87.7"), None)


def test_rule_for_a_draft_slot() -> None:
    assert rule_for(fig("8", **RATE)) == "rate"
    assert rule_for(fig("6", "吨", "mass", qualifier="at_most")) == "ceiling"
    assert rule_for(fig("30", "亿元", "money", qualifier="at_least")) == "ratio"
