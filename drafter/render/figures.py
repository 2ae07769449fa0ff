"""Figures for people and programs: a terminal table (rich), JSON, CSV.

Every renderer takes a sequence of ``Figure`` and returns text; the same figures give
the same bytes. JSON is for programs: a list of ``Figure.to_dict()`` objects (English keys,
sorted, UTF-8 as is). CSV is for people: one row per figure, Chinese headers and labels, a BOM
for Excel. The table groups figures by section and fits the given width.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Sequence

from drafter.excel import csv_text
from drafter.labels import (
    DIRECTION_LABELS,
    FIGURE_KIND_LABELS,
    MEASURE_LABELS,
    QUALIFIER_LABELS,
    UNIT_FAMILY_LABELS,
)
from drafter.model import Figure, Report, paragraph_places

#: CSV for people: Chinese header → how a figure gives the cell (JSON keeps the English keys).
CSV_COLUMNS = (
    "章节", "段落", "类型", "年度", "指标", "数值", "单位", "折算值", "单位类别", "口径", "限定词", "预计", "累计",
    "新增", "方向", "标记", "原文", "句子",
)


def to_json(figures: Iterable[Figure]) -> str:
    """A JSON list of figures, one object each (``Figure.to_dict``), ending in a newline."""
    rows = [f.to_dict() for f in figures]
    return json.dumps(rows, ensure_ascii=False, sort_keys=True, indent=2) + "\n"


def to_csv(figures: Iterable[Figure], report: Report | None = None) -> str:
    """CSV for Excel (BOM, Chinese headers and labels); paragraphs as ``一（一）第2段``."""
    places = paragraph_places(report) if report is not None else {}
    return csv_text(CSV_COLUMNS, (_csv_row(fig, places) for fig in figures))


def _csv_row(fig: Figure, places: dict[str, str]) -> list[object]:
    yes = "是"
    return [
        fig.section, places.get(fig.paragraph, fig.paragraph), FIGURE_KIND_LABELS.get(fig.kind, fig.kind), fig.period,
        fig.indicator, fig.value, fig.unit, fig.number, UNIT_FAMILY_LABELS.get(fig.unit_family, fig.unit_family),
        MEASURE_LABELS.get(fig.measure, fig.measure), QUALIFIER_LABELS.get(fig.qualifier, fig.qualifier),
        yes if fig.estimate else "", yes if fig.cumulative else "", yes if fig.increment else "",
        DIRECTION_LABELS.get(fig.direction, fig.direction), "、".join(fig.flags), fig.text, fig.sentence,
    ]


def to_table(figures: Sequence[Figure], report: Report | None = None, *, width: int = 80,
             color: bool = False) -> str:
    """A table per section, no wider than ``width``: 段落, 指标, 数值, 类型, 口径 (measure and qualifier), 原文."""
    from drafter.render.terminal import draw_table

    if not figures:
        return "（没有数字）\n"
    places = paragraph_places(report) if report is not None else {}
    headers = ("段落", "指标", "数值", "类型", "口径", "原文")
    out = io.StringIO()
    for section, group in _by_section(figures):
        rows = [
            (_place(fig, section, places), fig.indicator, _value(fig), _kind(fig, report), _measure(fig), fig.text)
            for fig in group
        ]
        out.write(draw_table(headers, rows, width, right=(2,), weights=(1, 4, 1, 3, 3, 1), title=f"{section}（{len(group)} 个）"))
    return out.getvalue()


def _place(fig: Figure, section: str, places: dict[str, str]) -> str:
    """``第2段`` under its section's title (the full ``一（一）第2段`` elsewhere)."""
    place = places.get(fig.paragraph, "")
    return place[len(section):] if place.startswith(section + "第") else place


def _by_section(figures: Sequence[Figure]) -> list[tuple[str, list[Figure]]]:
    groups: dict[str, list[Figure]] = {}
    for fig in figures:
        groups.setdefault(fig.section or "（未分节）", []).append(fig)
    return list(groups.items())


def _value(fig: Figure) -> str:
    if fig.value is None:
        return "—"
    if fig.measure == "rank":
        return f"第{fig.value}" if fig.value != "首" else "首位"
    return f"{fig.value}{fig.unit}"


def _kind(fig: Figure, report: Report | None = None) -> str:
    label = FIGURE_KIND_LABELS.get(fig.kind, fig.kind)
    period = report.meta.period if report is not None and fig.kind in ("outcome", "target") else ""
    if period and fig.period in (None, report.year):  # type: ignore[union-attr]
        # a report on part of a year: its outcomes to date, and its rest-of-year part's targets of
        # the whole year (确保全年…), never of the next
        label = f"{report.year}年{period if fig.kind == 'outcome' else '全年'}{label}"  # type: ignore[union-attr]
    elif fig.period is not None:
        label = f"{fig.period}{label}"
    return label + ("（预计）" if fig.estimate else "")


def _measure(fig: Figure) -> str:
    parts = [MEASURE_LABELS.get(fig.measure, fig.measure)]
    if fig.direction == "down":
        parts[0] = "降幅" if fig.measure == "growth" else parts[0] + "↓"
    if fig.qualifier != "exact":  # the table says only a bound or an approximation: 左右, 不低于
        parts.append(QUALIFIER_LABELS.get(fig.qualifier, fig.qualifier).split("（")[0])
    if fig.cumulative:
        parts.append("累计")
    if fig.increment:
        parts.append("新增")
    return "·".join(parts)


__all__ = ["CSV_COLUMNS", "to_csv", "to_json", "to_table"]
