"""Compare two reports: the target ledger (targets of A against outcomes of B) and the
text changes (sections aligned by similarity, paragraphs diffed word by word).

    from drafter.compare import diff_reports
    result = diff_reports(report_2023, report_2024)
    result.targets      # ledger entries, each with status, completion and evidence
    result.to_dict()    # the JSON of ``drafter diff --format json``

Nothing here imports jieba: the words come from ``Paragraph.tokens``, computed at ingest.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from importlib import import_module
from typing import TYPE_CHECKING, Any

from drafter.compare.judge import DEFAULT_TOLERANCE, DEFAULT_TOLERANCE_POINTS, Tolerance
from drafter.compare.result import (
    AMBITION_STATUSES,
    STATUSES,
    Change,
    DiffResult,
    Evidence,
    FigureRef,
    Gap,
    LedgerEntry,
    ParagraphDiff,
    SectionDiff,
    Side,
    TokenOp,
    Unplanned,
)
from drafter.errors import InputError
from drafter.model import Report

if TYPE_CHECKING:
    from drafter.compare.links import Link
    from drafter.compare.text import Tokenizer

#: Loaded on first use, so that importing the result types (the draft does) does not load
#: the text diff or the ledger.
_LAZY = {"Link": "drafter.compare.links", "Tokenizer": "drafter.compare.text"}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'drafter.compare' has no attribute {name!r}")
    return getattr(import_module(module), name)


def _side(report: Report, source: str) -> Side:
    return Side(report.year, report.meta.region, report.coverage.excerpt, report.meta.title, source, report.meta.period)


def diff_reports(
    a: Report,
    b: Report | None = None,
    *,
    links: Iterable[Link] | None = None,
    tolerance: Decimal = DEFAULT_TOLERANCE,
    tolerance_points: Decimal = DEFAULT_TOLERANCE_POINTS,
    tokenizer: Tokenizer | None = None,
    sources: tuple[str, str] = ("archive", "archive"),
) -> DiffResult:
    """Compare report ``a`` with report ``b``: the target ledger and the text changes.

    b:         the later report; None (or ``a`` itself) for one-year mode, which sets a's
               targets for the next year beside its own outcomes
    links:     pins from ``links.yaml`` (see ``drafter.compare.links``)
    tolerance: relative tolerance for 左右 amounts and counts (0.05: 5万平方米左右 is met by 4.75–5.25)
    tolerance_points: tolerance in 个百分点 for 左右 rates (0.3: 6%左右 is met by 5.7–6.3)
    tokenizer: for paragraphs without stored tokens (default: a jieba-free fallback)
    sources:   how each side was obtained ("archive" or a file path), for the output
    """
    if tolerance < 0 or tolerance_points < 0:
        raise InputError("容差不能为负数", f"给出的是 {min(tolerance, tolerance_points)}", "请给出不小于 0 的数，例如 0.05")
    single = b is None or b is a
    later = a if single else b
    assert later is not None
    from drafter.compare.ledger import build_ledger

    tol = Tolerance(tolerance, tolerance_points)
    targets, unplanned = build_ledger(a, later, links=links or (), tolerance=tol)
    sections: tuple[SectionDiff, ...] = ()
    changes: tuple[Change, ...] = ()
    if not single:
        from drafter.compare.changes import find_changes

        sections, changes = find_changes(a, later, tokenizer)
    return DiffResult(
        mode="single" if single else "pair",
        a=_side(a, sources[0]),
        b=_side(later, sources[1] if not single else sources[0]),
        tolerance=tolerance,
        tolerance_points=tolerance_points,
        targets=targets,
        unplanned=unplanned,
        changes=changes,
        sections=sections,
    )


def ledger_entries(
    a: Report, b: Report | None = None, *, links: Iterable[Link] = (), tolerance: Tolerance = Tolerance()
) -> tuple[LedgerEntry, ...]:
    """The ledger alone (no text diff): what the draft and the sheet read, paired exactly as
    ``diff_reports`` pairs them."""
    from drafter.compare.ledger import build_ledger

    return build_ledger(a, a if b is None else b, links=links, tolerance=tolerance)[0]


__all__ = [
    "DEFAULT_TOLERANCE",
    "DEFAULT_TOLERANCE_POINTS",
    "Link",
    "Tolerance",
    "diff_reports",
    "ledger_entries",
    "AMBITION_STATUSES",
    "STATUSES",
    "Change",
    "DiffResult",
    "Evidence",
    "FigureRef",
    "Gap",
    "LedgerEntry",
    "ParagraphDiff",
    "SectionDiff",
    "Side",
    "TokenOp",
    "Unplanned",
]
