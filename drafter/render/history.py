"""``drafter history`` output: terminal text, JSON, CSV, and a self-contained page with a chart.

The chart (targets against outcomes by year) is drawn by pygal as inline SVG, with its
script references removed and its random id and date fixed, so the page needs no network
and the same archive gives the same bytes.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import Any

from drafter.history import Headlines, History, Record, Row, Side

CSV_HEADER = ("年度", "目标", "实绩", "状态", "差距", "完成率（%）", "目标出处", "目标原句", "实绩出处", "实绩原句", "说明")


def _label(status: str | None) -> str:
    from drafter.labels import STATUS_LABELS

    return "—" if status is None else STATUS_LABELS.get(status, status)


def _gap(row: Row) -> str:
    return row.gap_text


def _completion(row: Row) -> str:
    return "" if row.completion is None else f"{row.completion}%"


def _text(side: Side | None) -> str:
    if side is None:
        return "—"
    return side.text or side.indicator


def _where(side: Side | None) -> str:
    return "" if side is None else f"{side.name} {side.section}".rstrip()


# ---------------------------------------------------------------- one indicator


def history_text(history: History) -> str:
    """The rows as a table, then the sentences each target and outcome came from."""
    lines = [f"{history.region} · {history.indicator}", ""]
    table = [("年度", "目标", "实绩", "状态", "差距/完成率")]
    for r in history.rows:
        table.append((r.name, _text(r.target), _text(r.outcome), _label(r.status), _gap(r) or _completion(r) or "—"))
    lines.extend(_table(table))
    lines.append("")
    for r in history.rows:
        when = f"{r.year} 年" if not r.period else r.name
        lines.append(f"{when}{('：' + r.note) if r.note else ''}")
        if r.target is not None:
            lines.append(f"  目标（{_where(r.target)}）：{r.target.sentence}")
        if r.outcome is not None:
            lines.append(f"  实绩（{_where(r.outcome)}）：{r.outcome.sentence}")
    return "\n".join(lines) + "\n"


def _width(text: str) -> int:
    from drafter.render.cells import text_width

    return text_width(text)


def _table(rows: Sequence[tuple[str, ...]]) -> Iterator[str]:
    widths = [max(_width(r[i]) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        yield "  ".join(cell + " " * (w - _width(cell)) for cell, w in zip(r, widths, strict=True)).rstrip()


def history_json(history: History) -> str:
    return json.dumps(history.to_dict(), sort_keys=True, ensure_ascii=False, indent=1) + "\n"


def history_csv(history: History) -> str:
    """The rows as CSV for Excel (BOM, ``\\r\\n``, formula-like text written as text)."""
    from drafter.excel import csv_text

    return csv_text(CSV_HEADER, (
        (
            r.name if r.period else r.year, "" if r.target is None else r.target.text, "" if r.outcome is None else r.outcome.text,
            "" if r.status is None else _label(r.status), _gap(r), "" if r.completion is None else str(r.completion),
            _where(r.target), "" if r.target is None else r.target.sentence,
            _where(r.outcome), "" if r.outcome is None else r.outcome.sentence, r.note,
        )
        for r in history.rows
    ))


# ---------------------------------------------------------------- headline indicators


def _record_line(record: Record) -> str:
    parts = [f"{_label(s)} {record.count(s)}" for s in ("exceeded", "met", "missed", "not_reported",
                                                        "not_in_excerpt", "qualitative", "not_comparable")
             if record.count(s)]
    return f"完成 {record.met}/{record.total} 年（{'，'.join(parts)}）"


def records_text(headlines: Headlines) -> str:
    lines = [f"{headlines.region} · 主要目标历年完成情况", ""]
    table = [("指标", "记录", "逐年")]
    for rec in headlines.records:
        years = " ".join(f"{r.year}{_label(r.status)}" for r in rec.rows)
        table.append((rec.indicator, _record_line(rec), years))
    lines.extend(_table(table))
    return "\n".join(lines) + "\n"


def records_json(headlines: Headlines) -> str:
    return json.dumps(headlines.to_dict(), sort_keys=True, ensure_ascii=False, indent=1) + "\n"


def records_csv(headlines: Headlines) -> str:
    """Every headline indicator's years as CSV for Excel (the one Excel writer)."""
    from drafter.excel import csv_text

    return csv_text(("指标", "年度", "目标", "实绩", "状态", "差距", "完成率（%）"), (
        (rec.indicator, r.year, _text(r.target), _text(r.outcome), _label(r.status), _gap(r),
         "" if r.completion is None else str(r.completion))
        for rec in headlines.records for r in rec.rows
    ))


# ---------------------------------------------------------------- the page


def chart_svg(history: History) -> str:
    """Targets against outcomes by year as an inline SVG line chart ("" when no row has a number).
    Progress to date (a half-year's row) is not a year's outcome: it stays in the table, off the chart."""
    years = [r for r in history.rows if not r.period]
    unit = next((s.unit for r in years for s in (r.target, r.outcome) if s is not None and s.unit), "")
    targets = [_number(r.target, unit) for r in years]
    outcomes = [_number(r.outcome, unit) for r in years]
    if not any(v is not None for v in targets + outcomes):
        return ""
    import pygal
    from pygal.style import Style

    style = Style(
        font_family="'Noto Sans CJK SC','Source Han Sans SC','Microsoft YaHei','PingFang SC',sans-serif",
        background="white", plot_background="white", colors=("#1f5fa8", "#c0392b"),
        label_font_size=14, major_label_font_size=14, legend_font_size=14, value_font_size=14, title_font_size=14,
    )
    chart = pygal.Line(
        js=[], disable_xml_declaration=True, width=760, height=360, style=style, show_dots=True, dots_size=4,
        allow_interruptions=True, legend_at_bottom=True, margin_right=36, y_title=unit, print_values=True,
        value_formatter=lambda v: f"{v:g}",
    )
    chart.y_labels = _ticks(targets + outcomes)
    chart.x_labels = [str(r.year) for r in years]
    chart.add("目标", targets)
    chart.add("实绩", outcomes)
    svg = str(chart.render(is_unicode=True))
    svg = re.sub(r"chart-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "history-chart", svg)
    svg = re.sub(r"<script\b.*?</script>", "", svg, flags=re.S)  # pygal's config for its tooltips
    return re.sub(r"<!--.*?-->", "", svg)


def _ticks(values: list[float | None]) -> list[float]:
    """Five or so round y labels (a step of 1, 2 or 5 × 10^k) spanning every value with a margin,
    so no point sits on the axis and the grid stays sparse."""
    numbers = [v for v in values if v is not None]
    low, high = min(numbers), max(numbers)
    margin = (high - low) * 0.15 or abs(high) * 0.1 or 1.0
    low, high = low - margin, high + margin
    raw = (high - low) / 5
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    first = math.floor(low / step)
    return [round(k * step, 10) for k in range(first, math.ceil(high / step) + 1)]


_SCALE = {"万": Decimal(10_000), "亿": Decimal(100_000_000)}


def _number(side: Side | None, unit: str) -> float | None:
    """A side's normalized number in the chart's unit (``亿元``: back from yuan to 亿元)."""
    if side is None or side.number is None:
        return None
    return float(side.number / _SCALE.get(unit[:1], Decimal(1)))


def history_html(history: History) -> str:
    """The page: title, the chart, the rows with their sentences. No script, no network."""
    import jinja2

    from drafter.draft.templates import default_dir

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(default_dir())), undefined=jinja2.StrictUndefined,
        autoescape=True, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
    )
    rows: list[dict[str, Any]] = [
        {
            "year": r.name, "target": _text(r.target), "outcome": _text(r.outcome), "status": r.status or "none",
            "label": _label(r.status), "gap": _gap(r) or _completion(r) or "—", "note": r.note,
            "target_sentence": "" if r.target is None else r.target.sentence, "target_where": _where(r.target),
            "outcome_sentence": "" if r.outcome is None else r.outcome.sentence, "outcome_where": _where(r.outcome),
        }
        for r in history.rows
    ]
    return str(env.get_template("history.html.j2").render(
        region=history.region, indicator=history.indicator, rows=rows, chart=chart_svg(history),
    ))


__all__ = [
    "chart_svg", "history_csv", "history_html", "history_json", "history_text",
    "records_csv", "records_json", "records_text",
]
