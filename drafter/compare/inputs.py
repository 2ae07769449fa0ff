"""Open either side of a comparison: a year in the archive, or a report file read in memory."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from drafter.compare.ledger import DEFAULT_TOLERANCE
from drafter.compare.links import Link, links_path, load_links
from drafter.compare.result import DiffResult
from drafter.errors import InputError
from drafter.model import Report

_YEAR = re.compile(r"^\d{4}$")


@dataclass(frozen=True)
class Opened:
    report: Report
    source: str  # "archive" or the file path


def open_side(spec: str, archive: str | os.PathLike[str] | None, region: str | None) -> Opened:
    """``2023`` → the archived report of that year; anything else → the file, parsed in memory."""
    if _YEAR.match(spec) and not Path(spec).is_file():
        from drafter.archive import Archive

        return Opened(Archive.at(archive).load(int(spec), region), "archive")
    path = Path(spec)
    if not path.exists():
        raise InputError(
            f"找不到“{spec}”",
            "它既不是四位年度，也不是存在的文件",
            "请给出档案中的年度（如 2023）或报告文件的路径",
        )
    from drafter.ingest import parse_file

    return Opened(parse_file(path, region=region), str(spec))


def archive_links(archive: str | os.PathLike[str] | None, report: Report) -> tuple[Link, ...]:
    """The pins of the report's region in the archive (none if the archive has no such file)."""
    from drafter.archive import resolve_root

    return load_links(links_path(resolve_root(archive), report.meta.region))


@dataclass(frozen=True)
class Comparison:
    """A diff with the two reports it compares (``b`` is ``a`` in one-year mode)."""

    result: DiffResult
    a: Report
    b: Report


def diff_specs(
    a: str,
    b: str | None = None,
    *,
    archive: str | os.PathLike[str] | None = None,
    region: str | None = None,
    tolerance: Decimal = DEFAULT_TOLERANCE,
) -> DiffResult:
    """``drafter diff A [B]`` as a library call: open both sides, load the pins, compare."""
    return compare_specs(a, b, archive=archive, region=region, tolerance=tolerance).result


def compare_specs(
    a: str,
    b: str | None = None,
    *,
    archive: str | os.PathLike[str] | None = None,
    region: str | None = None,
    tolerance: Decimal = DEFAULT_TOLERANCE,
) -> Comparison:
    """Like ``diff_specs``, keeping the opened reports (the review page shows their text)."""
    from drafter.compare import diff_reports

    first = open_side(a, archive, region)
    second = open_side(b, archive, region or first.report.meta.region) if b is not None else None
    if second is not None and second.report.meta.region != first.report.meta.region:
        raise InputError(
            "两份报告不属于同一地区",
            f"{first.report.meta.region} 与 {second.report.meta.region}",
            "请比较同一地区的报告，或用 --region 指明地区",
        )
    if second is not None and second.report.year <= first.report.year:
        raise InputError(
            f"年度顺序不对：{first.report.year} 与 {second.report.year}",
            "第一份应为较早年度的报告（其目标由第二份报告给出完成情况）",
            f"请写成 drafter diff {min(first.report.year, second.report.year)} {max(first.report.year, second.report.year)}",
        )
    links = archive_links(archive, first.report)
    result = diff_reports(
        first.report,
        None if second is None else second.report,
        links=links,
        tolerance=tolerance,
        sources=(first.source, second.source if second else first.source),
    )
    return Comparison(result, first.report, first.report if second is None else second.report)
