"""``drafter check``: a report's mistakes, found before the leaders find them.

Each kind of mistake is a small rule module with a ``find(subject)`` that yields findings::

    from drafter.check import check_report
    result = check_report(report_2024, previous=report_2023)
    for f in result.findings:
        print(f.where.label, f.label, f.problem)

Without ``previous`` the rules that compare with last year's report (meeting ordinal,
unanswered targets, paragraphs carried over) have nothing to compare and find nothing.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from drafter.check import (
    anniversary,
    carried,
    completion,
    conflicts,
    duplicates,
    meeting,
    stale_year,
    unanswered,
    unfilled,
)
from drafter.check.context import Subject
from drafter.check.finding import KIND_KEYS, KIND_LABELS, KINDS, Finding, Location, parse_kinds
from drafter.errors import InputError
from drafter.model import Report

#: kind → the rule module that finds it.
RULES = {
    "unfilled": unfilled,
    "stale_year": stale_year,
    "wrong_anniversary": anniversary,
    "meeting_ordinal": meeting,
    "conflicting_figures": conflicts,
    "stated_completion": completion,
    "unanswered_target": unanswered,
    "carried_over": carried,
    "duplicate_paragraph": duplicates,
}


@dataclass(frozen=True)
class Checked:
    """Which report was checked (or compared with): year, region, title, where it came from, and
    the part of the year it covers (``上半年``; ``""`` for a year's report, ``drafter.periods``)."""

    year: int
    region: str
    title: str
    source: str
    period: str = ""

    @property
    def label(self) -> str:
        """The report's time as a sentence names it: ``2016 年`` / ``2016年上半年``."""
        from drafter.periods import label

        return label(self.year, self.period)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"year": self.year, "region": self.region, "title": self.title, "source": self.source}
        if self.period:  # a report on part of a year; a year's report keeps the JSON it always had
            out["period"] = self.period
        return out


@dataclass(frozen=True)
class CheckResult:
    """Everything ``drafter check`` reports: the report, last year's (or None), the findings
    in document order (within a paragraph, most serious first)."""

    report: Checked
    against: Checked | None
    findings: tuple[Finding, ...]

    def counts(self) -> dict[str, int]:
        """Findings per kind, in the order of ``KINDS``, kinds with none left out."""
        out = {k: 0 for k in KIND_KEYS}
        for f in self.findings:
            out[f.kind] += 1
        return {k: n for k, n in out.items() if n}

    def to_dict(self) -> dict[str, Any]:
        return {
            "report": self.report.to_dict(),
            "against": None if self.against is None else self.against.to_dict(),
            "summary": self.counts(),
            "findings": [f.to_dict() for f in self.findings],
        }


def _checked(report: Report, source: str) -> Checked:
    return Checked(report.year, report.meta.region, report.meta.title, source, report.meta.period)


def check_report(
    report: Report,
    previous: Report | None = None,
    *,
    links: Iterable[object] = (),
    sources: tuple[str, str] = ("archive", "archive"),
) -> CheckResult:
    """Run every rule on ``report`` (and against ``previous``, last year's report)."""
    if previous is not None and previous.meta.period:
        from drafter.periods import key, label

        name = key(previous.year, previous.meta.period)
        raise InputError(
            f"{label(previous.year, previous.meta.period)}报告不能作为上年报告对照",
            "--against 应给出上一年的年度报告；年内报告的全年目标由同一年的年度报告给出完成情况",
            f"请写成 --against {report.year - 1}，或用 drafter diff {name} {previous.year} 查看这些目标的完成情况",
        )
    if previous is not None and previous.year >= report.year:
        from drafter.periods import key

        raise InputError(
            f"对照的报告年度不对：{previous.year} 不早于 {key(report.year, report.meta.period)}",
            "--against 应给出较早年度（通常是上一年）的报告",
            f"请写成 --against {report.year - 1}",
        )
    subject = Subject(report, previous, links)
    found = [f for rule in RULES.values() for f in rule.find(subject)]
    # this report's findings in its order, then those standing in last year's report
    found.sort(key=lambda f: (f.where.report != report.year, *f.sort_key()))
    return CheckResult(
        _checked(report, sources[0]),
        None if previous is None else _checked(previous, sources[1]),
        tuple(found),
    )


def _is_year(spec: str) -> bool:
    """An archived report's key (``2023``, ``2023上半年``), not a file of that name."""
    from drafter.periods import parse_key

    return parse_key(spec) is not None and not os.path.isfile(spec)


def check_specs(
    report: str,
    against: str | None = None,
    *,
    archive: str | os.PathLike[str] | None = None,
    region: str | None = None,
) -> tuple[CheckResult, Report]:
    """``drafter check REPORT [--against YEAR]`` as a library call: open both (a year in the
    archive or a file), load the archive's pins, check. Returns the result and the report."""
    from drafter.app import Opened, archive_links, open_side

    # an archived year first: a file read beside it takes the archive's region name
    previous: Opened | None = None
    if against is not None and _is_year(against) and not _is_year(report):
        previous = open_side(against, archive, region)
        opened = open_side(report, archive, region or previous.report.meta.region)
    else:
        opened = open_side(report, archive, region)
        if against is not None:
            previous = open_side(against, archive, region or opened.report.meta.region)
    links: tuple[object, ...] = ()
    if previous is not None:
        try:
            links = archive_links(archive, previous.report)
        except InputError:
            links = ()
    result = check_report(
        opened.report,
        None if previous is None else previous.report,
        links=links,
        sources=(opened.source, previous.source if previous else ""),
    )
    return result, opened.report


__all__ = [
    "KINDS",
    "KIND_KEYS",
    "KIND_LABELS",
    "RULES",
    "CheckResult",
    "Checked",
    "Finding",
    "Location",
    "check_report",
    "check_specs",
    "parse_kinds",
]
