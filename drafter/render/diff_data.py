"""Machine-readable ``drafter diff`` output: the JSON object and the CSV ledger."""

from __future__ import annotations

import csv
import io
import json

from drafter.compare.result import DiffResult, FigureRef, decimal_json
from drafter.labels import status_label

CSV_COLUMNS = (
    "indicator",
    "status",
    "status_label",
    "target_text",
    "target_value",
    "target_unit",
    "target_qualifier",
    "target_section",
    "outcome_value",
    "outcome_unit",
    "outcome_qualifier",
    "outcome_section",
    "result",
    "completion",
    "gap",
    "gap_unit",
    "stated_completion",
    "disagreement",
    "pinned",
    "score",
    "note",
    "target_sentence",
    "outcome_sentence",
)


def to_json(result: DiffResult) -> str:
    """The JSON object: sorted keys, Chinese as written, a newline at the end."""
    return json.dumps(result.to_dict(), sort_keys=True, ensure_ascii=False, indent=1) + "\n"


def _side(ref: FigureRef | None, prefix: str) -> dict[str, str]:
    if ref is None:
        return {f"{prefix}_{k}": "" for k in ("value", "unit", "qualifier", "section", "sentence")}
    return {
        f"{prefix}_value": ref.value or "",
        f"{prefix}_unit": ref.unit,
        f"{prefix}_qualifier": ref.qualifier,
        f"{prefix}_section": ref.section,
        f"{prefix}_sentence": ref.sentence,
    }


def _number(value: object) -> str:
    return "" if value is None else str(value)


def to_csv(result: DiffResult) -> str:
    """The ledger as CSV (UTF-8, ``\\r\\n`` line ends as Excel expects), one target a row.
    ``result`` is what the terminal's 完成情况 column shows (the gap or the completion)."""
    from drafter.render.diff_text import figure_text, result_text

    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    for entry in result.targets:
        row = {
            "indicator": entry.indicator,
            "status": entry.status,
            "status_label": status_label(entry.status),
            "target_text": figure_text(entry.target),
            "result": result_text(entry),
            "completion": _number(decimal_json(entry.completion)),
            "gap": "" if entry.gap is None else _number(decimal_json(entry.gap.value)),
            "gap_unit": "" if entry.gap is None else entry.gap.unit,
            "stated_completion": _number(decimal_json(entry.stated_completion)),
            "disagreement": "yes" if entry.evidence.disagreement else "",
            "pinned": "yes" if entry.pinned else "",
            "score": f"{entry.evidence.score:.3f}",
            "note": entry.evidence.note,
        }
        row.update(_side(entry.target, "target"))
        row.update(_side(entry.outcome, "outcome"))
        writer.writerow(row)
    return out.getvalue()
