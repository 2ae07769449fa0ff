"""How a target is judged against its outcome: the rules of docs/LEDGER.md as a table.

A reviewer does not divide one growth rate by another: ``增长8%`` against ``3.1%`` is
``低于预期目标4.9个百分点``, not a completion of 38.8%. A ceiling (``控制在3.5%以内``) is kept
or broken, with the margin; only an amount or a count (``30亿元``, ``80家``) is completed in
a ratio. Each rule says which targets it takes and what it gives: the status, the completion
ratio (None where no ratio applies) and the gap (the signed difference, in 个百分点 for a rate,
in the target's unit for a ceiling).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Protocol

from drafter.compare.result import Gap
from drafter.model import Figure

#: Default relative tolerance for a 左右 amount or count: 5万平方米左右 is met by 4.75 … 5.25.
DEFAULT_TOLERANCE = Decimal("0.05")
#: Default tolerance, in 个百分点, for a 左右 rate: 6%左右 is met by 5.7% … 6.3%.
DEFAULT_TOLERANCE_POINTS = Decimal("0.3")
#: Unit families of rates: a gap between two of them is in 个百分点.
RATE_FAMILIES = frozenset({"percent", "points"})
POINTS = "个百分点"
TENTH = Decimal("0.1")
HUNDRED = Decimal(100)


@dataclass(frozen=True)
class Tolerance:
    """How far a 左右 target may be missed and still be met.

    relative: for amounts and counts, a fraction of the target (0.05: ±5 %)
    points:   for rates, in 个百分点 (0.3: 6%左右 is met by 5.7 … 6.3)
    """

    relative: Decimal = DEFAULT_TOLERANCE
    points: Decimal = DEFAULT_TOLERANCE_POINTS


@dataclass(frozen=True)
class Verdict:
    """What a rule says: status, completion in percent (or None), gap (or None), the rule's name."""

    status: str
    completion: Decimal | None
    gap: Gap | None
    rule: str


def is_rate(f: Judged) -> bool:
    return f.unit_family in RATE_FAMILIES


def _signed(f: Figure) -> Decimal:
    """The figure's number, negative for a fall (``下降3%`` → -3)."""
    number = f.number if f.number is not None else Decimal(0)
    return -number if f.direction == "down" else number


def _oriented(t: Figure, o: Figure) -> tuple[Decimal, Decimal]:
    """Target and outcome on the axis where more is better: a target to reduce
    (``能耗下降3%``) reads both as falls, so a fall of 3.4% is 0.4 above it."""
    want, got = _signed(t), _signed(o)
    if t.direction == "down":
        return -want, -got
    return want, got


def _scale(t: Figure) -> Decimal:
    """The factor from the target's unit as written to its normalized number (亿元 → 10⁸)."""
    if t.value is None or t.number is None:
        return Decimal(1)
    try:
        written = Decimal(t.value.replace(",", "").replace("，", ""))
    except InvalidOperation:
        return Decimal(1)
    return t.number / written if written else Decimal(1)


def _tidy(value: Decimal) -> Decimal:
    """A gap to at most two decimals, without trailing zeros (``-0.80`` → ``-0.8``)."""
    value = value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP).normalize()
    return value + 0 if value == 0 else value  # no -0


def _above_below(diff: Decimal) -> str:
    return "exceeded" if diff > 0 else ("met" if diff == 0 else "missed")


# -- the rules, in the order they are tried ---------------------------------------------


def _rate(t: Figure, o: Figure, tol: Tolerance) -> Verdict:
    """Growth, share, any ratio in %: the gap in 个百分点, never a ratio of two rates."""
    if t.qualifier == "at_most":
        want, got = _signed(t), _signed(o)
        gap = got - want
        return Verdict("met" if gap <= 0 else "missed", None, Gap(_tidy(gap), POINTS), "rate_ceiling")
    want, got = _oriented(t, o)
    gap = got - want
    if t.qualifier == "about":
        status = "met" if abs(gap) <= tol.points else _above_below(gap)
    else:
        status = _above_below(gap)
    return Verdict(status, None, Gap(_tidy(gap), POINTS), "rate")


def _ceiling(t: Figure, o: Figure, tol: Tolerance) -> Verdict:
    """以内/以下/不超过/控制在: kept or broken, with the margin in the target's unit; no ratio."""
    gap = (_signed(o) - _signed(t)) / _scale(t)
    return Verdict("met" if gap <= 0 else "missed", None, Gap(_tidy(gap), t.unit), "ceiling")


def _amount(t: Figure, o: Figure, tol: Tolerance) -> Verdict:
    """Amounts and counts: completion = outcome / target."""
    want, got = _oriented(t, o)
    completion = (got / want * HUNDRED).quantize(TENTH, rounding=ROUND_HALF_UP) if want > 0 else None
    if t.qualifier == "about":
        status = "met" if abs(got - want) <= abs(want) * tol.relative else _above_below(got - want)
    else:
        status = _above_below(got - want)
    return Verdict(status, completion, None, "ratio")


class Judged(Protocol):
    """What a rule looks at to take a target: a Figure, or a draft's slot."""

    @property
    def unit_family(self) -> str: ...

    @property
    def qualifier(self) -> str: ...


Rule = tuple[str, Callable[[Judged], bool], Callable[[Figure, Figure, Tolerance], Verdict]]
RULES: tuple[Rule, ...] = (
    ("rate", is_rate, _rate),
    ("ceiling", lambda t: t.qualifier == "at_most", _ceiling),
    ("ratio", lambda t: True, _amount),
)


def rule_for(t: Judged) -> str:
    """The name of the rule that judges target ``t``: ``rate``, ``ceiling`` or ``ratio``.
    Only ``ratio`` gives a completion; the draft asks this of a slot filled from a sheet."""
    return next(name for name, applies, _ in RULES if applies(t))


def judge(t: Figure, o: Figure, tolerance: Tolerance) -> Verdict:
    """The verdict of the first rule that takes target ``t`` (both figures have numbers)."""
    for _, applies, rule in RULES:
        if applies(t):
            return rule(t, o, tolerance)
    raise AssertionError("the last rule takes every target")


def judge_stated(t: Figure, rate: Decimal, tolerance: Tolerance) -> str:
    """The status from B's stated completion rate alone (``完成年度目标的105%``)."""
    if t.qualifier == "about":
        if abs(rate - HUNDRED) <= HUNDRED * tolerance.relative:
            return "met"
    return _above_below(rate - HUNDRED)


def ambition(t: Figure, o: Figure) -> Verdict:
    """One-year mode: next year's target against this year's outcome. A rate gives the gap
    (target − outcome, 个百分点); an amount or count the ratio target / outcome."""
    want, got = _signed(t), _signed(o)
    status = "raised" if want > got else ("held" if want == got else "lowered")
    if is_rate(t):
        return Verdict(status, None, Gap(_tidy(want - got), POINTS), "rate")
    ratio = (want / got * HUNDRED).quantize(TENTH, rounding=ROUND_HALF_UP) if got > 0 else None
    return Verdict(status, ratio, None, "ratio")


__all__ = [
    "DEFAULT_TOLERANCE",
    "DEFAULT_TOLERANCE_POINTS",
    "RULES",
    "Tolerance",
    "Verdict",
    "ambition",
    "is_rate",
    "judge",
    "judge_stated",
    "rule_for",
]
