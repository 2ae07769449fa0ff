"""The part of a year a report covers: the whole year, or a period to date (上半年, 前三季度, 1-11月).

A half-year or three-quarter report (``2015年上半年…计划执行情况的报告``) reports on year Y
like the annual report does, but only on the months to date. The archive keeps it beside the
year's report, under its own key (``2015年上半年``), and the ledger never judges its outcomes
against a whole-year target (docs/LEDGER.md, "Outcomes of part of a year").

A period is named by its months to date, canonically: 3 → 一季度, 6 → 上半年, 9 → 前三季度, any
other N → ``1-N月``. A quarter named alone (``二季度``, ``第三季度``) is read as the months to its end,
as plan execution reports count them (year to date). The whole year is ``""``.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

#: A part of the year a half-year (or quarter's) report covers: 上半年, 前三季度, 1—6月, 1至11月份,
#: 半年 (…计划半年执行情况; not the 半年 of 上半年/下半年).
PERIODS = r"(?:上半年|(?<![上下])半年|前三季度|第?[一二三]季度|1[-—－~～至](?:1[0-2]|[2-9])月份?)"

#: How each way of writing a period counts its months to date: (pattern, months); a pattern
#: with a group takes the months from it (``1-11月``).
_MONTHS: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"上半年|半年|第?二季度"), 6),
    (re.compile(r"前三季度|第?三季度"), 9),
    (re.compile(r"第?一季度"), 3),
    (re.compile(r"1[-—－~～至](1[0-2]|[2-9])月份?"), 0),
)
#: Months to date → the canonical name of the period (others are ``1-N月``).
_NAMES = {3: "一季度", 6: "上半年", 9: "前三季度"}
YEAR_MONTHS = 12
_PERIOD_RE = re.compile(PERIODS)
#: A report's key as a person writes it: ``2015``, ``2015上半年``, ``2015年上半年``, ``2015-1-9月``.
_KEY = re.compile(rf"^(?P<y>\d{{4}})(?:年度?|[-－—_ ])?(?P<p>{PERIODS})?$")


def months(period: str) -> int:
    """Months to date of a period name (``上半年`` → 6, ``1-11月`` → 11); 12 for the whole year ``""``."""
    if not period:
        return YEAR_MONTHS
    for pattern, count in _MONTHS:
        m = pattern.fullmatch(period)
        if m:
            return count or int(m.group(1))
    raise ValueError(f"not a period: {period!r}")


def name(count: int) -> str:
    """The canonical name of ``count`` months to date (12: the whole year, ``""``)."""
    if count >= YEAR_MONTHS:
        return ""
    return _NAMES.get(count, f"1-{count}月")


def canonical(period: str) -> str:
    """A period as written (``1—6月份``, ``半年``, ``第三季度``) → its canonical name (``上半年``, ``前三季度``)."""
    return name(months(period)) if period else ""


def period_in(text: str) -> str:
    """The canonical period the first period word of ``text`` names, or ``""``."""
    m = _PERIOD_RE.search(text)
    return canonical(m.group()) if m else ""


def report_period(kind: str, title: str, opening: str = "") -> str:
    """The period an execution report covers: named by its title (or, untitled, its opening)."""
    return period_in(title or opening) if kind == "execution" else ""


def elapsed(period: str) -> Decimal:
    """时序进度: the share of the year gone by the period's end, in percent (上半年 → 50)."""
    share = Decimal(months(period) * 100) / YEAR_MONTHS
    return share.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP).normalize() + 0


def target_year(year: int, period: str = "") -> int:
    """The year a report's targets are for: Y+1 for a year's report (its plan part), Y for a report
    on part of year Y, whose plan part is the rest of that same year (``下半年工作安排``: ``确保全年…``,
    ``力争全年增长6%``; docs/LEDGER.md, rule 7)."""
    return year if period else year + 1


def key(year: int, period: str = "") -> str:
    """How a report is named for the user and in the archive: ``2015``, ``2015年上半年``."""
    return f"{year}年{period}" if period else str(year)


def label(year: int, period: str = "") -> str:
    """A report's time in a sentence: ``2015 年`` / ``2015年上半年``."""
    return f"{year}年{period}" if period else f"{year} 年"


def report_name(value: int | tuple[int, str]) -> tuple[int, str]:
    """A report as the commands name it: a year, or (year, period) for a report on part of a year."""
    return value if isinstance(value, tuple) else (value, "")


def parse_key(text: str) -> tuple[int, str] | None:
    """``2015`` → (2015, ""); ``2015上半年``, ``2015年上半年``, ``2015-1-6月`` → (2015, "上半年"); else None."""
    m = _KEY.match(text.strip())
    if m is None:
        return None
    return int(m["y"]), canonical(m["p"] or "")


__all__ = ["PERIODS", "YEAR_MONTHS", "canonical", "elapsed", "key", "label", "months", "name", "parse_key",
           "period_in", "report_name", "report_period",
           "target_year"]
