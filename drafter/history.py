"""A region's record on one indicator, year by year, from the one ledger.

For each year of the region: the target the previous report set, the outcome the report
gives, and the status, gap and completion the ledger gives for the pair (the same code as
``drafter diff``, with the region's pins). Nothing here judges a target; it only picks the
ledger's entry for the indicator asked about::

    from drafter.history import indicator_history, headline_history
    rows = indicator_history("archive", "地区生产总值").rows
    for record in headline_history("archive"):
        print(record.indicator, record.met, record.total)

The first archived year has no earlier target: its outcome is the one the ledger pairs with
the report's own next-year target (one-year mode). The last report's target for the next
year is a row without an outcome yet.

A report on part of a year (``2016年上半年``) gives a row of its own, just before its year's row:
the year's target (the previous year's report's, or its own 确保全年… without one) against the
outcome to date, status ``in_progress`` (年内进度) with the completion or gap and the note naming
the 时序进度 — progress, never the year's outcome, never judged (docs/LEDGER.md, rule 6). Only a
row with an outcome to date is shown; an archive of years' reports alone gives the rows it always
gave.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from drafter.errors import InputError
from drafter.model import Report

#: Statuses that count as a target reached.
REACHED = ("met", "exceeded")
#: Statuses where the ledger compared a figure with a figure.
JUDGED = ("met", "exceeded", "missed")
#: An entry answers the query when its indicator is at least this close (the ledger's measure).
MIN_MATCH = 0.75


@dataclass(frozen=True)
class Side:
    """A target or an outcome as one report states it.

    report: the year of the report it comes from
    text:   the figure as written (``6.5%左右``), or "" for a qualitative target
    sentence, section, paragraph: where it stands
    """

    report: int
    indicator: str
    value: str | None
    number: Decimal | None
    unit: str
    qualifier: str
    text: str
    sentence: str
    section: str
    paragraph: str
    period: str = ""  # the report's period (``上半年``), "" for a year's report

    @property
    def name(self) -> str:
        """The report it comes from as people name it: ``2016年报告`` / ``2016年上半年报告``."""
        return f"{self.report}年{self.period}报告"

    def to_dict(self) -> dict[str, Any]:
        from drafter.compare.result import decimal_json

        out = {
            "report": self.report,
            "indicator": self.indicator,
            "value": self.value,
            "number": decimal_json(self.number),
            "unit": self.unit,
            "qualifier": self.qualifier,
            "text": self.text,
            "sentence": self.sentence,
            "section": self.section,
            "paragraph": self.paragraph,
        }
        if self.period:  # from a report on part of a year; a year's report keeps its JSON
            out["period"] = self.period
        return out


@dataclass(frozen=True)
class Row:
    """One year: the target set for it, the outcome reported, and the ledger's verdict.

    status:     the ledger's status, or None where there is nothing to judge (the first
                year, which no archived report set a target for; a year not yet reported)
    gap:        the ledger's gap (``{"value": -1.5, "unit": "个百分点"}``) or None
    completion: the ledger's completion in percent, or None
    note:       a Chinese note where a row lacks a side
    gap_text:   the gap as every ledger shows it (``-1.5个百分点``), or ""
    period:     ``上半年`` for a row of progress to date (status ``in_progress``), "" for a year
    """

    year: int
    target: Side | None
    outcome: Side | None
    status: str | None
    gap: dict[str, Any] | None
    completion: Decimal | None
    note: str = ""
    gap_text: str = ""
    period: str = ""

    @property
    def name(self) -> str:
        """The row's time as the views name it: ``2016`` / ``2016年上半年``."""
        from drafter.periods import key

        return key(self.year, self.period)

    def to_dict(self) -> dict[str, Any]:
        from drafter.compare.result import decimal_json

        out = {
            "year": self.year,
            "target": None if self.target is None else self.target.to_dict(),
            "outcome": None if self.outcome is None else self.outcome.to_dict(),
            "status": self.status,
            "gap": self.gap,
            "completion": decimal_json(self.completion),
            "note": self.note,
        }
        if self.period:  # progress to date, beside the year's row; years' rows keep their JSON
            out["period"] = self.period
        return out


@dataclass(frozen=True)
class History:
    """An indicator's rows for every year of a region, oldest first."""

    region: str
    indicator: str
    rows: tuple[Row, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"region": self.region, "indicator": self.indicator, "rows": [r.to_dict() for r in self.rows]}


@dataclass(frozen=True)
class Headlines:
    """Every headline indicator of a region with its record."""

    region: str
    records: tuple[Record, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"region": self.region, "indicators": [r.to_dict() for r in self.records]}


@dataclass(frozen=True)
class Record:
    """A headline indicator's record: reached in ``met`` of ``total`` years with a target."""

    indicator: str
    rows: tuple[Row, ...] = field(default=())

    @property
    def total(self) -> int:
        return len(self.rows)

    @property
    def met(self) -> int:
        return sum(1 for r in self.rows if r.status in REACHED)

    def count(self, status: str) -> int:
        return sum(1 for r in self.rows if r.status == status)

    def to_dict(self) -> dict[str, Any]:
        return {
            "indicator": self.indicator,
            "met": self.met,
            "total": self.total,
            "rows": [r.to_dict() for r in self.rows],
        }


# ---------------------------------------------------------------- the region's ledgers


#: A report of a region: a year, or (year, period) for a report on part of a year.
Key = int | tuple[int, str]


class RegionLedgers:
    """The archived reports of one region and the ledger of each pair, built on demand.

    reports: the years' reports by year; parts: the reports on part of a year by (year, period);
    keys: every report's (year, period) in time order (a period before its year's report)."""

    def __init__(self, archive: str | os.PathLike[str] | None, region: str | None = None) -> None:
        from drafter.archive import Archive

        store = Archive.at(archive)
        self.archive = archive
        self.region = store.region(region)
        self.reports: dict[int, Report] = {y: store.load(y, self.region) for y in store.years(self.region)}
        self.parts: dict[tuple[int, str], Report] = {
            yp: store.load(yp[0], self.region, yp[1]) for yp in store.periods(self.region)
        }
        self.keys: list[tuple[int, str]] = store.keys(self.region)
        self._ledgers: dict[tuple[Key, Key], tuple[Any, ...]] = {}

    @property
    def years(self) -> list[int]:
        return sorted(self.reports)

    def report(self, which: Key) -> Report:
        """A year's report (``2016``) or a report on part of a year (``(2016, "上半年")``)."""
        if isinstance(which, tuple):
            return self.reports[which[0]] if not which[1] else self.parts[which]
        return self.reports[which]

    def entries(self, a: Key, b: Key) -> tuple[Any, ...]:
        """The ledger of report ``a``'s targets against report ``b`` (``a == b``: one-year mode)."""
        if (a, b) not in self._ledgers:
            from drafter.compare.ledger import build_ledger

            ra, rb = self.report(a), self.report(b)
            entries, _ = build_ledger(ra, rb, links=_links(self.archive, ra))
            self._ledgers[(a, b)] = entries
        return self._ledgers[(a, b)]


def _links(archive: str | os.PathLike[str] | None, report: Report) -> tuple[Any, ...]:
    """The region's pins, loaded where ``drafter diff`` loads them."""
    from drafter.app import archive_links

    return tuple(archive_links(archive, report))


def _side(report: Report, ref: Any) -> Side:
    return Side(
        report=report.year, indicator=ref.indicator, value=ref.value, number=ref.number, unit=ref.unit,
        qualifier=ref.qualifier, text=ref.text, sentence=ref.sentence, section=ref.section, paragraph=ref.paragraph,
        period=report.meta.period,
    )


def _gap(entry: Any) -> dict[str, Any] | None:
    """The ledger's gap (a rate target's 个百分点, a ceiling's margin), as JSON."""
    return None if entry.gap is None else entry.gap.to_dict()


def _best(entries: tuple[Any, ...], indicator: str) -> Any | None:
    """The ledger entry whose target indicator is the one asked about (closest, if any is close)."""
    from drafter.compare.ledger import indicator_similarity

    best, score = None, MIN_MATCH
    for entry in entries:
        s = indicator_similarity(indicator, entry.indicator)
        if s > score or (best is None and s >= score):
            best, score = entry, s
    return best


# ---------------------------------------------------------------- one indicator


def indicator_history(
    archive: str | os.PathLike[str] | None, indicator: str, region: str | None = None
) -> History:
    """Every year of the region for ``indicator`` (see the module's docstring)."""
    indicator = indicator.strip()
    if not indicator:
        raise InputError("指标名称是空的", "没有给出要查看的指标", "请写出指标名称，例如 drafter history 地区生产总值")
    ledgers = RegionLedgers(archive, region)
    rows = list(_rows(ledgers, indicator))
    if not any(r.target or r.outcome for r in rows):
        raise InputError(
            f"{ledgers.region}的报告中没有找到指标“{indicator}”",
            "历年目标和实绩中都没有与之相近的指标名称",
            "请用 drafter history（不带指标）查看主要指标，或用 drafter figures 年度 查看指标名称",
        )
    return History(ledgers.region, indicator, tuple(rows))


def _rows(ledgers: RegionLedgers, indicator: str) -> Iterator[Row]:
    years = ledgers.years
    for year, period in ledgers.keys:
        if period:
            row = _progress_row(ledgers, year, period, indicator)
            if row is not None:
                yield row
            continue
        entry = _best(ledgers.entries(year - 1, year), indicator) if year - 1 in ledgers.reports else None
        yield _first_row(ledgers, year, indicator) if entry is None else _pair_row(ledgers, year, entry)
    for year in years:
        if year + 1 in ledgers.reports:
            continue
        entry = _best(ledgers.entries(year, year), indicator)
        if entry is None:
            continue
        note = "尚无实绩" if year == years[-1] else f"档案中没有 {year + 1} 年报告"
        yield Row(year + 1, _side(ledgers.reports[year], entry.target), None, None, None, None, note)


def _progress_row(ledgers: RegionLedgers, year: int, period: str, indicator: str) -> Row | None:
    """A report on part of a year: the year's target against its outcome to date, as the ledger
    gives it (``in_progress``, docs/LEDGER.md rule 6), or None when it has no outcome for it.
    The target is the previous year's report's; without that report or that target there, its own
    确保全年… (rule 7)."""
    own: Key = (year, period)
    a: Key = year - 1 if year - 1 in ledgers.reports else own
    entry = _best(ledgers.entries(a, own), indicator)
    if (entry is None or entry.outcome is None) and a != own:  # last year set no such target
        a, entry = own, _best(ledgers.entries(own, own), indicator)
    if entry is None or entry.outcome is None:
        return None
    ra, rb = ledgers.report(a), ledgers.parts[(year, period)]
    return Row(year, _side(ra, entry.target), _side(rb, entry.outcome), entry.status, _gap(entry), entry.completion,
               entry.evidence.note, "" if entry.gap is None else entry.gap.text, period)


def _pair_row(ledgers: RegionLedgers, year: int, entry: Any) -> Row:
    a, b = ledgers.reports[year - 1], ledgers.reports[year]
    outcome = None if entry.outcome is None else _side(b, entry.outcome)
    return Row(year, _side(a, entry.target), outcome, entry.status, _gap(entry), entry.completion,
               entry.evidence.note, "" if entry.gap is None else entry.gap.text)


def _first_row(ledgers: RegionLedgers, year: int, indicator: str) -> Row:
    """A year no archived report set a target for: its outcome as the ledger pairs it."""
    report = ledgers.reports[year]
    entry = _best(ledgers.entries(year, year), indicator)
    outcome = None if entry is None or entry.outcome is None else _side(report, entry.outcome)
    note = f"档案中没有 {year - 1} 年报告，无上年目标" if year - 1 not in ledgers.reports else "上年报告未设该目标"
    return Row(year, None, outcome, None, None, None, note)


# ---------------------------------------------------------------- headline indicators


def headline_history(archive: str | os.PathLike[str] | None, region: str | None = None) -> Headlines:
    """The targets of each report's main-targets paragraph, grouped by indicator across years,
    each with the ledger's verdict for every year it was set (in order of first appearance)."""
    from drafter.compare.ledger import normalize_indicator

    ledgers = RegionLedgers(archive, region)
    groups: dict[str, list[Row]] = {}
    names: dict[str, str] = {}
    for year in ledgers.years:
        if year + 1 not in ledgers.reports:
            continue
        a = ledgers.reports[year]
        headline = {p.id for _, _, p in a.paragraphs() if p.role == "main_targets"}
        for entry in ledgers.entries(year, year + 1):
            if entry.evidence.target_paragraph not in headline:
                continue
            key = normalize_indicator(entry.indicator) or entry.indicator
            names.setdefault(key, entry.indicator)
            rows = groups.setdefault(key, [])
            if all(r.year != year + 1 for r in rows):
                rows.append(_pair_row(ledgers, year + 1, entry))
    if not groups:
        raise InputError(
            f"{ledgers.region}的档案中没有可对照的主要目标",
            "至少需要相邻两年的报告，且前一年报告有“主要目标是”段落",
            "请先导入相邻年度的报告，或用 drafter history 指标名称 查看单项指标",
        )
    return Headlines(ledgers.region, tuple(Record(names[k], tuple(rows)) for k, rows in groups.items()))


__all__ = ["Key", "Headlines", "History", "Record", "RegionLedgers", "Row", "Side", "headline_history", "indicator_history"]
