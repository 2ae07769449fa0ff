"""Figures of a table of main targets (``指标 | 单位 | 2023年预计 | 2024年目标``).

Reports often give their main targets a second time as a table. A column headed by a
year reads as that year's figures: the plan year's column as targets; the report's own
year as outcomes in part 一, and in part 二 as the baseline the target starts from.
The unit column gives every row its unit; ``增速``/``增长`` in the indicator makes the
row a growth rate.
"""

from __future__ import annotations

import re

from drafter.errors import FigureError
from drafter.figures import indicator as ind
from drafter.figures.numbers import parse_quantity
from drafter.model import Figure

_YEAR_COLUMN = re.compile(r"^(?P<year>(?:19|20)\d{2})年?(?P<label>.*)$")
_CELL = re.compile(r"^(?P<n>-?\d+(?:\.\d+)?)(?P<suffix>左右|以上|以下|以内)?$")
#: ``地区生产总值增长（%）``: without a unit column the row's label carries its unit.
_LABEL_UNIT = re.compile(r"[（(](?P<unit>[^（）()]{1,8})[）)]$")
_GROWTH = re.compile(r"(增速|增长率|增长|增幅)$")
_QUALIFIER = {"左右": "about", "以上": "at_least", "以下": "at_most", "以内": "at_most", "": "exact"}


def extract_table(
    rows: tuple[tuple[str, ...], ...], text: str, *, role: str, year: int, plan_year: int, section: str, paragraph: str
) -> list[Figure]:
    """Every figure of a main-targets table; spans are offsets into ``text`` (the table's paragraph)."""
    if len(rows) < 2:
        return []
    header = rows[0]
    unit_at = next((i for i, c in enumerate(header) if "单位" in c), None)
    columns = [(i, m) for i, c in enumerate(header) if (m := _YEAR_COLUMN.match(c.replace(" ", "")))]
    figures: list[Figure] = []
    cursor = 0
    for row in rows[1:]:
        if not row:
            continue
        if unit_at is None:
            label_unit = _LABEL_UNIT.search(row[0])
            if label_unit is None:
                continue
            row = (row[0][: label_unit.start()], *row[1:], label_unit["unit"])
            unit_col = len(row) - 1
        elif unit_at >= len(row):
            continue
        else:
            unit_col = unit_at
        at = text.find(row[0], cursor)
        cursor = at + len(row[0]) if at >= 0 else cursor
        for i, column in columns:
            if i >= len(row):
                continue
            kind_period = _kind(int(column["year"]), column["label"], role, year, plan_year)
            if kind_period is None:
                continue
            figure = _figure(row, i, row[unit_col], kind_period, column["label"], text, cursor, section, paragraph)
            if figure is not None:
                figures.append(figure)
                cursor = figure.span[1]
    return figures


def _kind(column_year: int, label: str, role: str, year: int, plan_year: int) -> tuple[str, int] | None:
    if column_year == plan_year and role == "plan":
        return "target", plan_year
    if column_year == year and not re.search(r"目标|计划", label):
        return ("baseline" if role == "plan" else "outcome"), year
    return None  # a column restating an old target, or another year


def _figure(
    row: tuple[str, ...], i: int, unit: str, kind_period: tuple[str, int], label: str, text: str, cursor: int,
    section: str, paragraph: str,
) -> Figure | None:
    cell = row[i].replace(" ", "")
    m = _CELL.match(cell)
    if m is None:
        return None
    try:
        q = parse_quantity(m["n"] + unit)
    except FigureError:
        return None
    name = ind.normalize(row[0])
    growth = _GROWTH.search(name)
    if growth is not None:
        name, measure, direction = name[: growth.start()], "growth", "up"
    else:
        measure = "share" if q.family in ("percent", "points") else "count" if q.family == "count" else "amount"
        direction = ""
    at = text.find(row[i], cursor)
    span = (at, at + len(row[i])) if at >= 0 else (0, 0)
    kind, period = kind_period
    return Figure(
        indicator=name,
        value=q.value,
        number=q.number,
        unit=q.unit,
        unit_family=q.family,
        kind=kind,  # type: ignore[arg-type]
        measure=measure,  # type: ignore[arg-type]
        qualifier=_QUALIFIER[m["suffix"] or ""],  # type: ignore[arg-type]
        estimate="预计" in label,
        direction=direction,
        period=period,
        section=section,
        paragraph=paragraph,
        span=span,
        text=row[i],
        sentence=" ".join(row),
    )


__all__ = ["extract_table"]
