"""Outcomes that report B gives only in its table of main indicators.

County reports often open part 一 with a table (``2025年全县主要经济指标完成情况``) whose
columns carry no year: ``指标名称 | 单位 | 年度目标 | 完成值 | 完成情况``. The year is the
report's own (the table stands in the execution part), so such a table is read as if each
year-less column were headed by that year: ``年度目标`` then restates the old target and is
skipped, ``完成值`` holds the outcomes. Figure extraction reads year-headed tables itself;
this only reads a table of the execution part from which it took no figure.

The ledger leaves out a row that repeats an outcome the text already gives, so that
outcome is shown once, in its sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from drafter.model import Figure, Report, section_label

_YEAR = re.compile(r"(?:19|20)\d{2}")
#: A column of values in the row's unit: 完成值, 实绩, 年度目标 … A column of rates beside it
#: (增长(%), 完成率, 比上年±) is not in that unit and is left unread.
_VALUE_COLUMN = re.compile(r"完成|实绩|实际|目标|计划|预期|预计")
_RATE_COLUMN = re.compile(r"率|增|%|％|同比|比上年|±|情况")


def table_outcomes(report: Report) -> list[Figure]:
    """Outcomes of ``report``'s year-less execution tables (spans are offsets into the table's text)."""
    with_figures = {f.paragraph for f in report.figures}
    out: list[Figure] = []
    for part, chapter, p in report.paragraphs():
        if part is None or part.role != "execution" or not p.rows or p.id in with_figures:
            continue
        from drafter.figures.table import extract_table  # only for a report with such a table

        rows = (_dated(p.rows[0], report.year), *p.rows[1:])
        figures = extract_table(
            rows, p.text, role="execution", year=report.year, plan_year=report.year + 1,
            section=section_label(part, chapter), paragraph=p.id,
        )
        out.extend(_as_change(f) for f in figures if f.kind == "outcome")
    return out


def _dated(header: tuple[str, ...], year: int) -> tuple[str, ...]:
    """The header with the report's year put before each year-less column of figures."""
    return tuple(
        f"{year}年{c}" if _VALUE_COLUMN.search(c) and not _RATE_COLUMN.search(c) and not _YEAR.search(c) else c
        for c in header
    )


def _as_change(f: Figure) -> Figure:
    """A change in price (涨幅, 降幅) is a growth rate like 增速, whatever the table calls it:
    the table reader's own rule (loaded by ``table_outcomes`` already)."""
    from drafter.figures.table import PRICE_CHANGE

    if f.measure != "growth" and PRICE_CHANGE.search(f.indicator) and f.unit_family == "percent":
        return replace(f, measure="growth")
    return f


__all__ = ["table_outcomes"]
