"""Terminal view of a ``DiffResult``: the ledger first (a rich table), then changes per chapter.

Colour only when writing to a terminal; otherwise plain text of a fixed width, so the
same result gives the same bytes (golden files, pipes).
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator

from drafter.compare.result import Change, DiffResult, FigureRef, LedgerEntry
from drafter.labels import CHANGE_LABELS, QUALIFIER_SIGNS, STATUS_STYLES, status_label

PLAIN_WIDTH = 120
#: A figure's text that already says its bound (``3.5%以内``) gets no ≥/≤ sign in front.
_QUALIFIER_WORDS = ("以内", "以下", "以上", "之内", "左右")
_BARE_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def figure_text(ref: FigureRef | None) -> str:
    """A figure as every ledger shows it (terminal, CSV, the review page): ``≥30亿元``,
    ``3.5%以内``, ``1亿元`` for 税收过亿元, a table's bare cell with its unit."""
    if ref is None:
        return "—"
    if ref.value is None:
        return _clip(ref.text or ref.sentence, 40) or "—"
    sign = QUALIFIER_SIGNS.get(ref.qualifier, "")
    text = ref.text or f"{ref.value}{ref.unit}"
    if text[:1] in "万亿":  # 税收过亿元: the figure is the scale word alone
        text = "1" + text
    elif ref.unit and _BARE_NUMBER.fullmatch(text):  # a table's cell: its unit is in another column
        text += ref.unit
    if sign and not text.endswith(_QUALIFIER_WORDS):
        return f"{sign}{text}"
    return text


def _percent(value: object) -> str:
    return "—" if value is None else f"{value}%"


def result_text(entry: LedgerEntry) -> str:
    """What the ledger says of how far the target got: the gap for a rate or a ceiling
    (``-0.8个百分点``), the completion ratio for an amount or count (``116.9%``), else "—"."""
    if entry.gap is not None:
        return entry.gap.text
    return _percent(entry.completion)


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def render_text(result: DiffResult, *, color: bool = False, width: int | None = None) -> str:
    """The whole terminal report as one string."""
    from rich.console import Console

    out = io.StringIO()
    console = Console(
        file=out,
        force_terminal=color,
        no_color=not color,
        width=width or PLAIN_WIDTH,
        highlight=False,
        emoji=False,
        color_system="standard" if color else None,
    )
    console.print(_heading(result), markup=False)
    console.print(_ledger_table(result, color))
    # Plain lines go straight to the buffer: rich's per-line rendering costs more than the diff.
    lines = list(_summary(result))
    if result.unplanned:
        lines.append(f"\n未列入目标的实绩（{len(result.unplanned)} 项）：")
        lines.extend(f"  [{u.outcome.section}] {u.indicator} {figure_text(u.outcome)}" for u in result.unplanned)
    if result.mode == "pair":
        lines.append("")
        lines.extend(change_lines(result))
    out.write("".join(line + "\n" for line in lines))
    return out.getvalue()


def _heading(result: DiffResult) -> str:
    a, b = result.a, result.b
    if result.mode == "single":
        return f"{a.region} {a.year} 年报告：{a.year + 1} 年目标与 {a.year} 年实绩对照（目标/实绩 = 目标相对今年实绩）"
    excerpt = "（摘录）" if b.excerpt else ""
    return f"{a.region}：{a.year} 年报告提出的 {a.year + 1} 年目标 → {b.year} 年报告{excerpt}的完成情况"


def _ledger_table(result: DiffResult, color: bool) -> object:
    from rich import box
    from rich.table import Table

    single = result.mode == "single"
    table = Table(box=box.SIMPLE_HEAD if color else box.ASCII2, show_lines=False, pad_edge=False)
    table.add_column("状态", no_wrap=True)
    table.add_column("指标", overflow="fold")
    table.add_column("目标", overflow="fold")
    table.add_column(f"{result.a.year}年实绩" if single else "实绩", overflow="fold")
    table.add_column("目标/实绩" if single else "完成情况", justify="right", no_wrap=True)
    if not single:
        table.add_column("自述", justify="right", no_wrap=True)
    table.add_column("章节", no_wrap=True)
    for entry in result.targets:
        table.add_row(*_row(entry, single, color))
    return table


def _row(entry: LedgerEntry, single: bool, color: bool) -> list[str]:
    from rich.markup import escape

    label = status_label(entry.status)
    if entry.pinned:
        label += "*"
    style = STATUS_STYLES.get(entry.status, "")
    status = f"[{style}]{escape(label)}[/]" if color and style else escape(label)
    stated = _percent(entry.stated_completion)
    if entry.evidence.disagreement:
        stated += "!"
    sections = entry.target.section
    if entry.outcome is not None and entry.outcome.section:
        sections += f"→{entry.outcome.section}"
    row = [
        status,
        escape(entry.indicator),
        escape(figure_text(entry.target)),
        escape(figure_text(entry.outcome)),
        result_text(entry),
    ]
    if not single:
        row.append(stated)
    row.append(escape(sections))
    return row


def _summary(result: DiffResult) -> Iterator[str]:
    counts = result.counts()
    parts = [f"{status_label(s)} {n}" for s, n in counts.items()]
    yield f"共 {len(result.targets)} 项目标：" + "，".join(parts) + "。" if parts else "没有识别到目标。"
    if any(e.pinned for e in result.targets):
        yield "* 为 links.yaml 中指定的配对。"
    if any(e.evidence.disagreement for e in result.targets):
        yield "! 报告自述完成率与计算值相差超过 0.1 个百分点。"
    if any(e.target.qualifier == "about" for e in result.targets) and result.mode == "pair":
        points = format(result.tolerance_points.normalize(), "f")
        yield (
            f"“左右”目标：增速、比率按 ±{points} 个百分点判断，总量、数量按 "
            f"±{format((result.tolerance * 100).normalize(), 'f')}% 的相对容差判断。"
        )
    if any(e.gap is not None for e in result.targets) and result.mode == "pair":
        yield "完成情况：增速、比率和上限目标给出与目标之差（实绩 − 目标），总量、数量目标给出完成率。"
    if result.b.excerpt and result.mode == "pair":
        yield "对比报告仅存摘录：摘录未含的目标不能判断为未报告，也不列出删除的段落。"


def change_lines(result: DiffResult) -> Iterator[str]:
    """Changes grouped by section, in B's order."""
    if not result.changes:
        yield "文字没有变化。"
        return
    counts = result.change_counts()
    detail = "，".join(f"{CHANGE_LABELS[k]} {n}" for k, n in counts.items())
    yield f"文字变化（{result.change_total()} 处；{detail}）："
    current = None
    for change in result.changes:
        if change.section != current:
            current = change.section
            yield f"【{current}】"
        yield "  " + describe(change)


def describe(change: Change) -> str:
    label = CHANGE_LABELS[change.kind]
    if change.kind == "figure_changed":
        return f"{label} {change.indicator}：{change.old_value} → {change.new_value}"
    if change.kind == "year_rolled":
        return f"{label} {change.old} → {change.new}"
    if change.kind == "added":
        return f"{label} {_clip(change.new, 80)}"
    if change.kind == "removed":
        return f"{label} {_clip(change.old, 80)}"
    if change.kind == "moved":
        return f"{label} {_clip(change.new, 60)}"
    return f"{label} {_clip(change.old, 60)} → {_clip(change.new, 60)}"
