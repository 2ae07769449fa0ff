"""The ledger inside the redline: one Word comment per target of report A, anchored in a line
of the redline, and the rows of the summary table (指标 / 目标 / 实绩 / 完成率或差距 / 状态).

Every number here is the ledger's (``drafter.compare``): the gap where it gives one
(``低于目标1.5个百分点``), else the completion rate it computed (marked 计算值), else the rate
report B states.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from drafter.compare.result import STATUS_LABELS, DiffResult, FigureRef, LedgerEntry
from drafter.render.redline import RedLine
from drafter.sentences import find_sentence

LEDGER_HEADER = ("指标", "目标", "实绩", "完成率或差距", "状态")
#: Statuses whose target B does not answer: the comment goes where A set the target.
SILENT = ("not_reported", "not_in_excerpt")


@dataclass(frozen=True)
class Comment:
    """A ledger comment anchored in a redline line: [start, end) on side ``a`` or ``b``."""

    id: int
    line: int
    side: Literal["a", "b"]
    start: int
    end: int
    text: str


def attach_comments(lines: list[RedLine], result: DiffResult) -> list[Comment]:
    """One comment per ledger entry: on B's outcome sentence, or where A set a target B is
    silent on (in the deleted or moved text, or kept text)."""
    by_b: dict[str, int] = {}
    by_a: dict[str, int] = {}
    for n, line in enumerate(lines):
        if line.b_line is not None and line.b_line.key[0] == "p":
            by_b[line.b_line.key[1]] = n
        if line.a_line is not None and line.a_line.key[0] == "p" and line.status != "move_to":
            by_a.setdefault(line.a_line.key[1], n)
    out: list[Comment] = []
    for entry in result.targets:
        anchor = _anchor(entry, lines, by_a, by_b)
        if anchor is not None:
            n, side, start, end = anchor
            out.append(Comment(len(out), n, side, start, end, comment_text(entry)))
    return out


def _anchor(
    entry: LedgerEntry, lines: list[RedLine], by_a: dict[str, int], by_b: dict[str, int]
) -> tuple[int, Literal["a", "b"], int, int] | None:
    outcome = entry.outcome
    if outcome is not None and entry.status not in SILENT and outcome.paragraph in by_b:
        n = by_b[outcome.paragraph]
        text = lines[n].b_text
        return (n, "b", *find_sentence(text, outcome.sentence, outcome.text))
    target = entry.target
    if target.paragraph in by_a:
        n = by_a[target.paragraph]
        return (n, "a", *find_sentence(lines[n].a_text, target.sentence, target.text))
    return None


def comment_text(entry: LedgerEntry) -> str:
    """``目标：4.5%左右；实绩：3%左右；低于目标1.5个百分点；未完成``."""
    parts = [f"目标：{_figure(entry.target)}", f"实绩：{_figure(entry.outcome) if entry.outcome else '未报告'}"]
    measure = completion_text(entry)
    if measure:
        parts.append(measure)
    label = STATUS_LABELS.get(entry.status, entry.status)
    parts.append(label)
    text = "；".join(parts)
    if entry.evidence.note and entry.evidence.note != label:
        text += f"（{entry.evidence.note}）"
    return text


def completion_text(entry: LedgerEntry) -> str:
    """The gap the ledger gives (``低于目标1.5个百分点``), else the computed completion rate,
    else the one report B states; "" when there is none."""
    gap = getattr(entry, "gap", None)  # outcome − target for a rate or a ceiling, where the ledger gives it
    when = getattr(entry, "period", "")  # an outcome of part of the year (上半年): progress, named so
    if gap is not None:
        return when + gap_text(gap.value, gap.unit, whole=bool(when))
    if entry.completion is not None:
        return f"{when}完成{'全年目标的' if when else '率'}{_percent(entry.completion)}（计算值）"
    if entry.stated_completion is not None:
        return f"报告自述{when}完成{'全年目标的' if when else '率'}{_percent(entry.stated_completion)}"
    return ""


def gap_text(value: Decimal, unit: str, *, whole: bool = False) -> str:
    """``低于目标1.5个百分点`` / ``高于目标0.2个百分点`` / ``与目标持平`` (``全年目标`` with ``whole``)."""
    target = "全年目标" if whole else "目标"
    if value == 0:
        return f"与{target}持平"
    word = "低于" if value < 0 else "高于"
    return f"{word}{target}{format(abs(value), 'f')}{unit}"


def ledger_rows(result: DiffResult) -> list[tuple[str, ...]]:
    """The summary table: a header row, then one row per target."""
    rows: list[tuple[str, ...]] = [LEDGER_HEADER]
    for entry in result.targets:
        rows.append((
            entry.indicator,
            _figure(entry.target),
            _figure(entry.outcome) if entry.outcome else "—",
            completion_text(entry) or "—",
            STATUS_LABELS.get(entry.status, entry.status),
        ))
    return rows


def _figure(ref: FigureRef | None) -> str:
    if ref is None:
        return ""
    if ref.value is None:  # a qualitative target: its words, clipped (the comment sits on the sentence)
        return _clip(ref.text or ref.sentence, 30) or "（定性）"
    from drafter.render.diff_text import figure_text  # the text every ledger shows (≥30亿元)

    return figure_text(ref)


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _percent(value: Decimal) -> str:
    number = value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return f"{number.normalize():f}%" if number == number.to_integral_value() else f"{number}%"


__all__ = ["LEDGER_HEADER", "Comment", "attach_comments", "comment_text", "completion_text", "gap_text", "ledger_rows"]
