"""Terminal view of a ``DiffResult``: the ledger first (a table fitted to the width), then changes per chapter.

Colour only when writing to a terminal; otherwise plain text of a fixed width (80 columns
unless told), so the same result gives the same bytes (golden files, pipes). The ledger fits
the width: cells wrap between words, never inside one or inside a number with its unit.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator

from drafter.compare.result import Change, DiffResult, FigureRef, LedgerEntry, Side
from drafter.labels import CHANGE_LABELS, QUALIFIER_SIGNS, STATUS_STYLES, status_label

PLAIN_WIDTH = 80
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
    from drafter.render.cells import wrap_hanging

    width = width or PLAIN_WIDTH
    out = io.StringIO()
    out.write("".join(line + "\n" for line in wrap_hanging(_heading(result), width, hang=0)))
    out.write(_ledger_table(result, color, width))
    lines = list(_summary(result))
    if result.unplanned:
        lines.append(f"\n未列入目标的实绩（{len(result.unplanned)} 项）：")
        lines.extend(f"  [{u.outcome.section}] {u.indicator} {figure_text(u.outcome)}" for u in result.unplanned)
    if result.mode == "pair":
        lines.append("")
        lines.extend(change_lines(result))
    out.write("".join(part + "\n" for line in lines for part in wrap_hanging(line, width)))
    return out.getvalue()


def key_label(side: Side) -> str:
    """``2015年`` / ``2015年上半年``: a side's time as the page titles and headings write it."""
    return side.label.replace(" ", "")


def progress_line(result: DiffResult) -> str:
    """The sentence every view adds when B covers part of a year (docs/LEDGER.md, rule 6); "" otherwise."""
    b = result.b
    if not b.period:
        return ""
    from drafter.periods import elapsed

    return (f"{key_label(b)}报告的实绩只到年内（时序进度{elapsed(b.period)}%）：对照全年目标只看进度，"
            f"状态为“年内进度”，不判断完成与否。")


def _heading(result: DiffResult) -> str:
    a, b = result.a, result.b
    if result.ambition:
        return f"{a.region} {a.label}报告：{a.year + 1} 年目标与 {a.label}实绩对照（目标/实绩 = 目标相对今年实绩）"
    if result.mode == "single":  # a report on part of a year: the whole year's targets, its progress
        return f"{a.region} {key_label(a)}报告：{a.target_year} 年全年目标与 {key_label(a)}实绩对照（年内进度）"
    excerpt = "（摘录）" if b.excerpt else ""
    got = "年内进度" if b.period else "完成情况"
    whose = f"{key_label(a)}报告提出的 {a.target_year} 年全年目标" if a.period else f"{a.year} 年报告提出的 {a.year + 1} 年目标"
    return f"{a.region}：{whose} → {b.label}报告{excerpt}的{got}"


def _ledger_table(result: DiffResult, color: bool, width: int) -> str:
    from drafter.render.terminal import draw_table

    ambition = result.ambition
    got = f"{result.a.year}年实绩" if ambition else f"{result.a.period}实绩" if result.mode == "single" else "实绩"
    headers = ["状态", "指标", "目标", got, "目标/实绩" if ambition else "完成情况"]
    if not ambition:
        headers.append("自述")
    headers.append("章节")
    rows = [_row(entry, ambition) for entry in result.targets]
    styles = [{0: STATUS_STYLES.get(entry.status, "")} if color else {} for entry in result.targets]
    right = (4, 5) if not ambition else (4,)
    keep = (0, *right)
    return draw_table(headers, rows, width, right=right, keep=keep, styles=styles, weights=(1, 5, 3, 2, 1, 1, 1),
                      frame="bare", color=color)


def _row(entry: LedgerEntry, single: bool) -> list[str]:
    status = status_label(entry.status)
    if entry.pinned:
        status += "*"
    stated = _percent(entry.stated_completion)
    if entry.evidence.disagreement:
        stated += "!"
    sections = entry.target.section
    if entry.outcome is not None and entry.outcome.section:
        sections += f"→{entry.outcome.section}"
    row = [status, entry.indicator, figure_text(entry.target), figure_text(entry.outcome), result_text(entry)]
    if not single:
        row.append(stated)
    row.append(sections)
    return row


def _summary(result: DiffResult) -> Iterator[str]:
    counts = result.counts()
    parts = [f"{status_label(s)} {n}" for s, n in counts.items()]
    yield f"共 {len(result.targets)} 项目标：" + "，".join(parts) + "。" if parts else "没有识别到目标。"
    if progress_line(result):
        yield progress_line(result)
    if any(e.pinned for e in result.targets):
        yield "* 为 links.yaml 中指定的配对。"
    if any(e.evidence.disagreement for e in result.targets):
        yield "! 报告自述完成率与计算值相差超过 0.1 个百分点。"
    if any(e.target.qualifier == "about" for e in result.targets) and not result.ambition:
        points = format(result.tolerance_points.normalize(), "f")
        yield (
            f"“左右”目标：增速、比率按 ±{points} 个百分点判断，总量、数量按 "
            f"±{format((result.tolerance * 100).normalize(), 'f')}% 的相对容差判断。"
        )
    if any(e.gap is not None for e in result.targets) and not result.ambition:
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
