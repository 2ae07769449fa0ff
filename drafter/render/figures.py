"""Figures for people and programs: a terminal table (rich), JSON, CSV.

Every renderer takes a sequence of ``Figure`` and returns text; the same figures give
the same bytes. JSON is a list of ``Figure.to_dict()`` objects (sorted keys, UTF-8 as is);
CSV has one row per figure with a fixed column order; the table groups figures by section.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence

from drafter.labels import FIGURE_KIND_LABELS
from drafter.model import Figure

KIND_LABEL = FIGURE_KIND_LABELS  # the one label table: an outcome is 实绩 everywhere
MEASURE_LABEL = {
    "amount": "总量", "growth": "增速", "share": "比重", "rank": "排名", "count": "数量",
    "completion": "完成率", "qualitative": "定性",
}
QUALIFIER_LABEL = {"about": "左右", "at_least": "不低于", "at_most": "不高于", "exact": ""}
CSV_COLUMNS = (
    "section", "paragraph", "kind", "period", "indicator", "value", "unit", "number", "unit_family",
    "measure", "qualifier", "estimate", "cumulative", "increment", "direction", "flags", "span", "text",
    "sentence",
)


def to_json(figures: Iterable[Figure]) -> str:
    """A JSON list of figures, one object each (``Figure.to_dict``), ending in a newline."""
    rows = [f.to_dict() for f in figures]
    return json.dumps(rows, ensure_ascii=False, sort_keys=True, indent=2) + "\n"


def to_csv(figures: Iterable[Figure]) -> str:
    """CSV with a header row; flags joined by ``|``, span as ``start-end``, booleans as 1/0."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for fig in figures:
        data = fig.to_dict()
        data["flags"] = "|".join(fig.flags)
        data["span"] = f"{fig.span[0]}-{fig.span[1]}"
        writer.writerow([_cell(data[c]) for c in CSV_COLUMNS])
    return out.getvalue()


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def to_table(figures: Sequence[Figure], *, width: int = 120, color: bool = False) -> str:
    """A readable table per section: 指标, 数值, 类型, 口径 (measure and qualifier), 原文."""
    from rich.console import Console
    from rich.table import Table

    out = io.StringIO()
    console = Console(file=out, width=width, color_system="standard" if color else None, force_terminal=color,
                      legacy_windows=False, emoji=False, highlight=False)
    if not figures:
        console.print("（没有数字）")
        return out.getvalue()
    for section, group in _by_section(figures):
        table = Table(title=f"{section}（{len(group)} 个）", title_justify="left", expand=False, show_lines=False)
        table.add_column("段落", no_wrap=True)
        table.add_column("指标", overflow="fold", ratio=3)
        table.add_column("数值", justify="right", no_wrap=True)
        table.add_column("类型", no_wrap=True)
        table.add_column("口径", no_wrap=True)
        table.add_column("原文", overflow="fold", ratio=2)
        for fig in group:
            table.add_row(fig.paragraph, fig.indicator, _value(fig), _kind(fig), _measure(fig), fig.text)
        console.print(table)
    return out.getvalue()


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


def _kind(fig: Figure) -> str:
    label = KIND_LABEL.get(fig.kind, fig.kind)
    if fig.period is not None:
        label = f"{fig.period}{label}"
    return label + ("（预计）" if fig.estimate else "")


def _measure(fig: Figure) -> str:
    parts = [MEASURE_LABEL.get(fig.measure, fig.measure)]
    if fig.direction == "down":
        parts[0] = "降幅" if fig.measure == "growth" else parts[0] + "↓"
    if QUALIFIER_LABEL.get(fig.qualifier):
        parts.append(QUALIFIER_LABEL[fig.qualifier])
    if fig.cumulative:
        parts.append("累计")
    if fig.increment:
        parts.append("新增")
    return "·".join(parts)


__all__ = ["CSV_COLUMNS", "to_csv", "to_json", "to_table"]
