"""``drafter diff`` as data: the JSON object for programs and the CSV ledger for Excel."""

from __future__ import annotations

import json

from drafter.compare.result import DiffResult, FigureRef, LedgerEntry, decimal_json
from drafter.excel import csv_text
from drafter.labels import QUALIFIER_LABELS, status_label

#: CSV for people (Excel): Chinese headers and labels; the JSON keeps the English keys.
CSV_COLUMNS = (
    "指标",
    "状态",
    "目标",
    "目标值",
    "目标单位",
    "目标限定词",
    "目标章节",
    "实绩值",
    "实绩单位",
    "实绩限定词",
    "实绩章节",
    "完成情况",
    "实绩期间",
    "时序进度（%）",
    "完成率（%）",
    "差距",
    "差距单位",
    "报告自述完成率（%）",
    "自述与计算不符",
    "人工配对",
    "配对得分",
    "说明",
    "目标原句",
    "实绩原句",
)


#: ``drafter diff A`` (one report): the outcome is this year's, the ratio is target/outcome.
SINGLE_HEADERS = {"实绩值": "今年实绩值", "完成率（%）": "目标/实绩（%）"}


def to_json(result: DiffResult) -> str:
    """The JSON object: sorted keys, Chinese as written, a newline at the end."""
    return json.dumps(result.to_dict(), sort_keys=True, ensure_ascii=False, indent=1) + "\n"


def _side(ref: FigureRef | None) -> list[str]:
    """Value, unit, qualifier, section of one side (the sentence goes at the end of the row)."""
    if ref is None:
        return ["", "", "", ""]
    return [ref.value or "", ref.unit, QUALIFIER_LABELS.get(ref.qualifier, ref.qualifier), ref.section]


def _number(value: object) -> str:
    return "" if value is None else str(value)


def to_csv(result: DiffResult) -> str:
    """The ledger as CSV for Excel (BOM, ``\\r\\n``, Chinese headers and labels), one target a row.
    ``完成情况`` is what the terminal's column shows (the gap or the completion)."""
    header: tuple[str, ...] = CSV_COLUMNS
    if result.ambition:  # one year's report: its next target against its own outcome
        header = tuple(SINGLE_HEADERS.get(h, h) for h in CSV_COLUMNS)
    return csv_text(header, (_csv_row(entry) for entry in result.targets))


def _csv_row(entry: LedgerEntry) -> list[str]:
    from drafter.render.diff_text import figure_text, result_text

    return [
        entry.indicator,
        status_label(entry.status),
        figure_text(entry.target),
        *_side(entry.target),
        *_side(entry.outcome),
        result_text(entry),
        entry.period or ("全年" if entry.outcome is not None else ""),
        _number(decimal_json(entry.evidence.elapsed)),
        _number(decimal_json(entry.completion)),
        "" if entry.gap is None else _number(decimal_json(entry.gap.value)),
        "" if entry.gap is None else entry.gap.unit,
        _number(decimal_json(entry.stated_completion)),
        "是" if entry.evidence.disagreement else "",
        "是" if entry.pinned else "",
        f"{entry.evidence.score:.3f}",
        entry.evidence.note,
        entry.target.sentence if entry.target else "",
        entry.outcome.sentence if entry.outcome else "",
    ]
